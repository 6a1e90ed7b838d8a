import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, type Language, setLanguage } from '../../i18n';

/** 中文 / English, remembered on this device. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <Select<Language>
      value={currentLanguage()}
      onChange={setLanguage}
      variant="borderless"
      suffixIcon={<GlobalOutlined />}
      aria-label={t('language')}
      data-testid="language-switch"
      popupMatchSelectWidth={false}
      options={LANGUAGES.map((lng) => ({ value: lng, label: t(`languages.${lng}`) }))}
    />
  );
}
