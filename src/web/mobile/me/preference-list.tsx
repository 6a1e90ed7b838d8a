import { EyeOutlined, GlobalOutlined } from '@ant-design/icons';
import { List, Selector, Switch } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES, type Language, setLanguage } from '../../i18n';
import { setElderly, useElderly } from '../elderly';

/** 长辈版 and language: the two switches a resident may need before anything else, remembered here. */
export function PreferenceList() {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  const elderly = useElderly();
  return (
    <List header={t('me.preferences')} mode="card">
      <ElderlySwitchItem />
      <List.Item
        prefix={<GlobalOutlined aria-hidden />}
        description={
          <Selector<Language>
            aria-label={t('common:language')}
            columns={2}
            value={[currentLanguage()]}
            onChange={(v) => v[0] && setLanguage(v[0])}
            showCheckMark={!elderly}
            options={LANGUAGES.map((lng) => ({ value: lng, label: t(`common:languages.${lng}`) }))}
            data-testid="language-switch"
          />
        }
      >
        {t('common:language')}
      </List.Item>
    </List>
  );
}

/** The whole row toggles, so the target is as wide as the screen (≥ 60 px high in elderly mode). */
export function ElderlySwitchItem() {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  const elderly = useElderly();
  return (
    <List.Item
      prefix={<EyeOutlined aria-hidden />}
      description={t('me.elderlyHint')}
      extra={<Switch checked={elderly} aria-label={t('me.elderly')} />}
      onClick={() => setElderly(!elderly)}
      arrow={false}
      data-testid="elderly-switch"
    >
      {t('me.elderly')}
    </List.Item>
  );
}
