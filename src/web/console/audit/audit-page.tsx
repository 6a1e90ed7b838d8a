import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, AutoComplete, Button, DatePicker, Form, Input, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit';
import { TEXT_LIMITS } from '../../../shared/limits';
import { AUDIT_ACTIONS, AUDIT_TARGETS } from '../../modules/audit/actions';
import { type AuditFilters, auditKeys, listAudit, verifyAudit } from '../../modules/audit/api';
import { errorText } from '../../ui/errors';
import { ListTable } from '../../ui/list-table';
import { PageFrame, Panel } from '../../ui/page-frame';
import { QueryForm } from '../../ui/query-form';
import { counted, limitRule } from '../../ui/text-limit';
import { endOfDay, formatTime, startOfDay, today } from '../../ui/time';
import { useCursorList } from '../../ui/use-cursor-list';
import { AuditDetail } from './audit-detail';

type FormValues = { action?: string; targetType?: string; targetId?: string; period?: [Dayjs, Dayjs] | null };
type Filters = AuditFilters;
type Verify = Awaited<ReturnType<typeof verifyAudit>>;

function toFilters(v: FormValues, actorId: string | undefined): Filters {
  return {
    action: v.action?.trim() || undefined,
    targetType: v.targetType,
    targetId: v.targetId?.trim() || undefined,
    actorId,
    from: v.period?.[0] ? startOfDay(v.period[0]) : undefined,
    to: v.period?.[1] ? endOfDay(v.period[1]) : undefined,
  };
}

/** The audit trail, newest first, for the audit administrator: filters, entry detail, chain check. */
export function AuditPage() {
  const { t } = useTranslation(['console', 'audit']);
  const { t: tc } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [filters, setFilters] = useState<Filters>({});
  const [actor, setActor] = useState<{ id: string; name: string } | null>(null);
  const [open, setOpen] = useState<AuditEntry | null>(null);
  const [verify, setVerify] = useState<{ result?: Verify; error?: string; isBusy: boolean }>({
    isBusy: false,
  });
  const list = useCursorList(auditKeys.lists(), filters, listAudit);

  const runVerify = async () => {
    setVerify({ isBusy: true });
    try {
      setVerify({ isBusy: false, result: await verifyAudit() });
    } catch (error) {
      setVerify({ isBusy: false, error: errorText(error, t('audit:verifyFailed')) });
    }
  };

  const filterByActor = (next: { id: string; name: string } | null) => {
    setActor(next);
    setFilters(toFilters(form.getFieldsValue(), next?.id));
  };

  return (
    <PageFrame
      title={t('audit:title')}
      description={t('audit:description')}
      extra={
        <Button icon={<SafetyCertificateOutlined />} loading={verify.isBusy} onClick={() => void runVerify()}>
          {t('audit:verify')}
        </Button>
      }
    >
      {verify.result ? (
        <Alert
          showIcon
          closable={{ onClose: () => setVerify({ isBusy: false }) }}
          style={{ marginBottom: 16 }}
          type={verify.result.ok ? 'success' : 'error'}
          data-testid="audit-verify"
          title={
            verify.result.ok
              ? t('audit:verifyOk', { count: verify.result.checked })
              : t('audit:verifyBroken', {
                  count: verify.result.checked,
                  chain: verify.result.firstBroken?.districtId ?? '',
                  seq: verify.result.firstBroken?.seq ?? '',
                  reason: verify.result.firstBroken?.reason ?? '',
                })
          }
        />
      ) : null}
      {verify.error ? (
        <Alert type="error" showIcon title={verify.error} style={{ marginBottom: 16 }} />
      ) : null}
      <Panel>
        <QueryForm<FormValues> form={form} onSearch={(v) => setFilters(toFilters(v, actor?.id))}>
          <Form.Item name="action" label={t('audit:action')}>
            <AutoComplete
              allowClear
              style={{ width: 220 }}
              placeholder={t('all')}
              options={AUDIT_ACTIONS.map((a) => ({
                value: a,
                label: `${t(`audit:actions.${a}`, { defaultValue: a })}（${a}）`,
              }))}
              showSearch={{
                filterOption: (input, option) =>
                  String(option?.label ?? '')
                    .toLowerCase()
                    .includes(input.toLowerCase()),
              }}
            />
          </Form.Item>
          <Form.Item name="targetType" label={t('audit:targetType')}>
            <Select
              allowClear
              style={{ width: 140 }}
              placeholder={t('all')}
              options={AUDIT_TARGETS.map((k) => ({ value: k, label: t(`audit:targets.${k}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="targetId"
            label={t('audit:targetId')}
            rules={[limitRule(TEXT_LIMITS.auditTargetId, t('audit:targetId'))]}
          >
            <Input allowClear {...counted(TEXT_LIMITS.auditTargetId, true)} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="period" label={t('audit:period')}>
            <DatePicker.RangePicker disabledDate={(d) => d.isAfter(today(), 'day')} />
          </Form.Item>
        </QueryForm>
        {actor ? (
          <div style={{ marginBottom: 12 }}>
            {t('audit:byActor')}{' '}
            <Tag closable onClose={() => filterByActor(null)} color="red">
              {actor.name}
            </Tag>
          </div>
        ) : null}
        <ListTable<AuditEntry>
          list={list}
          rowKey={(e) => `${e.districtId}:${e.seq}`}
          emptyHint={t('audit:emptyHint')}
          onRow={(entry) => ({ onDoubleClick: () => setOpen(entry) })}
          columns={[
            {
              title: t('audit:at'),
              dataIndex: 'at',
              width: 170,
              render: (v: string) => formatTime(v, 'second'),
            },
            {
              title: t('audit:actor'),
              key: 'actor',
              render: (_: unknown, e: AuditEntry) =>
                e.actorId ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0 }}
                    title={t('audit:filterActor')}
                    onClick={() =>
                      filterByActor({ id: e.actorId ?? '', name: e.actorName ?? e.actorId ?? '' })
                    }
                  >
                    {e.actorName ?? e.actorId}
                  </Button>
                ) : (
                  t('audit:system')
                ),
            },
            {
              title: t('audit:roles'),
              dataIndex: 'actorRoles',
              render: (roles: string[]) =>
                roles.map((r) => tc(`roles.${r}`, { defaultValue: r })).join('、') || '—',
            },
            {
              title: t('audit:action'),
              dataIndex: 'action',
              render: (a: string) => t(`audit:actions.${a}`, { defaultValue: a }),
            },
            {
              title: t('audit:target'),
              key: 'target',
              render: (_: unknown, e: AuditEntry) =>
                t(`audit:targets.${e.targetType}`, { defaultValue: e.targetType }),
            },
            { title: t('audit:ip'), dataIndex: 'ip', render: (v: string | null) => v ?? '—' },
            {
              title: t('operations'),
              key: 'open',
              fixed: 'right',
              render: (_: unknown, e: AuditEntry) => (
                <Button type="link" onClick={() => setOpen(e)}>
                  {t('audit:open')}
                </Button>
              ),
            },
          ]}
        />
      </Panel>
      <AuditDetail entry={open} onClose={() => setOpen(null)} />
    </PageFrame>
  );
}
