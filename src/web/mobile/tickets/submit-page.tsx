import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Input, Selector, TextArea } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { TicketCreate, TicketKind } from '../../../shared/tickets';
import { useMe } from '../../modules/auth/session';
import { createTicket, ticketKeys, uploadPhotos } from '../../modules/tickets/api';
import { PHONE_PATTERN } from '../auth/register-page';
import { PlacePicker } from '../places/place-picker';
import { showProblem } from '../ui/form-errors';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';
import { ToggleRow } from '../ui/toggle-row';
import { CategoryField } from './category-field';
import { PhotoField, type PhotoItem } from './photo-field';

/** What a resident may ask for here; service orders come from the service menu. */
export const SUBMIT_KINDS: TicketKind[] = ['problem', 'wish', 'suggestion', 'consultation'];

type Values = {
  kind: TicketKind;
  categoryId?: string;
  placeId: string;
  address?: string;
  title: string;
  description: string;
  photos?: PhotoItem[];
  isAnonymous: boolean;
  isPublic: boolean;
  submitterName?: string;
  submitterPhone?: string;
};

function KindField({ value, onChange }: { value?: TicketKind; onChange?: (kind: TicketKind) => void }) {
  const { t } = useTranslation('tickets');
  return (
    <Selector<TicketKind>
      columns={2}
      value={value ? [value] : []}
      onChange={(v) => v[0] && onChange?.(v[0])}
      options={SUBMIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      data-testid="kind-field"
    />
  );
}

/**
 * 我要反映 (a resident for themselves) or 走访登记 (a grid worker for the resident in front of them, channel
 * grid_visit). The place starts at the resident's home or the worker's grid. Photos go up once the ticket
 * exists; if they fail the ticket is still there, and the next screen says so.
 */
export function SubmitPage({ mode }: { mode: 'resident' | 'visit' }) {
  const { t } = useTranslation(['mobile', 'tickets', 'auth']);
  const me = useMe().data;
  const [params] = useSearchParams();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const asked = params.get('kind') as TicketKind | null;
  const initialKind = asked && SUBMIT_KINDS.includes(asked) ? asked : 'problem';
  const kind = (Form.useWatch('kind', form) as TicketKind | undefined) ?? initialKind;
  const isVisit = mode === 'visit';
  if (!me) {
    return null;
  }
  const onFinish = async ({
    photos = [],
    categoryId,
    address,
    submitterName,
    submitterPhone,
    ...v
  }: Values) => {
    setBusy(true);
    setError(null);
    const body: TicketCreate = {
      ...v,
      urgency: 'normal',
      horizon: 'deadline',
      ...(categoryId ? { categoryId } : {}),
      ...(address?.trim() ? { address: address.trim() } : {}),
      ...(isVisit
        ? {
            channel: 'grid_visit' as const,
            ...(submitterName?.trim() ? { submitterName: submitterName.trim() } : {}),
            ...(submitterPhone?.trim() ? { submitterPhone: submitterPhone.trim() } : {}),
          }
        : {}),
    };
    try {
      const created = await createTicket(body);
      let notice = 'submitted';
      if (photos.length > 0) {
        try {
          await uploadPhotos(
            created.id,
            photos.map((p) => p.extra),
          );
        } catch {
          notice = 'photosFailed';
        }
      }
      await client.invalidateQueries({ queryKey: ticketKeys.lists() });
      void navigate(`/m/tickets/${created.id}`, { replace: !isVisit, state: { notice } });
    } catch (e) {
      setError(showProblem(form, e, t('errors.network')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Page
      title={isVisit ? t('tickets:phone.submit.visitTitle') : t('tickets:phone.submit.title')}
      {...(isVisit ? {} : { back: '/m/tickets' })}
      footer={
        <Button
          block
          color="primary"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="submit-ticket"
        >
          {t('tickets:phone.submit.submit')}
        </Button>
      }
    >
      <p className="lx-section">
        {isVisit ? t('tickets:phone.submit.visitIntro') : t('tickets:phone.submit.intro')}
      </p>
      <FormError text={error} />
      <Form
        form={form}
        layout="vertical"
        mode="card"
        initialValues={{
          kind: initialKind,
          placeId: me.placeId ?? undefined,
          isAnonymous: false,
          isPublic: false,
          photos: [],
        }}
        onFinish={(v) => void onFinish(v)}
      >
        {isVisit ? (
          <>
            <Form.Header>{t('tickets:phone.submit.whoTitle')}</Form.Header>
            <Form.Item name="submitterName" label={t('tickets:phone.submit.submitterName')}>
              <Input
                maxLength={50}
                placeholder={t('tickets:phone.submit.submitterNamePlaceholder')}
                clearable
              />
            </Form.Item>
            <Form.Item
              name="submitterPhone"
              label={t('tickets:phone.submit.submitterPhone')}
              rules={[{ pattern: PHONE_PATTERN, message: t('auth:phone.auth.phoneInvalid') }]}
            >
              <Input
                type="tel"
                inputMode="numeric"
                maxLength={11}
                placeholder={t('tickets:phone.submit.submitterPhonePlaceholder')}
                clearable
              />
            </Form.Item>
          </>
        ) : null}
        <Form.Header>{t('tickets:phone.submit.whatTitle')}</Form.Header>
        <Form.Item name="kind" label={t('tickets:phone.submit.kind')}>
          <KindField />
        </Form.Item>
        <Form.Item
          name="categoryId"
          label={t('tickets:phone.submit.category')}
          description={t('tickets:phone.submit.categoryHint')}
        >
          <CategoryField kind={kind} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('tickets:phone.submit.titleLabel')}
          rules={[
            { required: true, whitespace: true, message: t('tickets:phone.submit.titleRequired') },
            { min: 2, message: t('tickets:phone.submit.titleShort') },
          ]}
        >
          <Input maxLength={100} placeholder={t(`tickets:phone.submit.titlePlaceholder.${kind}`)} clearable />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('tickets:phone.submit.description')}
          rules={[
            { required: true, whitespace: true, message: t('tickets:phone.submit.descriptionRequired') },
          ]}
        >
          <TextArea
            rows={4}
            maxLength={2000}
            showCount
            placeholder={t('tickets:phone.submit.descriptionPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="photos" label={t('tickets:phone.submit.photos')}>
          <PhotoField />
        </Form.Item>
        <Form.Header>{t('tickets:phone.submit.whereTitle')}</Form.Header>
        <Form.Item
          name="placeId"
          label={t('tickets:phone.submit.place')}
          description={
            isVisit ? t('tickets:phone.submit.placeHintVisit') : t('tickets:phone.submit.placeHint')
          }
          rules={[{ required: true, message: t('tickets:phone.submit.placeRequired') }]}
        >
          <PlacePicker
            rootId={isVisit ? me.placeId : null}
            isSelectable={(level) => !['district', 'street'].includes(level)}
            hideGrids={!isVisit}
            placeholder={t('tickets:phone.submit.placePlaceholder')}
            testId="place-picker"
          />
        </Form.Item>
        <Form.Item name="address" label={t('tickets:phone.submit.address')}>
          <Input maxLength={200} placeholder={t('tickets:phone.submit.addressPlaceholder')} clearable />
        </Form.Item>
        <Form.Header>{t('tickets:phone.submit.privacyTitle')}</Form.Header>
        <Form.Item name="isAnonymous" valuePropName="checked">
          <ToggleRow
            label={t('tickets:phone.submit.anonymous')}
            description={t('tickets:phone.submit.anonymousHint')}
            testId="anonymous"
          />
        </Form.Item>
        <Form.Item name="isPublic" valuePropName="checked">
          <ToggleRow
            label={isVisit ? t('tickets:phone.submit.publicVisit') : t('tickets:phone.submit.public')}
            description={t('tickets:phone.submit.publicHint')}
            testId="public"
          />
        </Form.Item>
      </Form>
    </Page>
  );
}
