// Translation keys are typed from the zh-CN files (the default language; the parity test holds en-US to the
// same keys), so t('…') with a key that does not exist, or a namespace a screen did not ask for, fails to compile.
// One line per namespace; a test checks this list against the files.
import 'i18next';
import type accounts from './zh-CN/accounts.json';
import type activities from './zh-CN/activities.json';
import type audit from './zh-CN/audit.json';
import type auth from './zh-CN/auth.json';
import type bulletins from './zh-CN/bulletins.json';
import type campaigns from './zh-CN/campaigns.json';
import type certificates from './zh-CN/certificates.json';
import type common from './zh-CN/common.json';
import type config from './zh-CN/config.json';
import type console from './zh-CN/console.json';
import type evaluations from './zh-CN/evaluations.json';
import type exchange from './zh-CN/exchange.json';
import type mobile from './zh-CN/mobile.json';
import type places from './zh-CN/places.json';
import type projects from './zh-CN/projects.json';
import type rectification from './zh-CN/rectification.json';
import type routing from './zh-CN/routing.json';
import type security from './zh-CN/security.json';
import type selection from './zh-CN/selection.json';
import type services from './zh-CN/services.json';
import type stations from './zh-CN/stations.json';
import type stats from './zh-CN/stats.json';
import type tickets from './zh-CN/tickets.json';
import type units from './zh-CN/units.json';
import type volunteerFigures from './zh-CN/volunteer-figures.json';
import type volunteers from './zh-CN/volunteers.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      accounts: typeof accounts;
      activities: typeof activities;
      audit: typeof audit;
      auth: typeof auth;
      bulletins: typeof bulletins;
      campaigns: typeof campaigns;
      certificates: typeof certificates;
      common: typeof common;
      config: typeof config;
      console: typeof console;
      evaluations: typeof evaluations;
      exchange: typeof exchange;
      mobile: typeof mobile;
      places: typeof places;
      projects: typeof projects;
      rectification: typeof rectification;
      selection: typeof selection;
      routing: typeof routing;
      security: typeof security;
      services: typeof services;
      stations: typeof stations;
      stats: typeof stats;
      tickets: typeof tickets;
      units: typeof units;
      volunteers: typeof volunteers;
      'volunteer-figures': typeof volunteerFigures;
    };
  }
}
