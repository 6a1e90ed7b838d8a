import { randomInt } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { CertificateCheck } from '../../../shared/certificates';
import { maskName } from '../../../shared/mask';
import { place, station, volunteerCertificate } from '../../db/schema';
import type { Ctx } from '../../platform/context';
import { invalidField, notFound } from '../../platform/errors';
import { maskIdNumber } from '../../platform/mask';
import type { Locale } from '../../platform/messages';
import { isOfficeOver } from '../../platform/office';
import { dayIn, w3cIn } from '../../platform/time-zone';
import { certificatePermissions } from './permissions';
import { type CertificateFacts, renderCertificate } from './render';

/** The volunteer as the records that certify them know them. */
export type VolunteerRecord = {
  accountId: string;
  districtId: string;
  placePath: string;
  name: string;
  /** 居民身份证 unless the volunteer registered another document. */
  idType: string;
  /** In clear, only to be masked here: the certificate prints the masked form. */
  idNumber: string | null;
  volunteerNumber: string | null;
};

/** One confirmed service in the hours ledger, as the certificate lists it. */
export type ServiceLine = { day: string; content: string; minutes: number };

/**
 * Where a certificate's facts come from: the volunteer's profile and the confirmed entries of the hours ledger.
 * The module index wires the real ones; the service only reads through this, so that what it certifies is what
 * the ledger holds and nothing else.
 */
export type CertificateSource = {
  volunteer(ctx: Ctx, accountId: string): Promise<VolunteerRecord | null>;
  /** Confirmed, not reversed, from `from` (or the first) to `to`, oldest first. */
  services(ctx: Ctx, accountId: string, from: string | null, to: string): Promise<ServiceLine[]>;
};

const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export function certificateNumber(day: string): string {
  const tail = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `ZM${day.replaceAll('-', '')}-${tail}`;
}

// The kinds of station that keep volunteers' records, preferred in this order when a community has several.
const RECORDING_STATIONS = ['civilization_station', 'party_service_center'];

/**
 * The organisation that certifies (谁记录谁证明): the station nearest above the volunteer that runs volunteer
 * service there — a 新时代文明实践站 before a 党群服务中心 — or, where none is registered, the community itself.
 */
async function issuerFor(ctx: Ctx, placePath: string) {
  const [found] = await ctx.tx
    .select({ name: station.name, phoneEnc: station.phoneEnc })
    .from(station)
    .where(
      and(
        sql`${station.placePath} @> ${placePath}::ltree`,
        sql`${station.kind} = ANY(${sql.param(RECORDING_STATIONS)}::text[])`,
      ),
    )
    .orderBy(
      desc(sql`nlevel(${station.placePath})`),
      sql`array_position(${sql.param(RECORDING_STATIONS)}::text[], ${station.kind})`,
    )
    .limit(1);
  if (found) {
    return { name: found.name, contact: found.phoneEnc ? ctx.vault.decrypt(found.phoneEnc) : null };
  }
  const community = placePath.split('.').slice(0, 3);
  const [home] = await ctx.tx
    .select({ name: place.name })
    .from(place)
    .where(sql`${place.path} = ${community.join('.')}::ltree`);
  return { name: home?.name ?? '', contact: null };
}

/**
 * Issues the certificate of a volunteer's confirmed service for a period, as a PDF: the volunteer themself or
 * the office of their area may ask. The same record asked for again gives back the same certificate (same
 * number); a changed record gives a new one. Every issue is audited.
 */
export async function issueCertificate(
  ctx: Ctx,
  source: CertificateSource,
  accountId: string,
  query: { from?: string | undefined; to?: string | undefined },
  options: { locale: Locale; origin: string },
): Promise<{ number: string; pdf: Buffer }> {
  const volunteer = await source.volunteer(ctx, accountId);
  const own = ctx.actor.accountId === accountId;
  // Any staff over the place would let a volunteer print a fellow volunteer's record: only the office issues.
  const office =
    volunteer &&
    isOfficeOver(ctx.actor, volunteer.placePath, certificatePermissions, 'certificate.issue_any');
  if (!volunteer || !(own || office)) {
    throw notFound('volunteer_not_found');
  }
  const today = dayIn(ctx.zone, ctx.now);
  const to = query.to ?? today;
  if (query.from && query.from > to) {
    throw invalidField('query.from', 'certificate_period_reversed');
  }
  const lines = await source.services(ctx, accountId, query.from ?? null, to);
  const minutes = lines.reduce((sum, l) => sum + l.minutes, 0);
  const from = query.from ?? lines[0]?.day ?? to;
  const printed = JSON.stringify(lines);

  const [previous] = await ctx.tx
    .select()
    .from(volunteerCertificate)
    .where(
      and(
        eq(volunteerCertificate.accountId, accountId),
        eq(volunteerCertificate.periodFrom, from),
        eq(volunteerCertificate.periodTo, to),
      ),
    )
    .orderBy(desc(volunteerCertificate.issuedAt))
    .limit(1);
  const issuer = await issuerFor(ctx, volunteer.placePath);
  const same =
    previous &&
    previous.lines === printed &&
    previous.volunteerName === volunteer.name &&
    previous.issuerName === issuer.name;
  const row = same
    ? previous
    : {
        districtId: volunteer.districtId,
        id: crypto.randomUUID(),
        number: certificateNumber(today),
        accountId,
        placePath: volunteer.placePath,
        volunteerName: volunteer.name,
        idType: volunteer.idType,
        idMasked: maskIdNumber(volunteer.idNumber),
        volunteerNumber: volunteer.volunteerNumber,
        minutes,
        entryCount: lines.length,
        periodFrom: from,
        periodTo: to,
        lines: printed,
        issuerName: issuer.name,
        // The person in charge signs on paper; the certificate names the one the office registered, if any.
        personInCharge: null,
        handler: own ? null : ctx.actor.name,
        contact: issuer.contact,
        issuedBy: ctx.actor.accountId,
        issuedAt: ctx.now,
      };
  if (!same) {
    ctx.later(ctx.tx.insert(volunteerCertificate).values(row));
  }
  await ctx.audit({
    action: 'certificate.issue',
    targetType: 'account',
    targetId: accountId,
    districtId: volunteer.districtId,
    after: { number: row.number, minutes: row.minutes, from, to, again: Boolean(same) },
  });
  const facts: CertificateFacts = {
    number: row.number,
    volunteerName: row.volunteerName,
    idType: row.idType,
    idMasked: row.idMasked,
    volunteerNumber: row.volunteerNumber,
    minutes: row.minutes,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    lines: JSON.parse(row.lines) as ServiceLine[],
    issuerName: row.issuerName,
    personInCharge: row.personInCharge,
    handler: row.handler,
    contact: row.contact,
    issuedOn: dayIn(ctx.zone, row.issuedAt),
    verifyUrl: `${options.origin}/m/verify/${row.number}`,
  };
  return { number: row.number, pdf: await renderCertificate(facts, options.locale) };
}

/** What anyone holding a certificate can check by its number: the issue, with the name masked. */
export async function checkCertificate(ctx: Ctx, number: string): Promise<CertificateCheck> {
  const [row] = await ctx.tx
    .select()
    .from(volunteerCertificate)
    .where(eq(volunteerCertificate.number, number))
    .limit(1);
  if (!row) {
    throw notFound('certificate_not_found');
  }
  return {
    number: row.number,
    volunteerName: maskName(row.volunteerName) ?? '',
    volunteerNumber: row.volunteerNumber,
    minutes: row.minutes,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    issuerName: row.issuerName,
    issuedAt: w3cIn(ctx.zone, row.issuedAt),
  };
}
