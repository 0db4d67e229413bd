/**
 * Follow-ups: short messages that only make sense against the thread ("why?", "show me", "and
 * with 0?", "explain simpler", "what about exploding?", "do modern ones still do that?"). The
 * kind decides how the engine resolves it against the dialogue state.
 */
import { STRONG, WEAK } from "../retrieval/vocabulary";
import { correct } from "../retrieval";
import { terms } from "../retrieval/text";
import { withDigits } from "../simulate/spoken";
import { casualForm } from "./casual";
import { foreignWords } from "./foreign";
import { fragmentOf } from "./fragment";
import { courseTerms } from "./state";
import { asksForOther, asksOrigin, isLost, sameFor, signOf } from "./followup-kinds";

// The pronoun and subject readers live in pronoun.ts; callers import them from here too.
export { hypothetical, OBJECT_PRONOUN, resolvePronoun, subjectOf } from "./pronoun";

export type FollowUp =
  | { kind: "why" | "show" | "simpler" | "example" | "reference" }
  | { kind: "number" }
  /** "double it", "halve that": the thread's main value times `factor`; `dial`, the one named. */
  | { kind: "scale"; factor: number; dial?: string }
  /** "negative", "make it positive": the thread's main value with this sign. */
  | { kind: "sign"; sign: -1 | 1 }
  /** "the other one": the other side of the last run's pair (model, variant, bit). */
  | { kind: "other" }
  /** "where does the 0.5 come from?": the working behind `subject` in the last answer. */
  | { kind: "origin"; subject: string }
  /** `via`: "in the" of "and in the 1997 version?", a condition on the thread's question. */
  | { kind: "what-about"; subject: string; via?: string };

const LEAD = String.raw`^(?:(?:ok(?:ay)?|but|so|and|hmm+|right|sure|yes|yeah|wait|then|really|huh)[,.!]*\s+)*`;
const WHY = new RegExp(
  `${LEAD}(?:but\\s+)?(?:why(?: not)?|how come|how so|what for|why (?:is|does|would|do) (?:that|it|this)(?: \\w+)?|what(?:'s| is) the reason|because\\?)\\b(?:\\s+(?:tho|though|exactly|again|then|is that|so|that))*\\s*[?!.]*$`,
  "i",
);
const SHOW =
  /\b(?:show (?:me|it|that|this|us)|can you show|demonstrate|plot (?:it|that)|visuali[sz]e (?:it|that)|let me see)\b/i;
const SIMPLER =
  /\b(?:simpler|tl;?dr|too long|in short|short version|sum(?:marise|marize| it up| up)|summary|in a nutshell|briefly|one sentence|more simply|simple terms|eli5|plain (?:english|words|language)|in other words|rephrase|say (?:it|that) again|explain (?:it |that )?again|(?:don'?t|do not|didn'?t) (?:get|understand|follow) (?:it|that|this)?)\b/i;
const EXAMPLE =
  /\b(?:an? example|for instance|concrete(?:ly)?|show an example|with numbers)\b|\bexamples?(?:\s+(?:pls|please|plz))?\s*[?!.]*$/i;
/** "now try 0.8", "ok and with 0?", "make it 3 instead": a new value and nothing else. */
const NUMBER = new RegExp(
  `${LEAD}(?:(?:what about|how about|and|now|try|do|redo|run|rerun|go|same|again|instead|use|with|at|for|to|what happens|what would happen|(?:set|make|change|put|lower|raise|increase|decrease|drop|bump|turn|move|push|bring|crank|reduce|double) (?:it|that|this)(?: (?:up|down|back))?|(?:what )?if (?:it|that|they)?\\s*(?:'s|is|were|was)?)\\s+)*[-+]?\\d*\\.?\\d+\\s*(?:instead|then|now|again|this time)?\\s*[?!.]*$`,
  "i",
);
const SCALE = new RegExp(
  `${LEAD}(?:(?:now|then|try|let'?s|can you|could you|please|make it|with|what about|how about)[,\\s]+)*(double|halve|half|twice|triple|quadruple|ten times)\\s+(?:of\\s+)?(?:it|that|this|the value|the number|as much|as big|as large)(?:\\s+(?:again|instead|then|now|please))?\\s*[?!.]*$`,
  "i",
);
/** "and if I double the recurrent scale?": the factor for a dial the message names. */
const SCALE_DIAL = new RegExp(
  `${LEAD}(?:(?:what )?if (?:i|we|you) |(?:now|then|try|let'?s|can you|could you|please)[,\\s]+)?(double|halve|triple|quadruple)\\s+the\\s+([a-z][a-z_ -]{2,30}?)(?:\\s+(?:again|instead|then|now|please))?\\s*[?!.]*$`,
  "i",
);
const FACTORS: Record<string, number> = {
  double: 2,
  twice: 2,
  halve: 0.5,
  half: 0.5,
  triple: 3,
  quadruple: 4,
  "ten times": 10,
};
const WHAT_ABOUT = new RegExp(`${LEAD}(?:what|how) about\\s+(.+?)\\s*[?!.]*$`, "i");
const WHY_NOT_IN = new RegExp(
  `${LEAD}(?:but\\s+)?(?:why|how come)\\s+not\\s+(in|for|with|on)\\s+(?:the |a |an )?([^?]{2,40}?)\\s*\\?*\\s*$`,
  "i",
);
const AND_X =
  /^(?:and|but|or|then)\s+(?:(for|with|in|about)\s+)?(the |a |an )?((?=[^?]*[a-z]{3})[^?]{2,40}?)\s*\?+\s*$/i;
