import type { Ctx } from '../../platform/context';
import { idOfLabel } from '../../platform/scope';
import { dayIn, instantAt, nextDay } from '../../platform/time-zone';
import { confirmedServices } from '../services';
import { volunteerIdentity } from '../volunteers';
import type { CertificateSource } from './service';

/** The certificate's facts: the volunteer's registered identity and the confirmed entries of the hours ledger. */
export const ledgerSource: CertificateSource = {
  async volunteer(ctx: Ctx, accountId: string) {
    const v = await volunteerIdentity(ctx, accountId);
    if (!v) {
      return null;
    }
    return {
      accountId: v.accountId,
      districtId: idOfLabel(v.placePath.split('.')[0] as string),
      placePath: v.placePath,
      name: v.realName,
      // Volunteers register with the resident identity card (the check digit is verified when they apply).
      idType: '居民身份证',
      idNumber: v.idNumber,
      volunteerNumber: v.number,
    };
  },
  async services(ctx, accountId, from, to) {
    const rows = await confirmedServices(
      ctx,
      accountId,
      from ? new Date(instantAt(ctx.zone, from)) : null,
      new Date(instantAt(ctx.zone, nextDay(to))),
    );
    return rows.map((r) => ({ day: dayIn(ctx.zone, r.servedAt), content: r.content, minutes: r.minutes }));
  },
};
