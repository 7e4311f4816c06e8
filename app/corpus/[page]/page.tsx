import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorpusPage, corpusPageCount } from '@/components/CorpusPage';
import { staticParams } from '@/lib/view/params';

export const dynamicParams = false;

/** Pages 2 onwards (the first is /corpus/ itself); a corpus of one page exports only the placeholder. */
export function generateStaticParams() {
  const count = corpusPageCount();
  return staticParams(
    'page',
    Array.from({ length: Math.max(0, count - 1) }, (_, i) => String(i + 2)),
  );
}

type Props = { params: Promise<{ page: string }> };

/** A page number as the URL writes it (2, not 02), or null. */
function pageOf(param: string): number | null {
  const n = /^[1-9]\d*$/.test(param) ? Number(param) : NaN;
  return n >= 2 && n <= corpusPageCount() ? n : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = pageOf((await params).page);
  if (n === null) return { title: 'Not found' };
  const title = `Corpus, page ${n} of ${corpusPageCount()}`;
  return { title, description: `Input files of the corpus and what became of them, page ${n}.` };
}

export default async function CorpusPageRoute({ params }: Props) {
  const n = pageOf((await params).page);
  if (n === null) notFound();
  return <CorpusPage page={n} />;
}
