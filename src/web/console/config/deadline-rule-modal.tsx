import { Col, Form, Input, InputNumber, Row, Select, Switch, TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeadlineRule } from '../../../shared/deadlines';
import { TEXT_LIMITS } from '../../../shared/limits';
import { TICKET_KINDS, type TicketKind, URGENCIES, type Urgency } from '../../../shared/tickets';
import { createDeadlineRule, updateDeadlineRule, useEditableCategories } from '../../modules/config/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';

type Values = {
  kind?: TicketKind;
  categoryId?: string;
  urgency?: Urgency;
  responseHours: number;
  handleHours: number;
  isCalendarTime: boolean;
  note?: string;
};
const FIELDS = ['kind', 'categoryId', 'urgency', 'responseHours', 'handleHours', 'isCalendarTime', 'note'];

/** Add a deadline rule (rule = null) or change one. An empty choice means "any". */
export function DeadlineRuleModal({
  rule,
  onClose,
  onSaved,
}: {
  rule: DeadlineRule | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t, i18n } = useTranslation(['console', 'config']);
  const { t: tt } = useTranslation('tickets');
  const categories = useEditableCategories().data ?? [];
  const isEnglish = i18n.language === 'en-US';
  const nameOf = (c: { nameZh: string; nameEn: string }) => (isEnglish ? c.nameEn : c.nameZh);
  const tree = categories
    .filter((c) => !c.parentId)
    .map((p) => ({
      value: p.id,
      title: nameOf(p),
      children: categories.filter((c) => c.parentId === p.id).map((c) => ({ value: c.id, title: nameOf(c) })),
    }));
  const any = t('config:any');

  return (
    <RecordModal<Values>
      title={rule ? t('config:rules.editTitle') : t('config:rules.createTitle')}
      fieldNames={FIELDS}
      initialValues={
        rule
          ? {
              kind: rule.kind ?? undefined,
              categoryId: rule.categoryId ?? undefined,
              urgency: rule.urgency ?? undefined,
              responseHours: rule.responseHours,
              handleHours: rule.handleHours,
              isCalendarTime: rule.isCalendarTime,
              note: rule.note ?? undefined,
            }
          : { responseHours: 8, handleHours: 120, isCalendarTime: false }
      }
      submit={(v) => {
        const body = {
          kind: v.kind ?? null,
          categoryId: v.categoryId ?? null,
          urgency: v.urgency ?? null,
          responseHours: v.responseHours,
          handleHours: v.handleHours,
          isCalendarTime: v.isCalendarTime,
          note: v.note?.trim() ? v.note.trim() : null,
        };
        return rule ? updateDeadlineRule(rule.id, body) : createDeadlineRule(body);
      }}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item name="kind" label={t('config:rules.kind')}>
        <Select
          allowClear
          placeholder={any}
          options={TICKET_KINDS.map((k) => ({ value: k, label: tt(`kinds.${k}`) }))}
        />
      </Form.Item>
      <Form.Item name="categoryId" label={t('config:rules.category')} extra={t('config:rules.categoryHint')}>
        <TreeSelect allowClear showSearch treeNodeFilterProp="title" placeholder={any} treeData={tree} />
      </Form.Item>
      <Form.Item name="urgency" label={t('config:rules.urgency')}>
        <Select
          allowClear
          placeholder={any}
          options={URGENCIES.map((u) => ({ value: u, label: tt(`urgency.${u}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="isCalendarTime"
        label={t('config:rules.clock')}
        valuePropName="checked"
        extra={t('config:rules.clockHint')}
      >
        <Switch />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="responseHours"
            label={t('config:rules.response')}
            extra={t('config:rules.hoursHint')}
            rules={[
              { required: true },
              { type: 'integer', min: 1, max: 2400, message: t('config:rules.hoursRange') },
            ]}
          >
            <InputNumber min={1} max={2400} precision={0} addonAfter={t('config:rules.hours')} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="handleHours"
            label={t('config:rules.handle')}
            dependencies={['responseHours']}
            rules={[
              { required: true },
              { type: 'integer', min: 1, max: 2400, message: t('config:rules.hoursRange') },
              ({ getFieldValue }) => ({
                validator: (_, value: number | undefined) =>
                  value === undefined || value >= (getFieldValue('responseHours') ?? 0)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('config:rules.handleShorter'))),
              }),
            ]}
          >
            <InputNumber min={1} max={2400} precision={0} addonAfter={t('config:rules.hours')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="note"
        label={t('config:rules.note')}
        rules={[limitRule(TEXT_LIMITS.deadlineRuleNote, t('config:rules.note'))]}
      >
        <Input.TextArea
          rows={2}
          {...counted(TEXT_LIMITS.deadlineRuleNote)}
          placeholder={t('config:rules.notePlaceholder')}
        />
      </Form.Item>
    </RecordModal>
  );
}
