import { FrownOutlined, MehOutlined, SmileOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form } from 'antd-mobile';
import type { ComponentType } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Rating } from '../../../shared/tickets';
import { RATINGS } from '../../../shared/tickets';
import { useMoveTicket, useTicket } from '../../modules/tickets/api';
import { showProblem } from '../ui/form-errors';
import { LimitedTextItem } from '../ui/limited-text';
import { Page, Section } from '../ui/page';
import { FormError, QueryState } from '../ui/states';

const FACES: Record<Rating, ComponentType> = {
  satisfied: SmileOutlined,
  basically_satisfied: MehOutlined,
  unsatisfied: FrownOutlined,
};

function RatingField({ value, onChange }: { value?: Rating; onChange?: (rating: Rating) => void }) {
  const { t } = useTranslation('tickets');
  return (
    <fieldset className="lx-ratings">
      {RATINGS.map((r) => {
        const Face = FACES[r];
        return (
          <label key={r} className="lx-rating lx-touch" data-testid={`rating-${r}`}>
            <input
              type="radio"
              name="rating"
              value={r}
              checked={value === r}
              onChange={() => onChange?.(r)}
            />
            <Face aria-hidden />
            <span>{t(`ratings.${r}`)}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

type RateFields = { rating: Rating; comment?: string; thanksPublic?: boolean };

/**
 * 评价: 满意 / 基本满意 / 不满意 and a few words. 不满意 sends it back once to the same handler. For a wish that came
 * true, the resident may also show their words as a thank-you on the wish wall.
 */
export function RatePage() {
  const { t } = useTranslation(['mobile', 'tickets']);
  const { id = '' } = useParams();
  const query = useTicket(id);
  const move = useMoveTicket();
  const navigate = useNavigate();
  const [form] = Form.useForm<RateFields>();
  const rating = Form.useWatch('rating', form) as Rating | undefined;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onFinish = async (v: RateFields) => {
    setBusy(true);
    setError(null);
    try {
      const comment = v.comment?.trim();
      const thanks = v.thanksPublic === true && v.rating !== 'unsatisfied' && comment;
      await move(id, {
        action: 'rate',
        rating: v.rating,
        ...(comment ? { comment } : {}),
        ...(thanks ? { thanksPublic: true as const } : {}),
      });
      void navigate(`/m/tickets/${id}`, { replace: true, state: { notice: 'rated' } });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('tickets:phone.rate.title')}
      back={`/m/tickets/${id}`}
      footer={
        <Button
          block
          color="primary"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="rate-submit"
        >
          {t('tickets:phone.rate.submit')}
        </Button>
      }
    >
      <QueryState query={query}>
        {(ticket) => (
          <>
            <Section>
              <div className="lx-muted">{t('tickets:phone.rate.about')}</div>
              <div className="lx-card-title">{ticket.title}</div>
            </Section>
            <FormError text={error} />
            <Form form={form} layout="vertical" mode="card" onFinish={(v) => void onFinish(v)}>
              <Form.Item
                name="rating"
                label={t('tickets:phone.rate.question')}
                rules={[{ required: true, message: t('tickets:phone.rate.required') }]}
              >
                <RatingField />
              </Form.Item>
              <LimitedTextItem
                name="comment"
                label={t('tickets:phone.rate.comment')}
                description={rating === 'unsatisfied' ? t('tickets:phone.rate.unsatisfiedHint') : undefined}
                limit={TEXT_LIMITS.rateComment}
                rows={3}
                placeholder={t('tickets:phone.rate.commentPlaceholder')}
              />
              {ticket.kind === 'wish' && rating !== 'unsatisfied' ? (
                <Form.Item
                  name="thanksPublic"
                  valuePropName="checked"
                  description={t('tickets:phone.rate.thanksHint')}
                >
                  <Checkbox data-testid="thanks-public">{t('tickets:phone.rate.thanksPublic')}</Checkbox>
                </Form.Item>
              ) : null}
            </Form>
          </>
        )}
      </QueryState>
    </Page>
  );
}
