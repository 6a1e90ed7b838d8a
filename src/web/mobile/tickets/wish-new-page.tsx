import { EyeInvisibleOutlined, LockOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { useMe } from '../../modules/auth/session';
import { usePlace } from '../../modules/places/api';
import { useCategories, useSubmitTicket } from '../../modules/tickets/api';
import { wishWallPreview } from '../../modules/tickets/wish-wall';
import { PlacePicker } from '../places/place-picker';
import { showProblem } from '../ui/form-errors';
import { LimitedTextItem } from '../ui/limited-text';
import { Page, Section } from '../ui/page';
import { FormError } from '../ui/states';
import { ToggleRow } from '../ui/toggle-row';
import { CategoryField, fitsKind } from './category-field';
import { PhotoField, type PhotoItem } from './photo-field';
import { WishCard } from './wish-card';

type Values = {
  title: string;
  description: string;
  categoryId?: string;
  photos?: PhotoItem[];
  placeId: string;
  isPublic: boolean;
};

/**
 * 许个心愿: a resident's wish in one short form — what, a few words, where (their home unless they change it), a
 * photo if they like — and, as a choice of its own, the wish wall: on by default, with the card the neighbours
 * will see drawn live beside it and what stays private said plainly; turned off, it says that then only the
 * community can find someone for it. Only the categories made for wishes are offered (none, and the server
 * files it without one).
 */
export function WishNewPage() {
  const { t } = useTranslation(['tickets', 'mobile']);
  const me = useMe().data;
  const navigate = useNavigate();
  const submit = useSubmitTicket();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hasCategories = useCategories().data?.some((c) => fitsKind(c, 'wish', true)) ?? false;
  const title = (Form.useWatch('title', form) as string | undefined) ?? '';
  const description = (Form.useWatch('description', form) as string | undefined) ?? '';
  const placeId = (Form.useWatch('placeId', form) as string | undefined) ?? me?.placeId ?? undefined;
  const isPublic = (Form.useWatch('isPublic', form) as boolean | undefined) ?? true;
  const place = usePlace(placeId);
  if (!me) {
    return null;
  }
  const onFinish = async ({ photos = [], categoryId, ...v }: Values) => {
    setBusy(true);
    setError(null);
    try {
      const created = await submit(
        {
          ...v,
          kind: 'wish',
          urgency: 'normal',
          horizon: 'deadline',
          isAnonymous: false,
          ...(categoryId ? { categoryId } : {}),
        },
        photos.map((p) => p.extra),
      );
      const notice = created.photosFailed ? 'photosFailed' : v.isPublic ? 'wishPublic' : 'wishPrivate';
      void navigate(`/m/tickets/${created.id}`, { replace: true, state: { notice } });
    } catch (e) {
      setError(showProblem(form, e, t('mobile:errors.network')));
    } finally {
      setBusy(false);
    }
  };
  const card = wishWallPreview({
    title,
    description,
    place: place.data,
    submitterName: me.displayName,
    isAnonymous: false,
  });
  return (
    <Page
      title={t('phone.wish.title')}
      back="/m/tickets/wishes"
      footer={
        <Button
          block
          color="primary"
          size="large"
          loading={busy}
          onClick={() => form.submit()}
          data-testid="submit-wish"
        >
          {t('phone.wish.submit')}
        </Button>
      }
    >
      <p className="lx-section">{t('phone.wish.intro')}</p>
      <FormError text={error} />
      <Form
        form={form}
        layout="vertical"
        mode="card"
        initialValues={{ placeId: me.placeId ?? undefined, isPublic: true, photos: [] }}
        onFinish={(v) => void onFinish(v)}
      >
        <LimitedTextItem
          name="title"
          label={t('phone.wish.titleLabel')}
          limit={TEXT_LIMITS.ticketTitle}
          requiredMessage={t('phone.wish.titleRequired')}
          placeholder={t('phone.wish.titlePlaceholder')}
          clearable
        />
        <LimitedTextItem
          name="description"
          label={t('phone.wish.words')}
          limit={TEXT_LIMITS.ticketDescription}
          requiredMessage={t('phone.wish.wordsRequired')}
          rows={3}
          placeholder={t('phone.wish.wordsPlaceholder')}
        />
        {hasCategories ? (
          <Form.Item name="categoryId" label={t('phone.wish.category')}>
            <CategoryField kind="wish" strict />
          </Form.Item>
        ) : null}
        <Form.Item name="photos" label={t('phone.submit.photos')} description={t('phone.wish.photosHint')}>
          <PhotoField />
        </Form.Item>
        <Form.Item
          name="placeId"
          label={t('phone.wish.place')}
          description={t('phone.wish.placeHint')}
          rules={[{ required: true, message: t('phone.submit.placeRequired') }]}
        >
          <PlacePicker
            rootId={null}
            isSelectable={(level) => !['district', 'street'].includes(level)}
            placeholder={t('phone.submit.placePlaceholder')}
            testId="place-picker"
          />
        </Form.Item>
        <Form.Header>{t('phone.wish.wallTitle')}</Form.Header>
        <Form.Item name="isPublic" valuePropName="checked">
          <ToggleRow
            label={t('phone.wish.onWall')}
            description={t('phone.wish.onWallHint')}
            testId="wish-on-wall"
          />
        </Form.Item>
      </Form>
      {isPublic ? (
        <Section title={t('phone.wish.previewTitle')}>
          <div className="lx-wish-preview">
            <WishCard card={card} testId="wish-preview" />
          </div>
          <p className="lx-muted lx-wish-private" data-testid="wish-private">
            <LockOutlined aria-hidden /> <span>{t('phone.wish.private')}</span>
          </p>
        </Section>
      ) : (
        <Section>
          <p className="lx-wish-private lx-wish-off" role="status" data-testid="wish-off-wall">
            <EyeInvisibleOutlined aria-hidden /> <span>{t('phone.wish.offWall')}</span>
          </p>
        </Section>
      )}
    </Page>
  );
}
