import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../ui/errors';

/** Asks before deleting a record, deletes it, refreshes its domain's queries, and shows the server's refusal if any. */
export function useConfirmDelete(domainKey: readonly unknown[]) {
  const { t } = useTranslation('console');
  const { t: tc } = useTranslation();
  const { modal, message } = App.useApp();
  const client = useQueryClient();
  return (remove: () => Promise<unknown>, name: string) =>
    modal.confirm({
      title: t('deleteTitle', { name }),
      content: t('deleteHint'),
      okText: tc('actions.delete'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await remove();
          void message.success(t('deleted', { name }));
          await client.invalidateQueries({ queryKey: domainKey });
        } catch (error) {
          modal.error({ title: t('deleteRefused'), content: errorText(error, t('saveFailed')) });
        }
      },
    });
}
