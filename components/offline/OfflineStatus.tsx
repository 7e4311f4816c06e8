import { basePath } from '@/lib/site/base-path.mjs';
import { OfflineIndicator } from './OfflineIndicator';

/** Server wrapper: hands the client leaf the base path the site is built for (lib/site/base-path). */
export function OfflineStatus() {
  return <OfflineIndicator basePath={basePath()} />;
}
