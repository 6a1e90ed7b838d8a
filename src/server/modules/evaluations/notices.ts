import { type NoticeText, registerSubject } from '../notifications';

// What an urge tells: the lead unit's staff that their project is urged, the urger that it was answered.

type UrgedParams = { name: string; message: string; answerBy: string; urger: string };
type AnsweredParams = { name: string; answer: string; answerer: string };

const urged: Record<'zh-CN' | 'en-US', (p: UrgedParams) => NoticeText> = {
  'zh-CN': (p) => ({
    title: `「${p.name}」被督办，请于 ${p.answerBy} 前答复`,
    body: `${p.urger}：${p.message}`,
  }),
  'en-US': (p) => ({
    title: `“${p.name}” is urged: answer by ${p.answerBy}`,
    body: `${p.urger}: ${p.message}`,
  }),
};

const answered: Record<'zh-CN' | 'en-US', (p: AnsweredParams) => NoticeText> = {
  'zh-CN': (p) => ({ title: `「${p.name}」的督办已答复`, body: `${p.answerer}：${p.answer}` }),
  'en-US': (p) => ({ title: `The urge on “${p.name}” was answered`, body: `${p.answerer}: ${p.answer}` }),
};

/** `urged`: to the lead unit's staff; `answered`: to whoever urged. Inbox only. */
export const URGE_NOTICES = registerSubject<{ urged: UrgedParams; answered: AnsweredParams }>({
  type: 'project_urge',
  link: (id) => `/console/projects/${id}`,
  templates: { urged: { text: urged }, answered: { text: answered } },
});
