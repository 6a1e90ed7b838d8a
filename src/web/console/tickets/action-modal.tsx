import { useQueryClient } from '@tanstack/react-query';
import { Alert, Form, Input, InputNumber, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS, type TextLimit } from '../../../shared/limits';
import { allowedOutcomes, WORKFLOW } from '../../../shared/ticket-workflow';
import {
  type Outcome,
  RATINGS,
  type SimilarTicket,
  type TicketAction,
  type TicketMove,
} from '../../../shared/tickets';
import { ApiError } from '../../api/client';
import { moveTicket, type TicketDetail, ticketKeys, useSimilar } from '../../modules/tickets/api';
import { applyFieldErrors, errorText } from '../../ui/errors';
import { counted, limitRule } from '../../ui/text-limit';
import { TicketUnitSelect } from './unit-select';
import { isPublishOffWall, WishPublishStep } from './wish-publish';

type Field =
  | 'reason'
  | 'note'
  | 'result'
  | 'unitId'
  | 'intoId'
  | 'rating'
  | 'comment'
  | 'outcome'
  | 'days'
  | 'minutes';

/**
 * What each move asks: the required fields are the workflow table's own `requires` (the server checks them
 * again and its field errors land on these fields); a move may also take these optional ones (a note for
 * the timeline, a comment with a rating).
 */
const OPTIONAL: Record<TicketAction, Field[]> = {
  accept: ['note'],
  reject: [],
  merge: ['note'],
  dispatch: ['note'],
  pool: ['note'],
  receive: ['note'],
  claim: ['note'],
  progress: [],
  resolve: [],
  rate: ['comment'],
  close: ['outcome', 'note'],
  return: [],
  escalate: [],
  urge: ['note'],
  extend: [],
  approve_extension: ['note'],
  deny_extension: [],
};
const ALL_FIELDS: readonly Field[] = [
  'reason',
  'note',
  'result',
  'unitId',
  'intoId',
  'rating',
  'comment',
  'outcome',
  'days',
  'minutes',
];
/** The typed fields and their limits (the API's, shared/limits.ts). */
const LIMITS = {
  reason: TEXT_LIMITS.moveReason,
  note: TEXT_LIMITS.moveNote,
  result: TEXT_LIMITS.moveResult,
  comment: TEXT_LIMITS.rateComment,
} satisfies Partial<Record<Field, TextLimit>>;

function limitOf(field: Field): TextLimit | undefined {
  return field in LIMITS ? LIMITS[field as keyof typeof LIMITS] : undefined;
}

/** The outcomes an office may close with: 已解决 after a result, otherwise an honest other ending. */
function closingOutcomes(ticket: TicketDetail): Outcome[] {
  return allowedOutcomes(ticket.state, new Set(['office']));
}

type Props = {
  ticket: TicketDetail;
  action: TicketAction;
  /** A merge started from 相关工单 already knows its target. */
  intoId?: string;
  onClose: () => void;
  onDone: (ticket: TicketDetail) => void;
};

