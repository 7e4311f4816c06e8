import type { Metadata, Viewport } from 'next';
import { PageLink } from '@/components/PageLink';
import { OfflineStatus } from '@/components/offline/OfflineStatus';
import './globals.css';

// Files in public/ are served as they are, under the base path; metadata URLs are not given it by Next, so they are
// written with it here (as next.config.js reads it).
const basePath = process.env.PARALLAX_BASE_PATH ?? '';

export const metadata: Metadata = {
  title: { default: 'Parallax: how outlets told the same story', template: '%s · Parallax' },
  description: 'Read how different news outlets told the same story, sentence aligned to sentence.',
  openGraph: { siteName: 'Parallax', type: 'website' },
  icons: { icon: { url: `${basePath}/icon.svg`, type: 'image/svg+xml', sizes: 'any' } },
  manifest: `${basePath}/manifest.webmanifest`,
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#17181b' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* Controls that need scripts are laid out hidden until their island script shows them; without scripts they
            are not there at all (a reader never sees dead buttons). */}
        <noscript>
          <style>{'[data-needs-js]{display:none!important}'}</style>
        </noscript>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="site-header-inner">
            <PageLink href="/" className="brand">
              Parallax
            </PageLink>
            <span className="brand-tag">How outlets told the same story</span>
            <nav className="site-nav" aria-label="Site">
              <PageLink href="/">Events</PageLink>
              <PageLink href="/search/">Search</PageLink>
              <PageLink href="/corpus/">Corpus</PageLink>
            </nav>
          </div>
        </header>
        {children}
        <footer className="site-footer">
          Parallax aligns news articles sentence by sentence. Texts are shown as each outlet printed them;
          what the importer removed is listed on every article page. <OfflineStatus />
        </footer>
      </body>
    </html>
  );
}
