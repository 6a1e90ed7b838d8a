import { describe, expect, it } from 'vitest';
import {
  actionsFrom,
  closedStates,
  defineWorkflow,
  mayTake,
  nextStateOf,
  openStates,
  requiredFields,
  statesIn,
  targetOf,
  terminalStates,
  validateWorkflow,
} from './workflow';

// A small made-up subject (an activity sign-up), apart from tickets: the helpers must not know tickets.
const SIGN_UP = {
  initial: 'draft',
  states: {
    draft: { isOpen: true },
    published: { isOpen: true, groups: ['public'] },
    full: { isOpen: true, groups: ['public'] },
    held: { isOpen: false, groups: ['public'] },
    cancelled: { isOpen: false },
  },
  actions: {
    publish: { from: ['draft'], who: ['organiser'], requires: [], to: 'published' },
    fill: {
      from: ['published'],
      who: ['system'],
      requires: [],
      to: {
        among: ['published', 'full'],
        choose: (facts: { state: string; seats: number }) => (facts.seats === 0 ? 'full' : 'published'),
      },
    },
    hold: { from: ['published', 'full'], who: ['organiser'], requires: ['report'], to: 'held' },
    cancel: {
      from: ['draft', 'published', 'full'],
      who: ['organiser', 'above'],
      notBy: ['volunteer'],
      requires: ['reason'],
      to: 'cancelled',
    },
    remark: { from: ['published'], who: ['organiser'], requires: ['note'], to: 'same' },
  },
} as const;

type SignUpState = keyof typeof SIGN_UP.states;
const at = (state: SignUpState, seats = 1) => ({ state, seats });

describe('a workflow definition', () => {
  it('accepts a sound one and derives its sets', () => {
    const flow = defineWorkflow(SIGN_UP);
    expect(openStates(flow)).toEqual(['draft', 'published', 'full']);
    expect(closedStates(flow)).toEqual(['held', 'cancelled']);
    expect(terminalStates(flow)).toEqual(['held', 'cancelled']);
    expect(statesIn(flow.states, 'public')).toEqual(['published', 'full', 'held']);
    expect(actionsFrom(flow, 'published')).toEqual(['fill', 'hold', 'cancel', 'remark']);
    expect(actionsFrom(flow, 'held')).toEqual([]);
    expect(requiredFields(flow, 'cancel')).toEqual(['reason']);
    expect(targetOf(flow, 'hold')).toBe('held');
    expect(() => targetOf(flow, 'fill')).toThrow();
    expect(() => targetOf(flow, 'remark')).toThrow();
  });

  it('moves: a fixed target, the same state, or a choice', () => {
    expect(nextStateOf(SIGN_UP.actions.hold, at('full'), {})).toBe('held');
    expect(nextStateOf(SIGN_UP.actions.remark, at('published'), {})).toBe('published');
    expect(nextStateOf(SIGN_UP.actions.fill, at('published', 0), {})).toBe('full');
    expect(nextStateOf(SIGN_UP.actions.fill, at('published', 3), {})).toBe('published');
  });

  it('says who may: any one listed, never one barred', () => {
    expect(mayTake(SIGN_UP.actions.cancel, new Set(['above']))).toBe(true);
    expect(mayTake(SIGN_UP.actions.cancel, new Set(['above', 'volunteer']))).toBe(false);
    expect(mayTake(SIGN_UP.actions.cancel, new Set(['resident']))).toBe(false);
  });

  it('refuses an action from an unknown state', () => {
    const broken = {
      ...SIGN_UP,
      actions: { ...SIGN_UP.actions, reopen: { ...SIGN_UP.actions.publish, from: ['archived'] } },
    };
    expect(validateWorkflow(broken)).toEqual(['reopen starts from unknown state archived']);
    expect(() => defineWorkflow(broken)).toThrow(/unknown state archived/);
  });

  it('refuses a target that is not a state, an unreachable state, an open dead end and an empty who', () => {
    expect(
      validateWorkflow({
        ...SIGN_UP,
        actions: { ...SIGN_UP.actions, hold: { ...SIGN_UP.actions.hold, to: 'done' } },
      }),
    ).toEqual(['hold leads to unknown state done', 'no action leads to held']);
    expect(
      validateWorkflow({
        ...SIGN_UP,
        actions: {
          ...SIGN_UP.actions,
          fill: { ...SIGN_UP.actions.fill, to: { ...SIGN_UP.actions.fill.to, among: ['published', 'gone'] } },
        },
      }),
    ).toEqual(['fill leads to unknown state gone', 'no action leads to full']);
    expect(validateWorkflow({ ...SIGN_UP, states: { ...SIGN_UP.states, paused: { isOpen: true } } })).toEqual(
      ['no action leads to paused', 'open state paused has no way out'],
    );
    expect(validateWorkflow({ ...SIGN_UP, initial: 'new' })).toContain('initial state new is not a state');
    expect(
      validateWorkflow({
        ...SIGN_UP,
        actions: { ...SIGN_UP.actions, publish: { ...SIGN_UP.actions.publish, who: [] } },
      }),
    ).toEqual(['publish may be taken by nobody']);
  });
});
