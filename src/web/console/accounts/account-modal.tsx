import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/accounts';
import { TEXT_LIMITS } from '../../../shared/limits';
import { type Role, STAFF_ROLES } from '../../../shared/roles';
import { createAccount, updateAccount } from '../../modules/accounts/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal, withoutEmpty } from '../common/record-modal';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { UnitSelect } from './unit-select';

type Values = {
  username?: string;
  displayName: string;
  roles: Role[];
  placeId?: string;
  unitIds?: string[];
  phone?: string;
  idNumber?: string;
  password?: string;
  status?: 'active' | 'disabled';
};
type StaffRole = (typeof STAFF_ROLES)[number];
const FIELDS = [
  'username',
  'displayName',
  'roles',
  'placeId',
  'unitIds',
  'phone',
  'idNumber',
  'password',
  'status',
];

/** A new staff account (account = null), or changes to one. Personal numbers left empty stay as they are. */
export function AccountModal({
  account,
  onClose,
  onSaved,
}: {
  account: Account | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['console', 'accounts']);
  const { t: tc } = useTranslation();
  const submit = (values: Values) => {
    // No place means the whole tree, which the API spells null (only the three administrators may have it).
    const body = {
      ...withoutEmpty(values),
      // The form offers staff roles only; a role the API does not take here (resident) is its 400 to give.
      roles: values.roles as StaffRole[],
      placeId: values.placeId ?? null,
      unitIds: values.unitIds ?? [],
    };
    if (account) {
      return updateAccount(account.id, body);
    }
    // The form asks for both when it creates an account; the server answers 400 if either is empty.
    return createAccount({ ...body, username: body.username ?? '', password: body.password ?? '' });
  };
  return (
    <RecordModal<Values>
      title={account ? t('accounts:editTitle', { name: account.displayName }) : t('accounts:createTitle')}
      fieldNames={FIELDS}
      width={640}
      initialValues={
        account
          ? {
              displayName: account.displayName,
              roles: account.roles,
              placeId: account.placeId ?? undefined,
              unitIds: account.unitIds,
              status: account.status,
            }
          : { roles: [], unitIds: [] }
      }
      submit={submit}
      onClose={onClose}
      onSaved={onSaved}
    >
      {account ? null : (
        <Form.Item
          name="username"
          label={t('accounts:username')}
          extra={t('accounts:usernameHint')}
          rules={[
            { required: true, pattern: /^[a-z][a-z0-9_.-]*$/, message: t('accounts:usernameFormat') },
            limitRule(TEXT_LIMITS.username, t('accounts:username')),
          ]}
        >
          <Input autoComplete="off" {...counted(TEXT_LIMITS.username)} />
        </Form.Item>
      )}
      <Form.Item
        name="displayName"
        label={t('accounts:displayName')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.personName, t('accounts:displayName'))]}
      >
        <Input {...counted(TEXT_LIMITS.personName)} />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t('accounts:roles')}
        extra={t('accounts:rolesHint')}
        rules={[{ required: true }]}
      >
        <Select mode="multiple" options={STAFF_ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))} />
      </Form.Item>
      <Form.Item name="placeId" label={t('accounts:place')} extra={t('accounts:placeHint')}>
        <PlaceTreeSelect style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="unitIds" label={t('accounts:units')}>
        <UnitSelect />
      </Form.Item>
      <Form.Item
        name="phone"
        label={t('phone')}
        extra={account?.phone ? t('accounts:keepIfEmpty', { current: account.phone }) : undefined}
        rules={[{ pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: t('phoneFormat') }]}
      >
        <Input inputMode="tel" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="idNumber"
        label={t('accounts:idNumber')}
        extra={account?.idNumber ? t('accounts:keepIfEmpty', { current: account.idNumber }) : undefined}
        rules={[{ pattern: /^\d{17}[\dXx]$/, message: t('accounts:idNumberFormat') }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      {account ? (
        <Form.Item name="status" label={t('accounts:status')}>
          <Select
            options={(['active', 'disabled'] as const).map((s) => ({
              value: s,
              label: t(`accounts:statuses.${s}`),
            }))}
          />
        </Form.Item>
      ) : (
        <Form.Item
          name="password"
          label={t('accounts:initialPassword')}
          extra={t('accounts:initialPasswordHint')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </RecordModal>
  );
}
