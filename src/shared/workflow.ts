/**
 * A state machine as data (STYLE.md "rules as data"): its states, and for each action the states it may start
 * from, who may take it, the fields it needs, the state it leads to and the effects it has, by name. The server
 * checks moves against it, the web draws buttons and forms from it, the tests read it — each subject (tickets
 * now; projects and activities next) declares one with `defineWorkflow`, and every set of states anyone needs
 * (open, closed, terminal, a named group) is derived from it, never written out again.
 *
 * The vocabulary is the subject's own: `who` names roles or relations of the caller to the subject (the server
 * computes which hold), `requires` names request fields, `effects` names what the server's move does beyond the
 * state (its implementation switches over these names).
 */

/** One state: whether work is still under way in it (its clock runs, it counts as open), and its groups. */
export type StateDef<G extends string = string> = {
  isOpen: boolean;
  /** Named sets of states the subject's code asks for (e.g. "shown on the wish wall"). */
  groups?: readonly G[];
};

/** A next state that depends on the subject and the request: one of `among`, picked by `choose`. */
export type Choice<S extends string, Facts, Input> = {
  among: readonly S[];
  choose: (facts: Facts, input: Input) => S;
};

export type ActionDef<
  S extends string,
  W extends string,
  F extends string,
  E extends string = never,
  Facts = unknown,
  Input = unknown,
> = {
  from: readonly S[];
  /** Who may take it: any one of these suffices. */
  who: readonly W[];
  /** Who may never take it, whatever else they are (四眼原则: nobody answers their own request). */
  notBy?: readonly W[];
  requires: readonly F[];
  /** The next state; `same` keeps it (flags, notes, deadlines). */
  to: S | 'same' | Choice<S, Facts, Input>;
  effects?: readonly E[];
};

/**
 * The shape every definition has, whatever its names: what the generic helpers and the validation read.
 * (`never` arguments: any `choose` function fits.)
 */
type AnyWorkflow = {
  initial: string;
  states: Record<string, StateDef>;
  actions: Record<
    string,
    {
      from: readonly string[];
      who: readonly string[];
      notBy?: readonly string[];
      requires: readonly string[];
      to: string | { among: readonly string[]; choose: (facts: never, input: never) => string };
    }
  >;
};

/** The problems of a definition, in words; empty when it is sound. */
export function validateWorkflow(def: AnyWorkflow): string[] {
  const states = new Set(Object.keys(def.states));
  const problems: string[] = [];
  if (!states.has(def.initial)) {
    problems.push(`initial state ${def.initial} is not a state`);
  }
  const reached = new Set([def.initial]);
  for (const [name, action] of Object.entries(def.actions)) {
    if (action.from.length === 0) {
      problems.push(`${name} starts from no state`);
    }
    for (const s of action.from) {
      if (!states.has(s)) {
        problems.push(`${name} starts from unknown state ${s}`);
      }
    }
    const targets = typeof action.to === 'string' ? [action.to] : action.to.among;
    for (const s of targets) {
      if (s !== 'same' && !states.has(s)) {
        problems.push(`${name} leads to unknown state ${s}`);
      }
      reached.add(s);
    }
    if (action.who.length === 0) {
      problems.push(`${name} may be taken by nobody`);
    }
  }
  for (const [state, def_] of Object.entries(def.states)) {
    if (!reached.has(state)) {
      problems.push(`no action leads to ${state}`);
    }
    // An open state nobody can leave would keep its clock running for ever.
    if (def_.isOpen && !Object.values(def.actions).some((a) => a.from.includes(state) && a.to !== 'same')) {
      problems.push(`open state ${state} has no way out`);
    }
  }
  return problems;
}

/** The definition itself, once it is known to be sound: a broken one stops the program at load. */
export function defineWorkflow<const D extends AnyWorkflow>(def: D): D {
  const problems = validateWorkflow(def);
  if (problems.length > 0) {
    throw new Error(`invalid workflow: ${problems.join('; ')}`);
  }
  return def;
}

type StatesOf<D extends Pick<AnyWorkflow, 'states'>> = keyof D['states'] & string;
type ActionsOf<D extends Pick<AnyWorkflow, 'actions'>> = keyof D['actions'] & string;

/** The states in a group, in the order the definition lists them. */
export function statesIn<S extends string, G extends string>(states: Record<S, StateDef<G>>, group: G): S[] {
  return (Object.keys(states) as S[]).filter((s) => states[s].groups?.includes(group));
}

/** States in which work is under way. */
export function openStates<D extends Pick<AnyWorkflow, 'states'>>(def: D): StatesOf<D>[] {
  return (Object.keys(def.states) as StatesOf<D>[]).filter((s) => def.states[s]?.isOpen);
}

/** States in which no work is under way: finished, or waiting on a last step such as a rating. */
export function closedStates<D extends Pick<AnyWorkflow, 'states'>>(def: D): StatesOf<D>[] {
  return (Object.keys(def.states) as StatesOf<D>[]).filter((s) => !def.states[s]?.isOpen);
}

/** States no action leaves: the end of the road. */
export function terminalStates<D extends AnyWorkflow>(def: D): StatesOf<D>[] {
  return (Object.keys(def.states) as StatesOf<D>[]).filter((s) => actionsFrom(def, s).length === 0);
}

/** The actions that may start from a state, whoever asks. */
export function actionsFrom<D extends AnyWorkflow>(def: D, state: StatesOf<D>): ActionsOf<D>[] {
  return (Object.keys(def.actions) as ActionsOf<D>[]).filter((a) => def.actions[a]?.from.includes(state));
}

/** The fields an action cannot be taken without. */
export function requiredFields<D extends AnyWorkflow, A extends ActionsOf<D>>(
  def: D,
  action: A,
): D['actions'][A]['requires'] {
  return def.actions[action]?.requires ?? [];
}

/** Whether a caller holding `holds` may take the action. */
export function mayTake<W extends string>(
  action: { who: readonly W[]; notBy?: readonly W[] | undefined },
  holds: ReadonlySet<W>,
): boolean {
  return action.who.some((w) => holds.has(w)) && !action.notBy?.some((w) => holds.has(w));
}

/** The state an action leads to from `facts.state`. */
export function nextStateOf<S extends string, Facts extends { state: S }, Input>(
  action: { to: NoInfer<S> | 'same' | Choice<NoInfer<S>, NoInfer<Facts>, NoInfer<Input>> },
  facts: Facts,
  input: Input,
): S {
  const to = action.to;
  if (to === 'same') {
    return facts.state;
  }
  return typeof to === 'string' ? to : to.choose(facts, input);
}

/** Where an action always leads; throws for one that keeps the state or chooses it. */
export function targetOf<D extends AnyWorkflow>(def: D, action: ActionsOf<D>): StatesOf<D> {
  const to = def.actions[action]?.to;
  if (typeof to !== 'string' || to === 'same') {
    throw new Error(`${action} has no single target state`);
  }
  return to as StatesOf<D>;
}
