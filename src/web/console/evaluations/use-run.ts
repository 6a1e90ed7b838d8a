import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { evaluationKeys } from '../../modules/evaluations/api';
import { errorText } from '../../ui/errors';

/** Runs a change, says saved or why not, and refreshes every evaluation query. Answers whether it worked. */
export function useRun() {
  const { t } = useTranslation('evaluations');
  const { message } = App.useApp();
  const client = useQueryClient();
  return async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      void message.success(t('saved'));
      void client.invalidateQueries({ queryKey: evaluationKeys.all });
      return true;
    } catch (e) {
      void message.error(errorText(e, t('failed')));
      return false;
    }
  };
}
