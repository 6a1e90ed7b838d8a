import { Button, Form, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useMoveTicket, useTicket } from '../../modules/tickets/api';
import { showProblem } from '../ui/form-errors';
import { Page, Section } from '../ui/page';
import { FormError, QueryState } from '../ui/states';

/** 撤回: the resident closes their own open request (outcome withdrawn), with an optional reason. */
export function WithdrawPage() {
  const { t } = useTranslation(['mobile', 'tickets']);
  const { id = '' } = useParams();
  const query = useTicket(id);
  const move = useMoveTicket();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ note?: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async ({ note }: { note?: string }) => {
    setBusy(true);
    setError(null);
    try {
      await move(id, {
        action: 'close',
        outcome: 'withdrawn',
        ...(note?.trim() ? { note: note.trim() } : {}),
      });
      void navigate(`/m/tickets/${id}`, { replace: true, state: { notice: 'withdrawn' } });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('tickets:phone.withdraw.title')}
      back={`/m/tickets/${id}`}
      footer={
        <Button
          block
          color="danger"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="withdraw-submit"
        >
          {t('tickets:phone.withdraw.submit')}
        </Button>
      }
    >
      <QueryState query={query}>
        {(ticket) => (
          <>
            <Section>
              <div className="lx-card-title">{ticket.title}</div>
              <p>{t('tickets:phone.withdraw.explain')}</p>
            </Section>
            <FormError text={error} />
            <Form form={form} layout="vertical" mode="card" onFinish={(v) => void onFinish(v)}>
              <Form.Item name="note" label={t('tickets:phone.withdraw.reason')}>
                <TextArea
                  rows={3}
                  maxLength={500}
                  placeholder={t('tickets:phone.withdraw.reasonPlaceholder')}
                />
              </Form.Item>
            </Form>
          </>
        )}
      </QueryState>
    </Page>
  );
}
