import { Button, Form } from 'antd-mobile';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { TicketMove } from '../../../shared/tickets';
import { useMoveTicket, useTicket } from '../../modules/tickets/api';
import { showProblem } from '../ui/form-errors';
import { Page, Section } from '../ui/page';
import { FormError, QueryState } from '../ui/states';

type Props<V> = {
  title: string;
  explain: string;
  submit: { label: string; color?: 'primary' | 'danger'; testId?: string };
  /** The move the filled form makes. */
  moveOf: (values: V) => TicketMove;
  /** The notice the ticket page shows afterwards (tickets:phone.detail.notices.*). */
  notice: string;
  /** Work that must be done before the move (photos up first); a retry runs it again. */
  prepare?: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  children: ReactNode;
};

/**
 * A one-form move on the phone (撤回, 记录进展, 办结 …): the ticket's title and what the move does, the fields, and the
 * submit button at the bottom; done, back to the ticket with a notice; refused, the problem beside its field.
 */
export function MoveFormPage<V extends object>({
  title,
  explain,
  submit,
  moveOf,
  notice,
  prepare,
  initialValues,
  children,
}: Props<V>) {
  const { t } = useTranslation(['mobile', 'tickets']);
  const { id = '' } = useParams();
  const query = useTicket(id);
  const move = useMoveTicket();
  const navigate = useNavigate();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (values: V) => {
    setBusy(true);
    setError(null);
    try {
      await prepare?.(values);
      await move(id, moveOf(values));
      void navigate(`/m/tickets/${id}`, { replace: true, state: { notice } });
    } catch (e) {
      // Reading the ticket again shows what it is now (someone may have moved it meanwhile).
      await query.refetch();
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={title}
      back={`/m/tickets/${id}`}
      footer={
        <Button
          block
          color={submit.color ?? 'primary'}
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid={submit.testId}
        >
          {submit.label}
        </Button>
      }
    >
      <QueryState query={query}>
        {(ticket) => (
          <>
            <Section>
              <div className="lx-card-title">{ticket.title}</div>
              <p className="lx-muted">{explain}</p>
            </Section>
            <FormError text={error} />
            <Form
              form={form}
              layout="vertical"
              mode="card"
              initialValues={initialValues}
              onFinish={(v) => void onFinish(v as V)}
            >
              {children}
            </Form>
          </>
        )}
      </QueryState>
    </Page>
  );
}
