import { api, ok } from '../../api/client';
import { setTimeZone } from '../../ui/time';

/**
 * The installation's settings every page needs before it shows a time (GET /api/site): its time zone. A
 * server that cannot answer leaves Beijing time, the default, and the pages' own requests will say why.
 */
export async function loadSiteSettings(): Promise<void> {
  try {
    const site = await ok(api.GET('/api/site'));
    setTimeZone(site.timeZone);
  } catch {
    // Keep the default zone; nothing else depends on this answer.
  }
}
