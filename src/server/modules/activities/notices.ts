import type { Ctx } from '../../platform/context';
import { minuteIn } from '../../platform/time-zone';
import { registerSubject, sendNotice } from '../notifications';
import { settleActivity } from './repo';

type MovedUpParams = { title: string; startsAt: string };

/** An activity's notices: `moved_up` tells someone on the waiting list that a place became theirs. */
const ACTIVITY_NOTICES = registerSubject<{ moved_up: MovedUpParams }>({
  type: 'activity',
  link: () => '/m/activities',
  templates: {
    moved_up: {
      text: {
        'zh-CN': (p) => ({
          title: `候补成功：${p.title}`,
          body: `有人取消了报名，您已从候补转为报名成功。活动时间 ${p.startsAt}，请准时参加；不能来请及时取消。`,
        }),
        'en-US': (p) => ({
          title: `You have a place: ${p.title}`,
          body: `Someone cancelled, so you moved up from the waiting list. It starts ${p.startsAt}; if you cannot come, please cancel in time.`,
        }),
      },
      // Elderly residents often sign up by phone: the SMS is what tells them.
      outside: (p) => ({ number: p.startsAt, title: p.title, move: '候补成功，已为您保留名额', note: null }),
    },
  },
});

/**
 * Moves the waiting list up into free places, recounts, and tells each person who moved up (by inbox, SMS or
 * WeChat as they chose). The caller holds the activity's lock.
 */
export async function settleAndTell(
  ctx: Ctx,
  a: { id: string; districtId: string; title: string; startsAt: Date },
): Promise<void> {
  const movedUp = await settleActivity(ctx.tx, a.id);
  await sendNotice(ctx, ACTIVITY_NOTICES, {
    districtId: a.districtId,
    subjectId: a.id,
    audience: movedUp,
    template: 'moved_up',
    params: { title: a.title, startsAt: minuteIn(ctx.zone, a.startsAt) },
  });
}
