import { Form } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { limitRule } from '../../ui/text-limit';
import { LimitedTextArea } from '../ui/limited-text';
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
      <Form.Item
        name="note"
        label={t('tickets:phone.progress.note')}
        rules={[
          { required: true, whitespace: true, message: t('tickets:phone.progress.noteRequired') },
          limitRule(TEXT_LIMITS.moveNote),
        ]}
      >
        <LimitedTextArea
          rows={4}
          limit={TEXT_LIMITS.moveNote}
          placeholder={t('tickets:phone.progress.notePlaceholder')}
        />
      </Form.Item>
    </MoveFormPage>
  );
}
