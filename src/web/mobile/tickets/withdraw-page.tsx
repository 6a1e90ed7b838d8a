import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { LimitedTextItem } from '../ui/limited-text';
import { MoveFormPage } from './move-form';

/** 撤回: the resident closes their own open request (outcome withdrawn), with an optional reason. */
export function WithdrawPage() {
  const { t } = useTranslation(['tickets']);
  return (
    <MoveFormPage<{ note?: string }>
      title={t('tickets:phone.withdraw.title')}
      explain={t('tickets:phone.withdraw.explain')}
      submit={{ label: t('tickets:phone.withdraw.submit'), color: 'danger', testId: 'withdraw-submit' }}
      moveOf={({ note }) => ({
        action: 'close',
        outcome: 'withdrawn',
        ...(note?.trim() ? { note: note.trim() } : {}),
      })}
      notice="withdrawn"
    >
      <LimitedTextItem
        name="note"
        label={t('tickets:phone.withdraw.reason')}
        limit={TEXT_LIMITS.moveNote}
        rows={3}
        placeholder={t('tickets:phone.withdraw.reasonPlaceholder')}
      />
    </MoveFormPage>
  );
}
