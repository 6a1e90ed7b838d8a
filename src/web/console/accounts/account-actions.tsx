import { useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Descriptions, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Account, RESIDENT_GROUPS, type ResidentGroup } from '../../../shared/accounts';
import {
  accountKeys,
  revealAccount,
  setAccountPassword,
  setResidentGroups,
  unlockAccount,
} from '../../modules/accounts/api';
import { errorText } from '../../ui/errors';
import { RecordModal } from '../common/record-modal';

/** Unlock and the audited reveal of personal numbers, each behind a confirmation. */
export function useAccountActions() {
  const { t } = useTranslation(['console', 'accounts']);
  const { modal, message } = App.useApp();
  const client = useQueryClient();

  const unlock = (account: Account) =>
    modal.confirm({
      title: t('accounts:unlockTitle', { name: account.displayName }),
      content: t('accounts:unlockHint'),
      onOk: async () => {
        try {
          await unlockAccount(account.id);
          void message.success(t('accounts:unlocked'));
          await client.invalidateQueries({ queryKey: accountKeys.all });
        } catch (error) {
          modal.error({ title: t('saveFailed'), content: errorText(error, t('saveFailed')) });
        }
      },
    });

  // PIPL: every unmasked view is logged; the dialog says so before anything is shown.
  const reveal = (account: Account) =>
    modal.confirm({
      title: t('accounts:revealTitle', { name: account.displayName }),
      content: t('accounts:revealAudited'),
      okText: t('accounts:revealOk'),
      onOk: async () => {
        try {
          const shown = await revealAccount(account.id);
          modal.info({
            title: t('accounts:revealedTitle', { name: account.displayName }),
            width: 480,
            content: (
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'phone', label: t('phone'), children: shown.phone ?? '—' },
                  { key: 'id', label: t('accounts:idNumber'), children: shown.idNumber ?? '—' },
                ]}
              />
            ),
          });
        } catch (error) {
          modal.error({ title: t('accounts:revealFailed'), content: errorText(error, t('saveFailed')) });
        }
      },
    });

  return { unlock, reveal };
}

/** An administrator sets a temporary password; the account must replace it at its next sign-in. */
export function ResetPasswordModal({
  account,
  onClose,
  onSaved,
}: {
  account: Account;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['console', 'accounts']);
  return (
    <RecordModal<{ newPassword: string }>
      title={t('accounts:resetTitle', { name: account.displayName })}
      fieldNames={['newPassword']}
      submit={(values) => setAccountPassword(account.id, values)}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="newPassword"
        label={t('accounts:temporaryPassword')}
        extra={t('accounts:resetHint')}
        rules={[{ required: true }]}
      >
        <Input.Password autoComplete="new-password" autoFocus />
      </Form.Item>
    </RecordModal>
  );
}

/** The community records which groups a resident belongs to; offerings for a group take their orders. */
export function GroupsModal({
  account,
  onClose,
  onSaved,
}: {
  account: Account;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['console', 'accounts']);
  return (
    <RecordModal<{ groups: ResidentGroup[] }>
      title={t('accounts:groupsTitle', { name: account.displayName })}
      fieldNames={['groups']}
      initialValues={{ groups: account.groups }}
      submit={(values) => setResidentGroups(account.id, { groups: values.groups ?? [] })}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="groups" label={t('accounts:groups')} extra={t('accounts:groupsHint')}>
        <Checkbox.Group
          options={RESIDENT_GROUPS.map((g) => ({ value: g, label: t(`accounts:groupNames.${g}`) }))}
        />
      </Form.Item>
    </RecordModal>
  );
}
