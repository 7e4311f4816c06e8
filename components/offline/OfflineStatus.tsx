import { OfflineIndicator } from './OfflineIndicator';

/** Server wrapper: hands the client leaf the base path the site is built for (PARALLAX_BASE_PATH, as next.config.js). */
export function OfflineStatus() {
  return <OfflineIndicator basePath={(process.env.PARALLAX_BASE_PATH ?? '').replace(/\/$/, '')} />;
}
