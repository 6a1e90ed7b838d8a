import type { Locale } from '../../platform/messages';
import { type NoticeText, registerSubject } from '../notifications';

// What a project's followers are told: every progress report, every change of status (慢序时, 办结).

type ReportParams = { name: string; progress: number; note: string };
type StatusParams = { name: string; status: string };

const STATUS_WORDS: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    on_track: '按序时推进',
    behind: '滞后于序时进度',
    seriously_behind: '严重滞后于序时进度',
    overdue: '已超期',
    done: '已验收办结',
  },
  'en-US': {
    on_track: 'on track',
    behind: 'behind its planned progress',
    seriously_behind: 'seriously behind its planned progress',
    overdue: 'overdue',
    done: 'accepted as done',
  },
};

function reportText(locale: Locale, p: ReportParams): NoticeText {
  return locale === 'zh-CN'
    ? { title: `「${p.name}」进度更新至 ${p.progress}%`, body: p.note }
    : { title: `“${p.name}” is now ${p.progress}% done`, body: p.note };
}

function statusText(locale: Locale, p: StatusParams): NoticeText {
  const words = STATUS_WORDS[locale][p.status] ?? p.status;
  return locale === 'zh-CN'
    ? { title: `「${p.name}」${words}`, body: `您关注的项目「${p.name}」${words}` }
    : { title: `“${p.name}” is ${words}`, body: `The project you follow, “${p.name}”, is ${words}` };
}

/** `report`: a progress report was filed; `status`: the project's status changed. Inbox only. */
export const PROJECT_NOTICES = registerSubject<{ report: ReportParams; status: StatusParams }>({
  type: 'project',
  link: (id) => `/m/projects/${id}`,
  templates: {
    report: { text: { 'zh-CN': (p) => reportText('zh-CN', p), 'en-US': (p) => reportText('en-US', p) } },
    status: { text: { 'zh-CN': (p) => statusText('zh-CN', p), 'en-US': (p) => statusText('en-US', p) } },
  },
});
