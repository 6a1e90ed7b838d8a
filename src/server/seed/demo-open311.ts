import type { Tx } from '../db/client';
import { open311Key } from '../db/schema';
import { hashApiKey } from '../modules/open311';

/** The demo's Open311 key, listed in the README: try POST /open311/v2/requests.xml with it. Demo mode only. */
export const DEMO_OPEN311_KEY = 'lianxin-demo-open311';

/** Issues the demo key (only its hash is stored, as for every key). */
export async function seedDemoOpen311Key(tx: Tx): Promise<void> {
  await tx.insert(open311Key).values({
    name: '演示密钥 Demo (FixMyStreet / 12345)',
    keyHash: hashApiKey(DEMO_OPEN311_KEY),
    channel: 'external',
  });
}
