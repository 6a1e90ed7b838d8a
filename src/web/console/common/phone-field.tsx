import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The phone of a unit or station. The server only ever sends it masked and a save replaces it, so editing
 * asks for the full number again and says that an empty field clears it.
 */
export function PhoneField({ current }: { current: string | null }) {
  const { t } = useTranslation('console');
  return (
    <Form.Item
      name="phone"
      label={t('phone')}
      extra={current ? t('phoneReenter', { current }) : undefined}
      rules={[{ pattern: /^1[3-9]\d{9}$|^0\d{2,3}-?\d{7,8}$/, message: t('phoneFormat') }]}
    >
      <Input inputMode="tel" />
    </Form.Item>
  );
}
