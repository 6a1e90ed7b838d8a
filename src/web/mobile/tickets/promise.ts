import { ActionSheet } from 'antd-mobile';
import type { TFunction } from 'i18next';
import { today } from '../../ui/time';

/** The days a wish's claimant may promise within, as choices to tap (no calendar to steer on a small screen). */
const PROMISE_DAYS = [3, 7, 14, 30] as const;

/**
 * Asks the claimant of a wish by when they promise to fulfil it (承诺完成日期): a sheet of a few choices, each with
 * its date. Answers the day (YYYY-MM-DD on the installation's calendar), or null when they closed the sheet.
 */
export function askPromise(t: TFunction<'tickets'>): Promise<string | null> {
  return new Promise((resolve) => {
    let chosen: string | null = null;
    ActionSheet.show({
      extra: t('phone.promise.question'),
      actions: PROMISE_DAYS.map((days) => {
        const day = today().add(days, 'day');
        return {
          key: day.format('YYYY-MM-DD'),
          text: t('phone.promise.within', { days, date: day.format(t('phone.promise.dateFormat')) }),
        };
      }),
      cancelText: t('phone.promise.cancel'),
      closeOnAction: true,
      onAction: (action) => {
        chosen = String(action.key);
      },
      onClose: () => resolve(chosen),
    });
  });
}

/** What a claim sends: a wish carries the promised day, asked for first; null when the claimant gave up. */
export async function claimBody(
  kind: string,
  t: TFunction<'tickets'>,
): Promise<{ action: 'claim'; promisedOn?: string } | null> {
  if (kind !== 'wish') {
    return { action: 'claim' };
  }
  const promisedOn = await askPromise(t);
  return promisedOn ? { action: 'claim', promisedOn } : null;
}
