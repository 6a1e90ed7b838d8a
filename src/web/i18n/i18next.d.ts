// Translation keys are typed from the zh-CN files (the default language; the parity test holds en-US to the
// same keys), so t('…') with a key that does not exist, or a namespace a screen did not ask for, fails to compile.
import 'i18next';
import type common from './zh-CN/common.json';
import type console from './zh-CN/console.json';
import type mobile from './zh-CN/mobile.json';
import type tickets from './zh-CN/tickets.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      console: typeof console;
      mobile: typeof mobile;
      tickets: typeof tickets;
    };
  }
}
