import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Button, Form, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/tickets';
import {
  type DispatchSuggestion,
  dispatchByCatalogue,
  type RoutedUnit,
  useDispatchSuggestions,
} from '../../modules/routing/api';
import { type BulkAnswer, bulkMove } from '../../modules/tickets/api';
import { errorText } from '../../ui/errors';
import { useSignedIn } from '../shell/gates';
import { StateTag } from './tags';
import { UnitSelect } from './unit-select';

type Props = {
  tickets: Ticket[];
  /** Called with the ids that moved (none when cancelled). */
  onClose: (moved: string[]) => void;
};
type Mode = 'catalogue' | 'one';

/**
 * 批量派单: each ticket to the main handler the routing catalogue names for it (按派单目录分派), or all to one
 * unit (the catalogue's units offered first); then one line per ticket with what the server said — some may
 * have no rule, have been moved by someone else meanwhile (409) or be outside what the caller may do (403).
 */
export function BulkDispatchModal({ tickets, onClose }: Props) {
  const { t } = useTranslation(['tickets', 'routing']);
  const { t: tc } = useTranslation();
  const me = useSignedIn();
  const canAsk = me.permissions.includes('routing.dispatch');
  const ids = useMemo(() => tickets.map((r) => r.id), [tickets]);
  const suggestions = useDispatchSuggestions(ids, canAsk);
  const [mode, setMode] = useState<Mode>(canAsk ? 'catalogue' : 'one');
  const [form] = Form.useForm<{ unitId: string }>();
  const [answer, setAnswer] = useState<BulkAnswer | null>(null);
  const [answeredMode, setAnsweredMode] = useState<Mode>(mode);
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  const moved = answer?.results.filter((r) => r.status === 200).map((r) => r.id) ?? [];
  const mainOf = (id: string) => suggestions.data?.get(id)?.units[0];
  const matched = tickets.filter((r) => mainOf(r.id)).length;

  // Nothing the catalogue could do: offer the one-unit dispatch straight away.
  useEffect(() => {
    if (suggestions.data && matched === 0) {
      setMode('one');
    }
  }, [suggestions.data, matched]);

  const run = async (unitId?: string) => {
    setBusy(true);
    setFailure(null);
    try {
      setAnswer(
        mode === 'catalogue'
          ? await dispatchByCatalogue(ids)
          : await bulkMove(ids, { action: 'dispatch', unitId }),
      );
      setAnsweredMode(mode);
    } catch (error) {
      setFailure(errorText(error, t('tickets:office.actionForm.failed')));
    } finally {
      setBusy(false);
    }
  };

  const byId = new Map(tickets.map((r) => [r.id, r]));
  const numberColumn = {
    key: 'number',
    title: t('tickets:office.fields.number'),
    width: 190,
    render: (_: unknown, r: { id: string; number?: string }) => byId.get(r.id)?.number ?? r.number,
  };
  const titleColumn = {
    key: 'title',
    title: t('tickets:office.fields.title'),
    ellipsis: true,
    render: (_: unknown, r: { id: string }) => byId.get(r.id)?.title,
  };
  const targetColumn = {
    key: 'target',
    title: t('routing:bulk.target'),
    render: (_: unknown, r: { id: string }) =>
      mainOf(r.id)?.name ?? (
        <Tag color="orange" bordered={false}>
          {t('routing:bulk.noRule')}
        </Tag>
      ),
  };
  const isCatalogue = mode === 'catalogue';
  const cannotRun = isCatalogue && (suggestions.isLoading || matched === 0);
  return (
    <Modal
      open
      width={800}
      title={t('tickets:office.bulk.title', { count: tickets.length })}
      onCancel={() => onClose(moved)}
      footer={
        answer ? (
          <Button type="primary" onClick={() => onClose(moved)}>
            {t('tickets:office.bulk.done')}
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose([])}>{tc('actions.cancel')}</Button>
            <Button
              type="primary"
              loading={isBusy}
              disabled={cannotRun}
              onClick={() => (isCatalogue ? void run() : form.submit())}
            >
              {isCatalogue ? t('routing:bulk.byCatalogue') : t('tickets:actions.dispatch')}
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
            title={t('tickets:office.bulk.summary', { succeeded: answer.succeeded, failed: answer.failed })}
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ y: 360 }}
            dataSource={answer.results}
            columns={[
              numberColumn,
              titleColumn,
              ...(answeredMode === 'catalogue' ? [targetColumn] : []),
              {
                key: 'result',
                title: t('tickets:office.bulk.result'),
                render: (_, r) =>
                  r.status === 200 ? (
                    <Typography.Text type="success">
                      <CheckCircleFilled /> {t('tickets:office.bulk.ok')}{' '}
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
        <Form form={form} layout="vertical" onFinish={({ unitId }) => void run(unitId)}>
          {canAsk ? (
            <Form.Item label={t('routing:bulk.mode')}>
              <Radio.Group
                value={mode}
                onChange={(e) => setMode(e.target.value as Mode)}
                options={[
                  {
                    value: 'catalogue',
                    label: t('routing:bulk.byCatalogue'),
                    disabled: suggestions.data && matched === 0,
                  },
                  { value: 'one', label: t('routing:bulk.toOne') },
                ]}
              />
            </Form.Item>
          ) : null}
          {suggestions.error ? (
            <Alert
              type="warning"
              showIcon
              title={t('routing:bulk.loadFailed')}
              style={{ marginBottom: 12 }}
            />
          ) : null}
          {isCatalogue ? (
            <>
              <Typography.Paragraph type="secondary">
                {t('routing:bulk.byCatalogueHint')}{' '}
                {suggestions.data ? (
                  <Typography.Text strong>
                    {t('routing:bulk.matched', { count: matched })}
                    {matched < tickets.length
                      ? ` · ${t('routing:bulk.unmatched', { count: tickets.length - matched })}`
                      : ''}
                  </Typography.Text>
                ) : null}
              </Typography.Paragraph>
              <div data-testid="catalogue-preview">
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  scroll={{ y: 320 }}
                  loading={suggestions.isLoading}
                  dataSource={tickets}
                  columns={[numberColumn, titleColumn, targetColumn]}
                />
              </div>
            </>
          ) : (
            <>
              {suggestions.data && matched === 0 && canAsk ? (
                <Alert
                  type="info"
                  showIcon
                  title={t('routing:bulk.noneMatch')}
                  style={{ marginBottom: 12 }}
                />
              ) : null}
              <Typography.Paragraph type="secondary">
                {t('tickets:office.bulk.hint', { count: tickets.length })}
              </Typography.Paragraph>
              <Form.Item
                name="unitId"
                label={t('tickets:office.actionForm.unitId')}
                rules={[{ required: true, message: t('tickets:office.actionForm.unitHint') }]}
              >
                <UnitSelect suggested={catalogueUnits(tickets, suggestions.data)} />
              </Form.Item>
            </>
          )}
          {failure ? <Alert type="error" showIcon title={failure} /> : null}
        </Form>
      )}
    </Modal>
  );
}

/** The units the catalogue names for the selected tickets, those it names first for most tickets first. */
function catalogueUnits(
  tickets: readonly Ticket[],
  suggestions: ReadonlyMap<string, DispatchSuggestion> | undefined,
): RoutedUnit[] {
  const score = new Map<string, { unit: RoutedUnit; mains: number; all: number }>();
  for (const ticket of tickets) {
    (suggestions?.get(ticket.id)?.units ?? []).forEach((unit, i) => {
      const seen = score.get(unit.id) ?? { unit, mains: 0, all: 0 };
      score.set(unit.id, { unit, mains: seen.mains + (i === 0 ? 1 : 0), all: seen.all + 1 });
    });
  }
  return [...score.values()].sort((a, b) => b.mains - a.mains || b.all - a.all).map((s) => s.unit);
}
