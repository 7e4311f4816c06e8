import { IslandScript } from '../IslandScript';

/**
 * "Available offline" in the footer: an empty status line the island script (lib/client/offline-status.ts) fills once
 * it has registered the service worker. Nothing shows without scripts or where there is no worker.
 */
export function OfflineStatus() {
  return (
    <>
      <span role="status" className="offline-status text-sm text-[var(--muted)]" />
      <IslandScript name="offline-status" />
    </>
  );
}
