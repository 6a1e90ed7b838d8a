import { Form } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import { limitRule } from '../../ui/text-limit';
import { LimitedTextArea } from '../ui/limited-text';
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
      <Form.Item
        name="note"
        label={t('tickets:phone.withdraw.reason')}
        rules={[limitRule(TEXT_LIMITS.moveNote)]}
      >
        <LimitedTextArea
          rows={3}
          limit={TEXT_LIMITS.moveNote}
          placeholder={t('tickets:phone.withdraw.reasonPlaceholder')}
        />
      </Form.Item>
    </MoveFormPage>
  );
}
