/**
 * What learners call a scenario: by what it shows ("the exploding one", "the clipping demo",
 * "the GRU comparison", "the long-gap task"), not by its id or title. Each alias names one
 * scenario; where one alias lies inside a longer one ("lstm" in "gru vs lstm"), the longer wins.
 */
import { getScenario, type ScenarioDefinition } from "@/lib/sim";

interface Aliases {
  /** What the scenario shows, in a few words: the list "which one?" offers. */
  shows: string;
  /** The name that list suggests saying (it is one of the aliases). */
  say: string;
  phrases: readonly string[];
}

export const SCENARIO_ALIASES: Readonly<Record<string, Aliases>> = {
  "why-lstm-solves-vanishing-gradients": {
    say: "the RNN vs LSTM one",
    shows: "how far back the gradient reaches in a tanh RNN and an LSTM",
    phrases: [
      "rnn vs lstm",
      "rnn versus lstm",
      "rnn against lstm",
      "lstm vs rnn",
      "lstm versus rnn",
      "lstm against rnn",
      "rnn and lstm",
      "lstm vs plain rnn",
      "plain rnn vs lstm",
      "vanishing comparison",
      "how far back",
      "how-far-back",
      "gradient reach",
      "reach comparison",
    ],
  },
  "how-lstm-handles-exploding-gradients": {
    say: "the exploding one",
    shows: "exploding gradients and what clipping does to them",
    phrases: [
      "exploding",
      "explosion",
      "blow-up",
      "blow up",
      "blowing up",
      "clipping",
      "clip demo",
      "cliff",
      "gradient clipping",
    ],
  },
  "how-to-fix-vanishing-gradients": {
    say: "the residual one",
    shows: "the fixes for vanishing: activations, identity initialisation, residual paths",
    phrases: [
      "fix vanishing",
      "fix-vanishing",
      "vanishing fix",
      "vanishing fixes",
      "residual",
      "residuals",
      "skip connection",
      "skip connections",
      "stacks",
      "chains",
      "chain comparison",
      "irnn",
      "identity init",
      "identity initialisation",
      "identity initialization",
    ],
  },
  "what-problem-lstm-solves": {
    say: "the long-gap task",
    shows: "an LSTM storing a bit over a long gap, its gates opening and closing",
    phrases: [
      "remember a bit",
      "remember-a-bit",
      "remember the bit",
      "store a bit",
      "bit task",
      "latch",
      "long-gap",
      "long gap",
      "memory task",
      "bit memory",
      "gates opening",
      "gate activations",
    ],
  },
  "why-lstm-gradients-do-not-vanish-backward": {
    say: "the backward pass one",
    shows: "full backpropagation against the 1997 truncated gradient",
    phrases: [
      "backward pass",
      "backward-pass",
      "backward one",
      "full vs truncated",
      "full versus truncated",
      "full and truncated",
      "truncated gradient",
      "truncated bptt",
      "truncation",
      "truncated",
      "full bptt",
    ],
  },
  "spectral-radius-sweep": {
    say: "the spectral radius sweep",
    shows: "the gradient after T steps against the size of W",
    phrases: [
      "spectral radius sweep",
      "spectral sweep",
      "radius sweep",
      "sweep",
      "size of w",
      "jacobian norm",
      "jacobian product",
    ],
  },
  "gru-vs-lstm": {
    say: "the GRU comparison",
    shows: "a GRU, an LSTM and a plain RNN side by side",
    phrases: [
      "gru comparison",
      "gru vs lstm",
      "gru versus lstm",
      "gru against lstm",
      "lstm vs gru",
      "lstm versus gru",
      "lstm against gru",
      "gru and lstm",
      "lstm and gru",
      "gru one",
      "gru demo",
      "gru",
      "grus",
    ],
  },
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * An alias as learners write it: hyphens or spaces between its words, and any article or none
 * ("remember-the-bit", "remember a bit" and "remember bit" are one name).
 */
function loosePhrase(phrase: string): string {
  const words = phrase.split(/[\s-]+/).filter((w) => !ARTICLE.test(w));
  return words.map(escape).join(String.raw`[\s-]+(?:(?:a|an|the)[\s-]+)?`);
}
const ARTICLE = /^(?:a|an|the)$/i;

/** Every alias compiled once. */
const compiled = Object.entries(SCENARIO_ALIASES).flatMap(([id, a]) =>
  a.phrases.map((phrase) => ({
    id,
    words: phrase.split(/[\s-]+/).length,
    re: new RegExp(String.raw`(?<![\w-])${loosePhrase(phrase)}(?![\w-])`, "gi"),
  })),
);

export interface AliasHit {
  scenarioId: string;
  /** Words in the alias: "gru vs lstm" (3) says more than "gru" (1). */
  words: number;
  /** Followed by a run noun ("the exploding one", "the latch demo"): it names a run. */
  run: boolean;
}

/** "one", "demo", "task"… just after an alias: the alias names a run, not a topic. */
const RUN_NOUN_AFTER =
  /^(?:[\s-]+(?:gradients?|lstm|rnn|network|model))?[\s-]+(?:one|demo|scenario|sim|simulation|experiment|task|run|plot|comparison|sweep|case|thing|example|setup)\b/i;
const RUN_NOUN_IN = /\b(?:demo|task|comparison|sweep|one)$/i;

/**
 * The aliases the message uses, none inside a longer one; of two that overlap and are as long,
 * the first said ("gru vs lstm vs rnn" is the GRU comparison).
 */
export function aliasHits(message: string): AliasHit[] {
  const found = compiled.flatMap((c) => {
    c.re.lastIndex = 0;
    return [...message.matchAll(c.re)].map((m) => ({
      c,
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
    }));
  });
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: typeof found = [];
  for (const f of found) if (!taken.some((t) => f.start < t.end && f.end > t.start)) taken.push(f);
  return taken.map(({ c, text, end }) => ({
    scenarioId: c.id,
    words: c.words,
    run: RUN_NOUN_IN.test(text) || RUN_NOUN_AFTER.test(message.slice(end, end + 24)),
  }));
}

/** How strongly the message names `s` by an alias: the longest alias of it used, in words. */
export function aliasScore(s: ScenarioDefinition, hits: readonly AliasHit[]): number {
  return Math.max(0, ...hits.filter((h) => h.scenarioId === s.id).map((h) => h.words));
}

/**
 * The one scenario the message names by an alias, when the aliases used agree on one. With
 * `asRun`, only an alias that names a run ("the exploding one", "the GRU comparison") or says
 * more than one word ("rnn vs lstm") counts: "clipping" alone is a topic, not a scenario.
 */
export function aliasedScenario(message: string, asRun = false): ScenarioDefinition | undefined {
  const hits = aliasHits(message).filter((h) => !asRun || h.run || h.words >= 2);
  const best = Math.max(0, ...hits.map((h) => h.words));
  const ids = new Set(hits.filter((h) => h.words === best).map((h) => h.scenarioId));
  const [only] = [...ids];
  return ids.size === 1 && only ? getScenario(only) : undefined;
}

/** The message with every alias blanked out (what else does it say?). */
export function withoutAliases(message: string): string {
  let out = message;
  for (const c of compiled) {
    c.re.lastIndex = 0;
    out = out.replace(c.re, " ");
  }
  return out;
}
