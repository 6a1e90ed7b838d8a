import { EnvironmentOutlined, HeartOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Card, Checkbox, Form, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WISH_WALL_STATES } from '../../../shared/ticket-workflow';
import { usePlace } from '../../modules/places/api';
import type { TicketDetail } from '../../modules/tickets/api';
import { type WishWallCard, wishWallPreview } from '../../modules/tickets/wish-wall';

/**
 * 发布认领 of a wish: the card the wish wall will show, made by the same function as the resident's preview on
 * the phone. Without the resident's consent the wish will not be on the wall and no volunteer will see it:
 * that is said before publishing, with the two ways on — assign it directly, or ask the resident; a consent
 * the resident gave on the phone or in person can be recorded here (`isPublic`, kept on the timeline).
 */
export function WishPublishStep({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('tickets');
  const place = usePlace(ticket.placeId);
  const recorded = Form.useWatch('isPublic', Form.useFormInstance()) === true;
  const onWall = ticket.isPublic || recorded;
  const card = wishWallPreview({
    title: ticket.title,
    description: ticket.description,
    place: place.data,
    submitterName: ticket.submitterName,
    isAnonymous: ticket.isAnonymous,
  });
  return (
    <div data-testid="wish-publish">
      {ticket.isPublic ? null : (
        <>
          <Alert
            type={recorded ? 'info' : 'warning'}
            showIcon
            data-testid="wish-no-consent"
            title={recorded ? t('office.wishPublish.consentNow') : t('office.wishPublish.noConsent')}
            description={recorded ? undefined : t('office.wishPublish.noConsentText')}
          />
          <Form.Item
            name="isPublic"
            valuePropName="checked"
            // Unticked sends nothing: the field only ever records a consent, never takes one back.
            normalize={(checked: boolean) => (checked ? true : undefined)}
            style={{ margin: '12px 0' }}
          >
            <Checkbox data-testid="wish-record-consent">{t('office.wishPublish.recordConsent')}</Checkbox>
          </Form.Item>
        </>
      )}
      {onWall ? (
        <>
          <Typography.Text strong>{t('office.wishPublish.previewTitle')}</Typography.Text>
          <WallCardPreview card={card} loading={place.isPending} />
          <Typography.Paragraph type="secondary">
            <LockOutlined aria-hidden /> {t('office.wishPublish.private')}
          </Typography.Paragraph>
        </>
      ) : null}
    </div>
  );
}

/**
 * The wall's card as the phone draws it (mobile/tickets/wish-card.tsx), at a phone's width. Until the place is
 * known the card is a skeleton, so the office never sees a card the wall would not show.
 */
function WallCardPreview({ card, loading }: { card: WishWallCard; loading: boolean }) {
  const { t } = useTranslation('tickets');
  return (
    <Card
      size="small"
      style={{ maxWidth: 360, margin: '8px 0', border: '2px dashed #bfbfbf' }}
      loading={loading}
      data-testid="wish-preview"
    >
      <div>
        <Typography.Text strong style={{ color: '#8a5300' }}>
          <HeartOutlined aria-hidden /> {t('phone.status.pooled')}
        </Typography.Text>
      </div>
      <Typography.Text strong style={{ fontSize: 16 }}>
        <HeartOutlined aria-hidden style={{ color: '#C8102E' }} /> {card.title}
      </Typography.Text>
      <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
        {card.description}
      </Typography.Paragraph>
      <Space size={12} wrap>
        <Typography.Text type="secondary">
          <EnvironmentOutlined aria-hidden /> {card.placeName}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="wish-name">
          <UserOutlined aria-hidden /> {card.submitterName ?? t('phone.wishes.anonymous')}
        </Typography.Text>
      </Space>
    </Card>
  );
}

/**
 * Whether publishing this wish now leaves it off the wall (no consent, none being recorded): the modal's button
 * then says so too.
 */
export function isPublishOffWall(ticket: TicketDetail, recordingConsent: boolean): boolean {
  return ticket.kind === 'wish' && !ticket.isPublic && !recordingConsent;
}

/** Where a wish stands with the wall, beside its state in the detail header. */
export function WishWallTag({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation('tickets');
  if (ticket.kind !== 'wish') {
    return null;
  }
  if (!ticket.isPublic) {
    return <Tag color="warning">{t('office.wishPublish.tagPrivate')}</Tag>;
  }
  return WISH_WALL_STATES.includes(ticket.state) ? (
    <Tag color="success">{t('office.wishPublish.tagOnWall')}</Tag>
  ) : null;
}