/** The small form of one move: only the fields it needs, the server's refusal in the user's language. */
export function ActionModal({ ticket, action, intoId, onClose, onDone }: Props) {
  const { t } = useTranslation('tickets');
  const [form] = Form.useForm<TicketMove>();
  const client = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [isBusy, setBusy] = useState(false);
  // A service order is done with the minutes it took (the claimants' hours); a wish may give them.
  const withMinutes = action === 'resolve' && (ticket.kind === 'service' || ticket.kind === 'wish');
  const required: readonly Field[] = [
    ...WORKFLOW[action].requires,
    ...(withMinutes && ticket.kind === 'service' ? ['minutes' as const] : []),
  ];
  const outcomes = closingOutcomes(ticket);

  const submit = async (values: Omit<TicketMove, 'action'>) => {
    setBusy(true);
    setFailure(null);
    try {
      const trimmed = Object.fromEntries(
        Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''),
      );
      onDone(await moveTicket(ticket.id, { ...trimmed, action } as TicketMove));
    } catch (error) {
      // 409: someone moved it meanwhile; 403: not the caller's to move. Both say so in the user's language.
      if (!applyFieldErrors(form, error, ALL_FIELDS)) {
        const stale = error instanceof ApiError && (error.status === 409 || error.status === 403);
        if (stale) {
          // The message promises the page shows the ticket as it now is: read it again.
          void client.invalidateQueries({ queryKey: ticketKeys.detail(ticket.id) });
        }
        setFailure(
          `${errorText(error, t('office.actionForm.failed'))}${stale ? t('office.actionForm.reload') : ''}`,
        );
      }
    } finally {
      setBusy(false);
    }
  };

  const fields = [
    ...required,
    ...OPTIONAL[action],
    ...(withMinutes && ticket.kind === 'wish' ? ['minutes' as const] : []),
  ];
  const recordingConsent = Form.useWatch('isPublic', form) === true;
  const offWall = action === 'pool' && isPublishOffWall(ticket, recordingConsent);
  return (
    <Modal
      open
      title={`${t(`actions.${action}`)} · ${ticket.number}`}
      okText={offWall ? t('office.wishPublish.publishOffWall') : t(`actions.${action}`)}
      okButtonProps={{ danger: action === 'reject' || action === 'deny_extension' }}
      confirmLoading={isBusy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(`office.actionHints.${action}`)}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          ...(intoId ? { intoId } : {}),
          ...(action === 'close' ? { outcome: outcomes[0] } : {}),
          ...(action === 'extend' ? { days: 5 } : {}),
        }}
      >
        {fields.map((field) => {
          const limit = limitOf(field);
          return (
            <Form.Item
              key={field}
              name={field}
              label={t(`office.actionForm.${field}`)}
              rules={[
                { required: required.includes(field), message: t('office.actionForm.required') },
                ...(limit ? [{ whitespace: true }, limitRule(limit, t(`office.actionForm.${field}`))] : []),
              ]}
            >
              <FieldInput field={field} ticket={ticket} outcomes={outcomes} />
            </Form.Item>
          );
        })}
        {action === 'pool' && ticket.kind === 'wish' ? <WishPublishStep ticket={ticket} /> : null}
      </Form>
      {failure ? <Alert type="error" showIcon title={failure} /> : null}
    </Modal>
  );
}

type FieldProps = {
  field: Field;
  ticket: TicketDetail;
  outcomes: Outcome[];
  value?: unknown;
  onChange?: (value: unknown) => void;
  id?: string;
};

function FieldInput({ field, ticket, outcomes, value, onChange, id }: FieldProps) {
  const { t } = useTranslation('tickets');
  const common = { id, value, onChange } as { id?: string; value: never; onChange: (v: unknown) => void };
  switch (field) {
    case 'reason':
    case 'note':
    case 'result':
    case 'comment':
      return (
        <Input.TextArea
          {...common}
          onChange={(e) => onChange?.(e.target.value)}
          rows={3}
          {...counted(LIMITS[field])}
          placeholder={t(`office.actionForm.${field}Hint`)}
        />
      );
    case 'unitId':
      return <TicketUnitSelect {...common} ticket={ticket} />;
    case 'intoId':
      return <MergeTargetSelect {...common} ticket={ticket} />;
    case 'rating':
      return (
        <Radio.Group
          {...common}
          onChange={(e) => onChange?.(e.target.value)}
          options={RATINGS.map((r) => ({ value: r, label: t(`ratings.${r}`) }))}
        />
      );
    case 'outcome':
      return <Select {...common} options={outcomes.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))} />;
    case 'days':
      return (
        <InputNumber {...common} min={1} max={90} precision={0} suffix={t('office.actionForm.workingDays')} />
      );
    case 'minutes':
      return (
        <InputNumber
          {...common}
          min={1}
          max={1440}
          precision={0}
          suffix={t('office.actionForm.minutesUnit')}
        />
      );
    default: {
      const never: never = field;
      return never;
    }
  }
}

/** The ticket this one duplicates: one of its similar open tickets (相关工单). */
function MergeTargetSelect({
  ticket,
  ...rest
}: {
  ticket: TicketDetail;
  id?: string;
  value: never;
  onChange: (v: unknown) => void;
}) {
  const { t } = useTranslation('tickets');
  const similar = useSimilar(ticket.id);
  const options = (similar.data ?? [])
    .filter((s: SimilarTicket) => s.id !== ticket.id)
    .map((s) => ({ value: s.id, label: `${s.number} ${s.title}（${s.placeName}）` }));
  return (
    <Select
      {...rest}
      loading={similar.isLoading}
      options={options}
      placeholder={t('office.actionForm.intoIdHint')}
      notFoundContent={t('office.detail.noSimilar')}
    />
  );
}
