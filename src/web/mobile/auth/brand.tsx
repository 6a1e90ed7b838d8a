import { useTranslation } from 'react-i18next';

/** The red band with the name and the slogan, on the pages before sign-in. */
export function Brand() {
  const { t } = useTranslation();
  return (
    <div className="lx-brand">
      <h1>{t('appName')}</h1>
      <p>{t('appSlogan')}</p>
    </div>
  );
}
