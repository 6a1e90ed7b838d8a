import { Button, Form, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { showProblem } from '../ui/form-errors';
import { Page, Section } from '../ui/page';
import { FormError, QueryState } from '../ui/states';
import { uploadPhotos, useMoveTicket, useTicket } from './api';
import { PhotoField, type PhotoItem } from './photo-field';

type Values = { result: string; photos: PhotoItem[] };

/**
 * 现场解决: what can be solved on the spot is solved on the spot (BRIEF §3). One step for the grid worker,
 * three calls for the server, in this order: the photo as evidence, 受理 (if not yet), 办结 with the result.
 */
export function ResolvePage() {
  const { t } = useTranslation('mobile');
  const { id = '' } = useParams();
  const query = useTicket(id);
  const move = useMoveTicket();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [photosSent, setPhotosSent] = useState(false);
  const onFinish = async ({ result, photos }: Values) => {
    setBusy(true);
    setError(null);
    try {
      if (!photosSent) {
        await uploadPhotos(
          id,
          photos.map((p) => p.extra),
        );
        setPhotosSent(true);
      }
      if (query.data?.state === 'submitted') {
        await move(id, { action: 'accept' });
      }
      await move(id, { action: 'resolve', result: result.trim() });
      void navigate(`/m/tickets/${id}`, { replace: true, state: { notice: 'resolved' } });
    } catch (e) {
      // A step that went through stays done; reading the ticket again shows which, and a retry continues.
      await query.refetch();
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={t('resolve.title')}
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
          {t('resolve.submit')}
        </Button>
      }
    >
      <QueryState query={query}>
        {(ticket) => (
          <>
            <Section>
              <div className="lx-card-title">{ticket.title}</div>
              <p className="lx-muted">{t('resolve.explain')}</p>
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
                label={t('resolve.result')}
                rules={[{ required: true, whitespace: true, message: t('resolve.resultRequired') }]}
              >
                <TextArea rows={4} maxLength={2000} showCount placeholder={t('resolve.resultPlaceholder')} />
              </Form.Item>
              <Form.Item
                name="photos"
                label={t('resolve.photo')}
                rules={[
                  {
                    validator: async (_: unknown, value: PhotoItem[] | undefined) => {
                      if (!value || value.length === 0) {
                        throw new Error(t('resolve.photoRequired'));
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
