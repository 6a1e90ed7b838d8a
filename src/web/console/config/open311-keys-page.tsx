import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import {
  createOpen311Key,
  type Open311Key,
  type Open311KeyCreated,
  revokeOpen311Key,
  useOpen311Keys,
  useRefreshConfig,
} from '../../modules/config/api';
import { errorText } from '../../ui/errors';
import { PageFrame, Panel } from '../../ui/page-frame';
import { EmptyState, ErrorState } from '../../ui/states';
import { counted, limitRule } from '../../ui/text-limit';
import { formatTime } from '../../ui/time';
import { RecordModal } from '../common/record-modal';

/** Open311 接入密钥: one key per outside system (12345 hotline, FixMyStreet …); issue, show once, revoke. */
export function Open311KeysPage() {
  const { t } = useTranslation(['console', 'config']);
  const { modal, message } = App.useApp();
  const query = useOpen311Keys();
  const refresh = useRefreshConfig();
  const [isIssuing, setIssuing] = useState(false);
  const [issued, setIssued] = useState<Open311KeyCreated | null>(null);

  const revoke = (key: Open311Key) =>
    modal.confirm({
      title: t('config:keys.revokeTitle', { name: key.name }),
      content: t('config:keys.revokeHint'),
      okText: t('config:keys.revoke'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await revokeOpen311Key(key.id);
          void message.success(t('config:keys.revoked', { name: key.name }));
          refresh();
        } catch (error) {
          modal.error({ title: t('saveFailed'), content: errorText(error, t('saveFailed')) });
        }
      },
    });

  return (
    <PageFrame
      title={t('config:keys.title')}
      description={t('config:keys.description')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)}>
          {t('config:keys.issue')}
        </Button>
      }
    >
      <Panel>
        {query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Table<Open311Key>
            size="middle"
            rowKey="id"
            loading={query.isFetching}
            dataSource={query.data ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: query.isLoading ? ' ' : <EmptyState description={t('config:keys.empty')} />,
            }}
            columns={[
              { title: t('config:keys.name'), dataIndex: 'name' },
              {
                title: t('config:keys.createdAt'),
                dataIndex: 'createdAt',
                render: (at: string) => formatTime(at),
              },
              {
                title: t('config:keys.state'),
                dataIndex: 'revokedAt',
                render: (at: string | null) =>
                  at ? (
                    <Tag>{t('config:keys.revokedAt', { at: formatTime(at) })}</Tag>
                  ) : (
                    <Tag color="success">{t('config:keys.active')}</Tag>
                  ),
              },
              {
                title: t('operations'),
                key: 'actions',
                render: (_: unknown, key: Open311Key) =>
                  key.revokedAt ? (
                    '—'
                  ) : (
                    <Button type="link" danger onClick={() => revoke(key)}>
                      {t('config:keys.revoke')}
                    </Button>
                  ),
              },
            ]}
          />
        )}
      </Panel>
      {isIssuing ? (
        <RecordModal<{ name: string }>
          title={t('config:keys.issueTitle')}
          fieldNames={['name']}
          submit={async (values) => setIssued(await createOpen311Key(values))}
          onClose={() => setIssuing(false)}
          onSaved={() => {
            setIssuing(false);
            refresh();
          }}
        >
          <Form.Item
            name="name"
            label={t('config:keys.name')}
            extra={t('config:keys.nameHint')}
            rules={[
              { required: true, whitespace: true },
              limitRule(TEXT_LIMITS.open311KeyName, t('config:keys.name')),
            ]}
          >
            <Input {...counted(TEXT_LIMITS.open311KeyName)} placeholder={t('config:keys.namePlaceholder')} />
          </Form.Item>
        </RecordModal>
      ) : null}
      {issued ? (
        <Modal
          open
          title={t('config:keys.issuedTitle', { name: issued.name })}
          onCancel={() => setIssued(null)}
          footer={
            <Button type="primary" onClick={() => setIssued(null)}>
              {t('config:keys.copiedDone')}
            </Button>
          }
          maskClosable={false}
        >
          <Alert type="warning" showIcon title={t('config:keys.onceOnly')} style={{ marginBottom: 16 }} />
          <Typography.Paragraph
            copyable={{ text: issued.key }}
            code
            data-testid="issued-key"
            style={{ fontSize: 15, wordBreak: 'break-all' }}
          >
            {issued.key}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('config:keys.usage')}</Typography.Paragraph>
        </Modal>
      ) : null}
    </PageFrame>
  );
}
