import type { Locale } from '../../platform/messages';
import { type NoticeText, registerSubject } from '../notifications';

// What a lead unit's staff are told by the weekly urging (一周一督促): a project of theirs has had no progress
// report for a week. The notice names the project; its link opens the phone's report page.

type UrgeParams = { name: string; lastReportedOn: string | null };

function urgeText(locale: Locale, p: UrgeParams): NoticeText {
  if (locale === 'zh-CN') {
    const since = p.lastReportedOn ? `最近一次填报为 ${p.lastReportedOn}` : '尚未填报过进度';
    return {
      title: `请填报「${p.name}」的进度`,
      body: `您单位领办的项目「${p.name}」已超过 7 天未填报进度（${since}），请尽快填报本周进展。`,
    };
  }
  const since = p.lastReportedOn ? `last report on ${p.lastReportedOn}` : 'no report yet';
  return {
    title: `Please report the progress of “${p.name}”`,
    body: `The project your unit leads, “${p.name}”, has had no progress report for over 7 days (${since}). Please report this week’s progress.`,
  };
}

/** `urge`: the weekly reminder to report. Inbox only: staff see it under the bell on desk and phone alike. */
export const URGE_NOTICES = registerSubject<{ urge: UrgeParams }>({
  type: 'project_reminder',
  link: (projectId) => `/m/projects/${projectId}/report`,
  templates: {
    urge: {
      text: { 'zh-CN': (p) => urgeText('zh-CN', p), 'en-US': (p) => urgeText('en-US', p) },
    },
  },
});
