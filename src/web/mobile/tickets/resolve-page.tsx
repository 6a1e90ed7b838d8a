import { Button, Form, TextArea } from 'antd-mobile';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { IN_HAND } from '../../../shared/ticket-workflow';
import { uploadPhotos, useMoveTicket, useTicket } from '../../modules/tickets/api';
import { showProblem } from '../ui/form-errors';
import { Page, Section } from '../ui/page';
import { FormError, QueryState } from '../ui/states';
import { PhotoField, type PhotoItem } from './photo-field';

type Values = { result: string; photos: PhotoItem[] };

/**
 * 现场解决: what can be solved on the spot is solved on the spot (BRIEF §3). One step for the grid worker and one
 * move for the server: the photos go up first (the evidence is there before the ticket says 已办结), then a
 * single `resolve` accepts and resolves at once, even from 待受理. No half-done 已受理 is ever left behind: if
 * the resolve fails after the upload, the ticket stays as it was and the photos stay on it as what they are,
 * photos of the place. The page remembers which files went up, so a retry sends only the resolve (and any photo
 * added since). For whoever already has the ticket in hand (a unit's handler, a volunteer with a claimed wish) the
 * same page is plain 办结: the result, and photos if there are any.
 */
export function ResolvePage() {
  const { t } = useTranslation(['mobile', 'tickets']);
  const { id = '' } = useParams();
  const query = useTicket(id);
  const move = useMoveTicket();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sent = useRef(new Set<File>());
  const inHand = query.data ? IN_HAND.includes(query.data.state) : false;
  const onFinish = async ({ result, photos }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const unsent = photos.map((p) => p.extra).filter((file) => !sent.current.has(file));
      if (unsent.length > 0) {
        await uploadPhotos(id, unsent);
        for (const file of unsent) {
          sent.current.add(file);
        }
      }
      await move(id, { action: 'resolve', result: result.trim() });
      void navigate(`/m/tickets/${id}`, { replace: true, state: { notice: 'resolved' } });
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
      title={inHand ? t('tickets:phone.resolve.titleInHand') : t('tickets:phone.resolve.title')}
      back={`/m/tickets/${id}`}
      footer={
        <Button
          block
          color="primary"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="resolve-submit"
        >
          {t('tickets:phone.resolve.submit')}
        </Button>
      }
    >
      <QueryState query={query}>
        {(ticket) => (
          <>
            <Section>
              <div className="lx-card-title">{ticket.title}</div>
              <p className="lx-muted">
                {inHand ? t('tickets:phone.resolve.explainInHand') : t('tickets:phone.resolve.explain')}
              </p>
            </Section>
            <FormError text={error} />
            <Form
              form={form}
              layout="vertical"
              mode="card"
              initialValues={{ photos: [] }}
              onFinish={(v) => void onFinish(v)}
            >
              <Form.Item
                name="result"
                label={t('tickets:phone.resolve.result')}
                rules={[
                  { required: true, whitespace: true, message: t('tickets:phone.resolve.resultRequired') },
                ]}
              >
                <TextArea
                  rows={4}
                  maxLength={2000}
                  showCount
                  placeholder={t('tickets:phone.resolve.resultPlaceholder')}
                />
              </Form.Item>
              <Form.Item
                name="photos"
                label={t('tickets:phone.resolve.photo')}
                rules={[
                  {
                    validator: async (_: unknown, value: PhotoItem[] | undefined) => {
                      if (!inHand && (!value || value.length === 0)) {
                        throw new Error(t('tickets:phone.resolve.photoRequired'));
                      }
                    },
                  },
                ]}
              >
                <PhotoField max={9} />
              </Form.Item>
            </Form>
          </>
        )}
      </QueryState>
    </Page>
  );
}