const PREP_X = new RegExp(
  String.raw`^(?:(?:ok(?:ay)?|so|hm+|right)[,.!]*\s+)?(for|on|under|at)\s+((?=[^?]*[a-z]{3})[^?=\d]{2,30}?)\s*\?+\s*$`,
  "i",
);
/**
 * "without the shortcut?", "even with orthogonal init?": the thread's question under that
 * condition ("even", "still", "also" only stress it).
 */
const WITH_X = new RegExp(
  `${LEAD}(?:(?:even|still|also|only|just)\\s+)?(with|without)\\s+((?=[^?]*[a-z]{3})[^?=]{2,40}?)\\s*\\?+\\s*$`,
  "i",
);
/** "and with b = 0?", "what if s = 0.5?": a value for a symbol of the thread's question. */
const ASSIGNS = new RegExp(
  `${LEAD}(?:(?:what about|how about|with|for|at|and|what if|if|now|try)\\s+)*((?:[a-zA-Zσθγρ]{1,2}(?:_\\{?\\w+\\}?)?\\s*=\\s*[-+−]?\\d*\\.?\\d+(?:\\s*(?:,|and)\\s*)?){1,3})\\s*(?:instead|then|now)?\\s*[?!.]*$`,
  "i",
);

const FRAMEWORK_ALONE = new RegExp(
  `${LEAD}(?:(?:in|for|with|on)\\s+)?(pytorch|torch|keras|tensorflow|tf|jax|flax)(?:\\s+(?:then|though|tho|too))?\\s*\\?+\\s*$`,
  "i",
);

const MORE =
  /^(?:(?:ok(?:ay)?|and|so)[,.!]*\s+)*(?:tell me more|more|go on|continue|elaborate|keep going|and then|what else|anything else|more detail(?:s)?|really|how so|huh|what do you mean)\b[\s?!.]*$/i;
const PRONOUN = /\b(?:that|this|it|they|them|those|these|ones|one|there|so)\b/i;

