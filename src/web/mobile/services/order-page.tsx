import { Button, Form } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { useMe } from '../../modules/auth/session';
import { useOffering } from '../../modules/services/api';
import { useSubmitTicket } from '../../modules/tickets/api';
import { showProblem } from '../ui/form-errors';
import { LimitedTextItem } from '../ui/limited-text';
import { Page, Section } from '../ui/page';
import { FormError, QueryState } from '../ui/states';

type Values = { description: string };

/**
 * One order of the menu: what the resident needs, in their words. The order is a service ticket at their home;
 * its page then follows it like a delivery (受理 → 派单 → 接单 → 领单 → 办结 → 评价).
 */
export function OrderPage() {
  const { t } = useTranslation(['services', 'mobile']);
  const { id } = useParams();
  const offering = useOffering(id);
  const me = useMe().data;
  const submit = useSubmitTicket();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const onFinish = async (values: Values) => {
    if (!offering.data || !me?.placeId) {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await submit(
        {
          kind: 'service',
          offeringId: offering.data.id,
          title: t('phone.order.titleOf', { name: offering.data.name }).slice(0, TEXT_LIMITS.ticketTitle.max),
          description: values.description.trim(),
          placeId: me.placeId,
          urgency: 'normal',
          horizon: 'immediate',
          isAnonymous: false,
          isPublic: false,
        },
        [],
      );
      void navigate(`/m/tickets/${created.id}`, { replace: true, state: { notice: 'submitted' } });
    } catch (e) {
      setError(showProblem(form, e, t('mobile:errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('phone.order.title')}
      back="/m/services"
      footer={
        <Button
          block
          color="primary"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="submit-order"
        >
          {t('phone.order.submit')}
        </Button>
      }
    >
      <QueryState query={offering}>
        {(o) => (
          <>
            <Section title={o.name}>
              <p>{o.description}</p>
              <p className="lx-muted">
                {o.unitName} {o.schedule ? `· ${o.schedule}` : ''}
              </p>
            </Section>
            <Form form={form} layout="vertical" onFinish={(v) => void onFinish(v)} className="lx-form">
              <LimitedTextItem
                name="description"
                label={t('phone.order.description')}
                description={t('phone.order.descriptionHint')}
                limit={{ max: TEXT_LIMITS.ticketDescription.max }}
                requiredMessage={t('phone.order.required')}
                rows={4}
              />
            </Form>
            <FormError text={error} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
