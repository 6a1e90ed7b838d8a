import { App } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type PeriodChoice, periodFromUrl } from '../../modules/stats/period';
import { errorText } from '../../ui/errors';

/**
 * A figures page's place and period, kept in the address so that a reload or a shared link shows the same
 * figures and the back button climbs out of a drill-down. `update` sets or (with null) drops parameters.
 */
export function useAddressPeriod(homePlaceId: string | null) {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the string stands for the params
  const choice: PeriodChoice = useMemo(() => periodFromUrl(params), [search]);
  const update = (changes: Record<string, string | null>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) {
          next.delete(key);
        } else {
          next.set(key, value);
        }
      }
      return next;
    });
  return { params, placeId: params.get('placeId') ?? homePlaceId, choice, update };
}

/** A download button's state: busy while the file comes, and a message saying why when it does not. */
export function useDownload(failure: string) {
  const { message } = App.useApp();
  const [isBusy, setBusy] = useState(false);
  const run = async (download: () => Promise<void>) => {
    setBusy(true);
    try {
      await download();
    } catch (error) {
      void message.error(errorText(error, failure));
    } finally {
      setBusy(false);
    }
  };
  return { isBusy, run };
}
