import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../shared/limits';
import type { Application } from '../../../shared/volunteers';
import { declineApplication } from '../../modules/volunteers/api';
import { counted, limitRule } from '../../ui/text-limit';
import { RecordModal } from '../common/record-modal';

/** Declining needs a reason: the applicant reads it on their phone. */
export function DeclineModal({
  application,
  onClose,
  onSaved,
}: {
  application: Application;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(['console', 'volunteers']);
  return (
    <RecordModal<{ reason: string }>
      title={t('volunteers:declineTitle', { name: application.realName, team: application.teamName })}
      fieldNames={['reason']}
      submit={(values) => declineApplication(application.id, values.reason)}
      onClose={onClose}
      onSaved={onSaved}
    >
      <Form.Item
        name="reason"
        label={t('volunteers:reason')}
        rules={[{ required: true }, limitRule(TEXT_LIMITS.declineReason, t('volunteers:reason'))]}
      >
        <Input.TextArea
          rows={3}
          {...counted(TEXT_LIMITS.declineReason)}
          placeholder={t('volunteers:reasonPlaceholder')}
        />
      </Form.Item>
    </RecordModal>
  );
}
