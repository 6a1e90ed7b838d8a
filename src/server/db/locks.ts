/**
 * Every PostgreSQL advisory lock key the server takes, in one table so that no two jobs share one by accident
 * (a shared key makes unrelated jobs wait for, or skip, each other). Any distinct constants do: every server
 * process of a deployment takes the same key for the same job. The deadline rules lock on
 * hashtext('lianxin.deadline_rule'), a 32-bit number, which cannot meet these.
 */
export const ADVISORY_LOCKS = {
  /** Session lock around the migrations: one server migrates, the others wait and find nothing to do. */
  migration: 7_318_004_211,
  /** Transaction lock, tried: one overdue sweep at a time; a server that finds it taken skips its round. */
  overdueSweep: 7_318_004_212,
  /** Transaction lock, waited for: one sealer at a time, so each audit chain grows in one order. */
  auditSeal: 7_318_004_213,
  /** Transaction lock, tried: one project status sweep at a time. */
  projectStatusSweep: 7_318_004_217,
  /** Transaction lock, tried: one ten-day bulletin sweep at a time (the unique key guards the rows anyway). */
  bulletinSweep: 7_318_004_214,
  /** Transaction lock, tried: one weekly urging sweep at a time (the unique key guards the rows anyway). */
  urgeSweep: 7_318_004_215,
} as const;
