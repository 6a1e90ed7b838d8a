import { Button, Form, Input, Selector } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { TicketCreate, TicketKind } from '../../../shared/tickets';
import { useMe } from '../../modules/auth/session';
import { useSubmitTicket } from '../../modules/tickets/api';
import { PHONE_PATTERN } from '../auth/register-page';
import { PlacePicker } from '../places/place-picker';
import { showProblem } from '../ui/form-errors';
import { LimitedTextItem } from '../ui/limited-text';
import { Page } from '../ui/page';
import { FormError } from '../ui/states';
import { ToggleRow } from '../ui/toggle-row';
import { CategoryField } from './category-field';
import { PhotoField, type PhotoItem } from './photo-field';

/**
 * What may be asked for here; service orders come from the service menu. A resident's wish has its own short
 * form (wish-new-page.tsx); a grid worker still records one here for the resident in front of them.
 */
export const SUBMIT_KINDS: TicketKind[] = ['problem', 'wish', 'suggestion', 'consultation'];
const RESIDENT_KINDS = SUBMIT_KINDS.filter((k) => k !== 'wish');

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

function KindField({
  kinds,
  value,
  onChange,
}: {
  kinds: TicketKind[];
  value?: TicketKind;
  onChange?: (kind: TicketKind) => void;
}) {
  const { t } = useTranslation('tickets');
  return (
    <Selector<TicketKind>
      columns={2}
      value={value ? [value] : []}
      onChange={(v) => v[0] && onChange?.(v[0])}
      options={kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
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
  const submit = useSubmitTicket();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isVisit = mode === 'visit';
  const kinds = isVisit ? SUBMIT_KINDS : RESIDENT_KINDS;
  const asked = params.get('kind') as TicketKind | null;
  const initialKind = asked && kinds.includes(asked) ? asked : 'problem';
  const kind = (Form.useWatch('kind', form) as TicketKind | undefined) ?? initialKind;
  if (!isVisit && asked === 'wish') {
    // Old links (a shared page, a notice) still lead a resident's wish to its own form.
    return <Navigate to="/m/tickets/wishes/new" replace />;
  }
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
      const created = await submit(
        body,
        photos.map((p) => p.extra),
      );
      const notice = created.photosFailed ? 'photosFailed' : 'submitted';
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
            <LimitedTextItem
              name="submitterName"
              label={t('tickets:phone.submit.submitterName')}
              limit={TEXT_LIMITS.personName}
              placeholder={t('tickets:phone.submit.submitterNamePlaceholder')}
              clearable
            />
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
          <KindField kinds={kinds} />
        </Form.Item>
        <Form.Item
          name="categoryId"
          label={t('tickets:phone.submit.category')}
          description={t('tickets:phone.submit.categoryHint')}
        >
          <CategoryField kind={kind} />
        </Form.Item>
        <LimitedTextItem
          name="title"
          label={t('tickets:phone.submit.titleLabel')}
          limit={TEXT_LIMITS.ticketTitle}
          requiredMessage={t('tickets:phone.submit.titleRequired')}
          placeholder={t(`tickets:phone.submit.titlePlaceholder.${kind}`)}
          data-testid="title-field"
          clearable
        />
        <LimitedTextItem
          name="description"
          label={t('tickets:phone.submit.description')}
          limit={TEXT_LIMITS.ticketDescription}
          requiredMessage={t('tickets:phone.submit.descriptionRequired')}
          rows={4}
          placeholder={t('tickets:phone.submit.descriptionPlaceholder')}
        />
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
        <LimitedTextItem
          name="address"
          label={t('tickets:phone.submit.address')}
          limit={TEXT_LIMITS.address}
          placeholder={t('tickets:phone.submit.addressPlaceholder')}
          clearable
        />
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
