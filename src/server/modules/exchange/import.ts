import type { ImportResult } from '../../../shared/exchange';
import type { Ctx } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { AppServices } from '../../platform/http';
import type { Locale } from '../../platform/messages';
import { collectErrors, parseRows } from './rows';
import type { ExchangeSpec } from './spec';
import type { RawRow } from './workbook';

/**
 * Imports a sheet all or nothing, inside the caller's transaction: first every row is parsed and its
 * references checked, collecting every error; then the rows are written through the modules' services
 * (scope, audit), each in a savepoint so one failing row still lets the others report theirs.
 * Throws validation_failed (import_rows_failed, an error per bad cell) and so rolls everything back.
 */
export async function importRows(
  ctx: Ctx,
  services: AppServices,
  spec: ExchangeSpec,
  raw: readonly RawRow[],
  locale: Locale,
): Promise<ImportResult> {
  const errors = collectErrors(locale, spec.columns, raw);
  const rows = parseRows(spec.columns, raw, errors);
  const steps = await spec.plan(ctx, services, rows, errors);
  if (errors.count > 0) {
    throw errors.toError();
  }
  for (const step of steps) {
    const failed = step.after?.find((r) => errors.has(r));
    if (failed !== undefined) {
      errors.add(step.row, spec.fallbackColumn, 'import_depends_on', { row: failed });
      continue;
    }
    try {
      await ctx.tx.transaction((tx) => step.run({ ...ctx, tx } satisfies Ctx));
    } catch (error) {
      if (!(error instanceof AppError)) {
        throw error;
      }
      errors.addError(step.row, error, spec.columnOf, spec.fallbackColumn);
    }
  }
  if (errors.count > 0) {
    throw errors.toError();
  }
  return { imported: steps.length };
}
