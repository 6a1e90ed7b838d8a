import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown, Form, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../shared/accounts';
import { TEXT_LIMITS } from '../../../shared/limits';
import { ROLES, type Role } from '../../../shared/roles';
import { type AccountFilters, accountKeys, listAccounts } from '../../modules/accounts/api';
import { ListTable } from '../../ui/list-table';
import { MaskedText } from '../../ui/masked';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { counted, limitRule } from '../../ui/text-limit';
import { formatTime } from '../../ui/time';
import { useCursorList } from '../../ui/use-cursor-list';
import { ExchangeToolbar } from '../exchange/exchange-toolbar';
import { PlaceTreeSelect } from '../places/place-tree-select';
import { useSignedIn } from '../shell/gates';
import { GroupsModal, ResetPasswordModal, useAccountActions } from './account-actions';
import { AccountModal } from './account-modal';

type Filters = AccountFilters;
type Editing =
  | { mode: 'edit'; account: Account | null }
  | { mode: 'reset' | 'groups'; account: Account }
  | null;

/** Staff and resident accounts in the administrator's subtree. */
export function AccountsPage() {
  const { t } = useTranslation(['console', 'accounts']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [editing, setEditing] = useState<Editing>(null);
  const list = useCursorList(accountKeys.lists(), filters, listAccounts);
  const { unlock, reveal } = useAccountActions();
  const canWrite = me.permissions.includes('account.write');
  const canReveal = me.permissions.includes('account.reveal');
  const canTag = me.permissions.includes('account.groups');
  const refresh = () => void client.invalidateQueries({ queryKey: accountKeys.all });
  const saved = (text: string) => () => {
    setEditing(null);
    void message.success(text);
    refresh();
  };

  return (
    <PageFrame
      title={t('accounts:title')}
      description={t('accounts:description')}
      extra={
        <>
          {canWrite ? (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing({ mode: 'edit', account: null })}
            >
              {t('accounts:create')}
            </Button>
          ) : null}
          <ExchangeToolbar
            kind="accounts"
            canWrite={canWrite}
            placeId={filters.placeId}
            onImported={refresh}
          />
        </>
      }
    >
      <Panel>
        <QueryForm<Filters> form={form} onSearch={(v) => setFilters({ ...v })}>
          <Form.Item name="placeId" label={t('accounts:place')}>
            <PlaceTreeSelect />
          </Form.Item>
          <Form.Item name="role" label={t('accounts:role')}>
            <Select
              allowClear
              placeholder={t('all')}
              style={{ width: 180 }}
              options={ROLES.map((r) => ({ value: r, label: tc(`roles.${r}`) }))}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('accounts:kind')}>
            <Select
              allowClear
              placeholder={t('all')}
              style={{ width: 120 }}
              options={(['staff', 'resident'] as const).map((k) => ({
                value: k,
                label: t(`accounts:kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="q" label={t('keyword')} rules={[limitRule(TEXT_LIMITS.listSearch, t('keyword'))]}>
            <Input
              allowClear
              {...counted(TEXT_LIMITS.listSearch, true)}
              placeholder={t('accounts:qPlaceholder')}
              style={{ width: 200 }}
            />
          </Form.Item>
        </QueryForm>
        <ListTable<Account>
          list={list}
          rowKey="id"
          emptyHint={t('accounts:emptyHint')}
          columns={[
            { title: t('accounts:username'), dataIndex: 'username', fixed: 'left' },
            { title: t('accounts:displayName'), dataIndex: 'displayName' },
            {
              title: t('accounts:roles'),
              key: 'roles',
              render: (_: unknown, a: Account) => (
                <Space size={4} wrap>
                  {a.roles.map((r: Role) => (
                    <Tag key={r}>{tc(`roles.${r}`)}</Tag>
                  ))}
                  {a.groups.map((g) => (
                    <Tag key={g} color="orange" data-testid="account-group">
                      {t(`accounts:groupNames.${g}`)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('accounts:place'),
              dataIndex: 'placeName',
              render: (v: string | null) => v ?? t('wholeTree'),
            },
            { title: t('phone'), dataIndex: 'phone', render: (v: string | null) => <MaskedText value={v} /> },
            {
              title: t('accounts:status'),
              key: 'status',
              render: (_: unknown, a: Account) => (
                <Space size={4} wrap>
                  <Tag color={a.status === 'active' ? 'success' : 'default'}>
                    {t(`accounts:statuses.${a.status}`)}
                  </Tag>
                  {a.isLocked ? <Tag color="warning">{t('accounts:locked')}</Tag> : null}
                  {a.totpEnabled ? <Tag color="blue">{t('accounts:totpOn')}</Tag> : null}
                </Space>
              ),
            },
            {
              title: t('accounts:lastLogin'),
              dataIndex: 'lastLoginAt',
              render: (v: string | null) => (v ? formatTime(v) : '—'),
            },
            {
              title: t('operations'),
              key: 'actions',
              fixed: 'right',
              render: (_: unknown, a: Account) => (
                <Space size={0}>
                  {canWrite && a.kind === 'staff' ? (
                    <Button type="link" onClick={() => setEditing({ mode: 'edit', account: a })}>
                      {tc('actions.edit')}
                    </Button>
                  ) : null}
                  {canTag && a.kind === 'resident' ? (
                    <Button type="link" onClick={() => setEditing({ mode: 'groups', account: a })}>
                      {t('accounts:groups')}
                    </Button>
                  ) : null}
                  <Dropdown
                    menu={{
                      items: [
                        ...(canWrite ? [{ key: 'reset', label: t('accounts:reset') }] : []),
                        ...(canWrite && a.isLocked ? [{ key: 'unlock', label: t('accounts:unlock') }] : []),
                        ...(canReveal && (a.phone || a.idNumber)
                          ? [{ key: 'reveal', label: t('accounts:reveal') }]
                          : []),
                      ],
                      onClick: ({ key }) => {
                        if (key === 'reset') {
                          setEditing({ mode: 'reset', account: a });
                        } else if (key === 'unlock') {
                          unlock(a);
                        } else {
                          reveal(a);
                        }
                      },
                    }}
                  >
                    <Button type="link">{t('more')}</Button>
                  </Dropdown>
                </Space>
              ),
            },
          ]}
        />
      </Panel>
      {editing?.mode === 'edit' ? (
        <AccountModal
          account={editing.account}
          onClose={() => setEditing(null)}
          onSaved={saved(t('saved'))}
        />
      ) : null}
      {editing?.mode === 'groups' ? (
        <GroupsModal account={editing.account} onClose={() => setEditing(null)} onSaved={saved(t('saved'))} />
      ) : null}
      {editing?.mode === 'reset' ? (
        <ResetPasswordModal
          account={editing.account}
          onClose={() => setEditing(null)}
          onSaved={saved(t('accounts:resetDone'))}
        />
      ) : null}
    </PageFrame>
  );
}