/** The follow-up kind, or undefined when the message stands on its own. */
export function followUpOf(message: string): FollowUp | undefined {
  const m = casualForm(message.trim());
  const words = m.split(/\s+/).length;
  // "minus two", "and with one and a half?": a value in words is a value.
  if (NUMBER.test(withDigits(m))) return { kind: "number" };
  const scale = SCALE.exec(m)?.[1]?.toLowerCase();
  if (scale) return { kind: "scale", factor: FACTORS[scale.replace(/\s+/g, " ")] ?? 2 };
  const named = SCALE_DIAL.exec(m);
  if (named?.[1] && named[2])
    return { kind: "scale", factor: FACTORS[named[1].toLowerCase()] ?? 2, dial: named[2] };
  const sign = signOf(m);
  if (sign) return { kind: "sign", sign };
  if (asksForOther(m)) return { kind: "other" };
  if (isLost(m)) return { kind: "simpler" };
  const origin = asksOrigin(m);
  if (origin) return { kind: "origin", subject: origin };
  // "does that hold for GRUs too?": the thread's question about the GRU.
  const same = sameFor(m);
  if (same) return { kind: "what-about", subject: same.subject };
  if (WHY.test(m) || shortWhy(m)) return { kind: "why" };
  if (MORE.test(m)) return /mean|huh/i.test(m) ? { kind: "simpler" } : { kind: "why" };
  // "show me with numbers" asks for a worked example, not for a run.
  if (words <= 8 && EXAMPLE.test(m)) return { kind: "example" };
  if (words <= 8 && SHOW.test(m)) return { kind: "show" };
  if (words <= 10 && SIMPLER.test(m)) return { kind: "simpler" };
  // "why not in an lstm?": the thread's question asked again under that condition.
  const whyNot = WHY_NOT_IN.exec(m);
  if (whyNot?.[2] && whyNot[2].split(/\s+/).length <= 4)
    return { kind: "what-about", subject: whyNot[2], via: whyNot[1]?.toLowerCase() ?? "in" };
  // "and with b = 0?": a value for a symbol the thread's question left open.
  const assigned = ASSIGNS.exec(m)?.[1]?.trim();
  if (assigned) return { kind: "what-about", subject: assigned, via: "with" };
  // "pytorch?", "and keras?": a framework alone asks the thread's question in that framework.
  const framework = FRAMEWORK_ALONE.exec(m)?.[1];
  if (framework) return { kind: "what-about", subject: framework, via: "in" };
  // "and for the lstm, what changes?", "how is it different in a gru?": the thread's question for it.
  const changed = changesFor(m);
  if (changed) return changed;
  const about = WHAT_ABOUT.exec(m);
  if (about?.[1] && about[1].split(/\s+/).length <= 6)
    return { kind: "what-about", subject: about[1] };
  // "for sigmoid?", "on a deep stack?": a bare condition reads as "and for sigmoid?".
  const onlyPrep = PREP_X.exec(m);
  // "on a gpu?" names a thing the course does not cover: it is judged alone.
  const prepSubject = onlyPrep?.[2];
  if (
    onlyPrep?.[1] &&
    prepSubject &&
    prepSubject.split(/\s+/).length <= 3 &&
    !foreignWords(prepSubject).length
  )
    return { kind: "what-about", subject: prepSubject, via: onlyPrep[1].toLowerCase() };
  const and = AND_X.exec(m);
  const prep = and?.[1]?.toLowerCase();
  const via = prep && prep !== "about" ? `${prep} ${and?.[2] ?? ""}`.trim() : undefined;
  // "and for a GRU with the same bias?": a preposition marks a subject, which may run longer.
  if (and?.[3] && and[3].split(/\s+/).length <= (via ? 6 : 4))
    return { kind: "what-about", subject: and[3], ...(via ? { via } : {}) };
  // "without the shortcut?" reads as "and without the shortcut?"; "with X?" as "and with X?".
  const condition = WITH_X.exec(m);
  const bare = condition?.[2]?.trim();
  if (condition?.[1] && bare && bare.split(/\s+/).length <= 5)
    return /^without$/i.test(condition[1])
      ? { kind: "what-about", subject: `without ${bare}` }
      : { kind: "what-about", subject: bare, via: "with" };
  const strong = terms(m)
    .map(correct)
    .filter((t) => STRONG.has(t)).length;
  // "can it make pancakes?" points at the thread but asks about something it never covered.
  if (words <= 12 && strong <= 1 && PRONOUN.test(m) && foreignWords(m).length === 0)
    return { kind: "reference" };
  return undefined;
}

/** What asks for the difference a subject makes: "what changes", "how is it different". */
const DIFFERENCE = String.raw`(?:what(?:'s| is| would be)? (?:changes?|changed|different)|how (?:is|does) (?:it|that|this|(?:any)?thing) (?:differ(?:ent)?|change)|(?:is|does) (?:it|that|this|anything) (?:differ(?:ent)?|change)|(?:any|anything) (?:different|difference)|(?:anything|something) (?:changes?|else))`;
const CHANGES_AFTER = new RegExp(
  String.raw`^(?:(?:and|but|so|ok(?:ay)?)[,\s]+)?(for|in|with)\s+((?:the |a |an )?[^,?]{2,30}?)\s*[,:;]\s*${DIFFERENCE}(?:\s+(?:there|then|now))?\s*\?*\s*$`,
  "i",
);
const CHANGES_BEFORE = new RegExp(
  String.raw`^(?:(?:and|but|so|ok(?:ay)?)[,\s]+)?${DIFFERENCE}\s+(for|in|with)\s+((?:the |a |an )?[^,?]{2,30}?)\s*\?*\s*$`,
  "i",
);

function changesFor(m: string): FollowUp | undefined {
  const found = CHANGES_AFTER.exec(m) ?? CHANGES_BEFORE.exec(m);
  const subject = found?.[2]?.replace(/^(?:the|a|an)\s+/i, "").trim();
  if (!found?.[1] || !subject || subject.split(/\s+/).length > 4) return undefined;
  return { kind: "what-about", subject, via: `${found[1].toLowerCase()} the` };
}

