import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from './en-US/common.json';
import enConsole from './en-US/console.json';
import enMobile from './en-US/mobile.json';
import enTickets from './en-US/tickets.json';
import zhCommon from './zh-CN/common.json';
import zhConsole from './zh-CN/console.json';
import zhMobile from './zh-CN/mobile.json';
import zhTickets from './zh-CN/tickets.json';

export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'lianxin.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en-US' ? 'en-US' : 'zh-CN';
}

// Namespaces: common (shared words, roles, levels), console (office pages), mobile (phone pages),
// tickets (ticket words and screens shared by both faces).
void i18n.use(initReactI18next).init({
  resources: {
    'zh-CN': { common: zhCommon, console: zhConsole, mobile: zhMobile, tickets: zhTickets },
    'en-US': { common: enCommon, console: enConsole, mobile: enMobile, tickets: enTickets },
  },
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
