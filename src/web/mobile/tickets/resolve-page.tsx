import { Form, Input } from 'antd-mobile';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { TEXT_LIMITS } from '../../../shared/limits';
import { IN_HAND } from '../../../shared/ticket-workflow';
import { uploadPhotos, useTicket } from '../../modules/tickets/api';
import { LimitedTextItem } from '../ui/limited-text';
import { MoveFormPage } from './move-form';
import { PhotoField, type PhotoItem } from './photo-field';

type Values = { result: string; photos: PhotoItem[]; minutes?: string };

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
  const { t } = useTranslation(['tickets']);
  const { id = '' } = useParams();
  const ticket = useTicket(id).data;
  const inHand = ticket ? IN_HAND.includes(ticket.state) : false;
  // The minutes a service order took become its claimants' service hours (required there; a wish may say).
  const withMinutes = ticket?.kind === 'service' || ticket?.kind === 'wish';
  const sent = useRef(new Set<File>());
  const uploadUnsent = async ({ photos }: Values) => {
    const unsent = photos.map((p) => p.extra).filter((file) => !sent.current.has(file));
    if (unsent.length > 0) {
      await uploadPhotos(id, unsent);
      for (const file of unsent) {
        sent.current.add(file);
      }
    }
  };
  return (
    <MoveFormPage<Values>
      title={inHand ? t('tickets:phone.resolve.titleInHand') : t('tickets:phone.resolve.title')}
      explain={inHand ? t('tickets:phone.resolve.explainInHand') : t('tickets:phone.resolve.explain')}
      submit={{ label: t('tickets:phone.resolve.submit'), testId: 'resolve-submit' }}
      moveOf={({ result, minutes }) => ({
        action: 'resolve',
        result: result.trim(),
        ...(minutes ? { minutes: Number(minutes) } : {}),
      })}
      prepare={uploadUnsent}
      initialValues={{ photos: [] }}
      notice="resolved"
    >
      <LimitedTextItem
        name="result"
        label={t('tickets:phone.resolve.result')}
        limit={TEXT_LIMITS.moveResult}
        requiredMessage={t('tickets:phone.resolve.resultRequired')}
        rows={4}
        placeholder={t('tickets:phone.resolve.resultPlaceholder')}
      />
      {withMinutes ? (
        <Form.Item
          name="minutes"
          label={t('tickets:phone.resolve.minutes')}
          description={t('tickets:phone.resolve.minutesHint')}
          rules={[
            { required: ticket?.kind === 'service', message: t('tickets:phone.resolve.minutesRequired') },
            {
              validator: async (_: unknown, value: string | undefined) => {
                const n = Number(value);
                if (value && (!Number.isInteger(n) || n < 1 || n > 1440)) {
                  throw new Error(t('tickets:phone.resolve.minutesRange'));
                }
              },
            },
          ]}
        >
          <Input type="number" inputMode="numeric" min={1} max={1440} data-testid="resolve-minutes" />
        </Form.Item>
      ) : null}
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
    </MoveFormPage>
  );
}
