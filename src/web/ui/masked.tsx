import { LockOutlined } from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A personal number exactly as the server sent it (masked, 138****1234). The console never unmasks on its
 * own: revealing goes through an audited API call.
 */
export function MaskedText({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation();
  if (!value) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  const isMasked = value.includes('*');
  return (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
      {value}
      {isMasked ? (
        <Tooltip title={t('masked')}>
          <LockOutlined style={{ marginLeft: 4, color: '#8c8c8c' }} aria-label={t('masked')} />
        </Tooltip>
      ) : null}
    </span>
  );
}
