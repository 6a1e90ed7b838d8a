import { eq } from 'drizzle-orm';
import { account } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { idOfLabel } from '../../platform/scope';
import type { CertificateSource } from './service';

/** The certificate's facts from the account and the hours ledger. */
export const ledgerSource: CertificateSource = {
  async volunteer(ctx: Ctx, accountId: string) {
    const [row] = await ctx.tx
      .select({
        id: account.id,
        name: account.displayName,
        placePath: account.placePath,
        idNumberEnc: account.idNumberEnc,
      })
      .from(account)
      .where(eq(account.id, accountId));
    if (!row?.placePath) {
      return null;
    }
    return {
      accountId: row.id,
      districtId: idOfLabel(row.placePath.split('.')[0] as string),
      placePath: row.placePath,
      name: row.name,
      idType: '居民身份证',
      idNumber: row.idNumberEnc ? ctx.vault.decrypt(row.idNumberEnc) : null,
      volunteerNumber: null,
    };
  },
  async services() {
    throw new Error('wired to the hours ledger when it lands');
  },
};
