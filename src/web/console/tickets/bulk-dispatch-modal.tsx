import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Form, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/tickets';
import { type BulkAnswer, bulkMove } from '../../modules/tickets/api';
import { errorText } from '../../ui/errors';
import { StateTag } from './tags';
import { UnitSelect } from './unit-select';

type Props = {
  tickets: Ticket[];
  /** Called with the ids that moved (none when cancelled). */
  onClose: (moved: string[]) => void;
};

/**
 * 批量派单: one unit for all selected tickets, then one line per ticket with what the server said — some may
 * have been moved by someone else meanwhile (409) or be outside what the caller may do (403).
 */
export function BulkDispatchModal({ tickets, onClose }: Props) {
  const { t } = useTranslation('tickets');
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<{ unitId: string }>();
  const [answer, setAnswer] = useState<BulkAnswer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const moved = answer?.results.filter((r) => r.status === 200).map((r) => r.id) ?? [];

  const run = async ({ unitId }: { unitId: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      setAnswer(
        await bulkMove(
          tickets.map((r) => r.id),
          { action: 'dispatch', unitId },
        ),
      );
    } catch (error) {
      setFailure(errorText(error, t('office.actionForm.failed')));
    } finally {
      setBusy(false);
    }
  };

  const byId = new Map(tickets.map((r) => [r.id, r]));
  return (
    <Modal
      open
      width={720}
      title={t('office.bulk.title', { count: tickets.length })}
      onCancel={() => onClose(moved)}
      footer={
        answer ? (
          <Button type="primary" onClick={() => onClose(moved)}>
            {t('office.bulk.done')}
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose([])}>{tc('actions.cancel')}</Button>
            <Button type="primary" loading={isBusy} onClick={() => form.submit()}>
              {t('actions.dispatch')}
            </Button>
          </>
        )
      }
    >
      {answer ? (
        <>
          <Alert
            type={answer.failed === 0 ? 'success' : 'warning'}
            showIcon
            title={t('office.bulk.summary', { succeeded: answer.succeeded, failed: answer.failed })}
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={answer.results}
            columns={[
              {
                key: 'number',
                title: t('office.fields.number'),
                render: (_, r) => byId.get(r.id)?.number ?? r.number,
              },
              { key: 'title', title: t('office.fields.title'), render: (_, r) => byId.get(r.id)?.title },
              {
                key: 'result',
                title: t('office.bulk.result'),
                render: (_, r) =>
                  r.status === 200 ? (
                    <Typography.Text type="success">
                      <CheckCircleFilled /> {t('office.bulk.ok')}{' '}
                      {r.state ? <StateTag state={r.state as Ticket['state']} /> : null}
                    </Typography.Text>
                  ) : (
                    <Typography.Text type="danger">
                      <CloseCircleFilled /> {r.title}
                      {r.errors?.length ? `：${r.errors.map((e) => e.message).join('；')}` : ''}
                    </Typography.Text>
                  ),
              },
            ]}
          />
        </>
      ) : (
        <Form form={form} layout="vertical" onFinish={(values) => void run(values)}>
          <Typography.Paragraph type="secondary">
            {t('office.bulk.hint', { count: tickets.length })}
          </Typography.Paragraph>
          <Form.Item
            name="unitId"
            label={t('office.actionForm.unitId')}
            rules={[{ required: true, message: t('office.actionForm.unitHint') }]}
          >
            <UnitSelect />
          </Form.Item>
          {failure ? <Alert type="error" showIcon title={failure} /> : null}
        </Form>
      )}
    </Modal>
  );
}
