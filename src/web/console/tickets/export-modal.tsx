import { Alert, Checkbox, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  isExporting: boolean;
  onExport: (fullPhones: boolean) => void;
  onClose: () => void;
};

/**
 * 导出 for those who may export phones whole (ticket.export_phones): masked by default, the full numbers only
 * when ticked, with the warning that the server audits it. Other desks export straight away, masked.
 */
export function ExportModal({ isExporting, onExport, onClose }: Props) {
  const { t } = useTranslation('tickets');
  const [fullPhones, setFullPhones] = useState(false);
  return (
    <Modal
      open
      title={t('office.list.exportTitle')}
      okText={t('office.list.exportConfirm')}
      okButtonProps={{ loading: isExporting }}
      onOk={() => onExport(fullPhones)}
      onCancel={onClose}
    >
      <Typography.Paragraph>{t('office.list.exportHint')}</Typography.Paragraph>
      <Checkbox checked={fullPhones} onChange={(e) => setFullPhones(e.target.checked)}>
        {t('office.list.exportFullPhones')}
      </Checkbox>
      {fullPhones ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          message={t('office.list.exportFullPhonesHint')}
        />
      ) : null}
    </Modal>
  );
}