/**
 * "why not forever?", "but why only at first?": a why of a few words naming no course subject of
 * its own asks for the reason behind the thread's last answer.
 */
function shortWhy(m: string): boolean {
  if (!SHORT_WHY.test(m) || m.split(/\s+/).length > 5) return false;
  return !terms(m)
    .map(correct)
    .some((t) => STRONG.has(t));
}
const SHORT_WHY = new RegExp(`${LEAD}(?:but\\s+)?(?:why|how come)\\b[^?]*\\?*\\s*$`, "i");

/**
 * A short message without course terms of its own and naming nothing else, after a thread with a
 * topic: a reference to the thread. A thing the course never covers ("pancakes", "my laptop")
 * keeps it a new, off-topic question.
 */
export function vagueFollowUp(
  message: string,
  state: { topic?: string | undefined },
): FollowUp | undefined {
  if (!state.topic) return undefined;
  const m = casualForm(message.trim());
  if (m.split(/\s+/).length > 8) return undefined;
  const ts = terms(m.replace(/[-+]?\d*\.?\d+/g, " ")).map(correct);
  // "of what?", "like what?", "meaning?": a question word and nothing else.
  if (ts.length === 0) return /\?\s*$/.test(m) ? { kind: "reference" } : undefined;
  if (ts.some((t) => STRONG.has(t) || WEAK.has(t))) return undefined;
  // "forever?" qualifies the thread's question: it is asked again with it (fragment.ts);
  // "meaning what?" asks about the last answer.
  const qualifies = !/\b(?:what|which|how|why|who)\b/i.test(m) && fragmentOf(m) !== undefined;
  if (foreignWords(m).length > 0 || qualifies) return undefined;
  // "why exactly 1?", "why does the 1 matter?": the reason behind the thread's last answer.
  return /^(?:but\s+|so\s+|and\s+)?(?:why|how come)\b/i.test(m)
    ? { kind: "why" }
    : { kind: "reference" };
}

const ANAPHOR =
  /\b(?:it|its|it'?s|that|this|these|those|they|them|their|there|then|same|ones?|also|too|instead|again|else|here)\b/i;

/** "fix?", "so the fix?", "any fixes?": the thread's remedy, asked in a word. */
export const BARE_REMEDY =
  /^(?:(?:so|ok(?:ay)?|and|right)[,\s]+)?(?:the\s+)?(?:fix|remedy|cure|solution|how to fix(?: it)?|fixes|what fixes it|any fix(?:es)?)\s*\??\s*$/i;

/** "so what do people do?", "what's the fix then?": the remedy for what the thread described. */
export const REMEDY =
  /\bwhat (?:do|can|should|would) (?:i|we|you|people|folks|practitioners) do\b|\bwhat(?:'s|s| is) the (?:fix|remedy|cure|solution)\b|\bhow (?:do|can|would) (?:i|we|you|people) (?:fix|deal with|handle|avoid|prevent|stop) (?:it|that|this|them)\b/i;

/** "how long should the window be?": advice on a size of the thread's subject. */
export const ADVICE =
  /^(?:(?:ok(?:ay)?|so|and|but|then)[,\s]+)*how (?:long|big|large|small|many|much|high|low|often) (?:should|do|does|would|must|can)\b/i;

/**
 * A short turn after an on-topic reply that leans on it: it points back (an anaphor, a number, a
 * why) or has no course word of its own, and names nothing the course never covers ("can it
 * make pancakes?" keeps its own, off-topic reading; "and nowadays tho?" does not).
 */
export function leansOnThread(
  message: string,
  state: { topic?: string | undefined; turns: number },
): boolean {
  const m = casualForm(message.trim());
  if (state.turns === 0 || !state.topic || m.split(/\s+/).length > 10) return false;
  if (foreignWords(m).length > 0) return false;
  return threadMarked(m) || courseTerms(m).length === 0;
}

/** An anaphor, a number, a why, or an ask for the fix or for advice: it points back. */
function threadMarked(m: string): boolean {
  return (
    ANAPHOR.test(m) ||
    /\d/.test(m) ||
    REMEDY.test(m) ||
    BARE_REMEDY.test(m) ||
    ADVICE.test(m) ||
    /^(?:but\s+|so\s+|and\s+)?(?:why|how come)\b/i.test(m)
  );
}
