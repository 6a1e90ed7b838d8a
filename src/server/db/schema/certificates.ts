import { index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { account } from './accounts';
import { ltree } from './types';

// Service record certificates (志愿服务记录证明, certificates module). Each row is what one certificate stated
// when it was issued — a later confirmation or reversal in the hours ledger never changes a certificate already
// handed out; it makes the next one differ. Small (one per volunteer and request for a new period), but it
// carries its district in its keys like every table that grows with the region (docs/scaling.md).
export const volunteerCertificate = pgTable(
  'volunteer_certificate',
  {
    districtId: uuid('district_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    // Printed on the certificate and in its QR code; random, so that nobody finds others' certificates by counting.
    number: text('number').notNull(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id),
    // The volunteer's community, for scope: the office of that subtree may issue and read it.
    placePath: ltree('place_path').notNull(),
    volunteerName: text('volunteer_name').notNull(),
    idType: text('id_type').notNull(),
    idMasked: text('id_masked'),
    volunteerNumber: text('volunteer_number'),
    minutes: integer('minutes').notNull(),
    entryCount: integer('entry_count').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    // The service lines as printed (date, content, minutes), so a re-download shows the same certificate.
    lines: text('lines').notNull(),
    issuerName: text('issuer_name').notNull(),
    personInCharge: text('person_in_charge'),
    handler: text('handler'),
    contact: text('contact'),
    issuedBy: uuid('issued_by').references(() => account.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.districtId, t.id] }),
    // Unique within the district (a distributed table's unique keys hold its distribution column); 40 random bits
    // make a clash between districts as unlikely as a guess.
    unique('volunteer_certificate_number_uq').on(t.districtId, t.number),
    index('volunteer_certificate_number_idx').on(t.number),
    index('volunteer_certificate_account_idx').on(t.accountId, t.issuedAt),
  ],
);
