import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './en-US/common.json';
import { type Language, pickLanguage } from './language';
import zhCommon from './zh-CN/common.json';

export { LANGUAGES, type Language } from './language';

const STORAGE_KEY = 'lianxin.language';

function initialLanguage(): Language {
  return pickLanguage(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language]);
}

// Every namespace but common is a chunk of its own, fetched the first time a screen asks for it
// (useTranslation suspends until then) and again in the other language on a switch.
const LAZY = import.meta.glob<ResourceKey>(['./*/*.json', '!./*/common.json'], { import: 'default' });

const lazyMessages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    const load = LAZY[`./${language}/${namespace}.json`];
    if (!load) {
      done(new Error(`no messages for ${language}/${namespace}`), false);
      return;
    }
    load().then(
      (messages) => done(null, messages),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

// Namespaces: common (shared words, roles, levels; always there), console and mobile (each face's shell and
// its own screens), and one per domain (tickets, places, accounts, …) for the words of that domain's screens.
void i18n
  .use(lazyMessages)
  .use(initReactI18next)
  .init({
    resources: { 'zh-CN': { common: zhCommon }, 'en-US': { common: enCommon } },
    partialBundledLanguages: true,
    ns: ['common'],
    lng: initialLanguage(),
    fallbackLng: 'zh-CN',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });

function apply(language: Language) {
  document.documentElement.lang = language;
  dayjs.locale(language === 'zh-CN' ? 'zh-cn' : 'en');
}
apply(i18n.language as Language);

/** Switches the language everywhere and remembers it; API errors follow (Accept-Language). */
export function setLanguage(language: Language) {
  localStorage.setItem(STORAGE_KEY, language);
  apply(language);
  void i18n.changeLanguage(language);
}

export function currentLanguage(): Language {
  return i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
}

export default i18n;
