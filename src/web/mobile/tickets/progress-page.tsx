import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { LimitedTextItem } from '../ui/limited-text';
import { MoveFormPage } from './move-form';

/** 记录进展: a note on how it is going, told to the resident and the office (the `progress` move). */
export function ProgressPage() {
  const { t } = useTranslation(['tickets']);
  return (
    <MoveFormPage<{ note: string }>
      title={t('tickets:phone.progress.title')}
      explain={t('tickets:phone.progress.explain')}
      submit={{ label: t('tickets:phone.progress.submit'), testId: 'progress-submit' }}
      moveOf={({ note }) => ({ action: 'progress', note: note.trim() })}
      notice="progressed"
    >
      <LimitedTextItem
        name="note"
        label={t('tickets:phone.progress.note')}
        limit={TEXT_LIMITS.moveNote}
        requiredMessage={t('tickets:phone.progress.noteRequired')}
        rows={4}
        placeholder={t('tickets:phone.progress.notePlaceholder')}
      />
    </MoveFormPage>
  );
}
