/**
 * How a message names a scenario: two words of its name ("the remember-a-bit task"), every word
 * of its id ("gru vs lstm"), or the word just before a run noun ("the exploding scenario").
 */
import { scenarios, type ScenarioDefinition } from "@/lib/sim";
import { terms } from "../retrieval/text";
import { aliasedScenario } from "./aliases";

/** The words of a scenario's dial labels and units ("sequence length", "steps", "input size"). */
function dialWords(s: ScenarioDefinition): Set<string> {
  return new Set(
    Object.values(s.params).flatMap((p) =>
      terms(`${p.label} ${p.kind === "number" ? p.unit : ""}`),
    ),
  );
}

/**
 * Words that name dials of two or more scenarios ("steps", "size", "hidden"): "80 steps and input
 * size 2" sets dials, it names no scenario whose title happens to say "steps" and "size".
 */
const DIAL_WORDS = new Set(
  Object.values(scenarios)
    .flatMap((s) => [...dialWords(s)])
    .filter((t, _, all) => all.filter((u) => u === t).length >= 2),
);

/** Words that name a scenario: its id (its lesson's slug) and its title before any colon. */
export const nameWords = new Map(
  Object.values(scenarios).map((s) => [
    s.id,
    new Set(
      terms(`${s.id.replace(/-/g, " ")} ${s.title.split(":")[0] ?? ""}`).filter(
        (t) => t.length > 1 && !DIAL_WORDS.has(t),
      ),
    ),
  ]),
);
/** Words most scenarios' names share ("gradient", "lstm"): they do not tell one from another. */
export const SHARED = new Set(
  [...nameWords.values()]
    .flatMap((w) => [...w])
    .filter((t) => [...nameWords.values()].filter((w) => w.has(t)).length >= 3),
);

/** "vs", "against": every comparison says them; they name no scenario. */
const COMPARING = new Set(["vs", "versus", "against", "compare", "comparison"]);

export function nameOverlap(s: ScenarioDefinition, words: ReadonlySet<string>): number {
  return [...(nameWords.get(s.id) ?? [])].filter(
    (t) => words.has(t) && !SHARED.has(t) && !COMPARING.has(t),
  ).length;
}

/**
 * The scenario the message names by at least two of its name's own words ("remember-bit"), or
 * by an alias that names a run ("the exploding one", "the GRU comparison"; aliases.ts).
 */
export function namedScenario(message: string): ScenarioDefinition | undefined {
  const words = new Set(terms(message));
  return (
    Object.values(scenarios).find((s) => nameOverlap(s, words) >= 2 || idNamed(s, words)) ??
    aliasedScenario(message, true)
  );
}

/** "gru vs lstm": every word of the scenario's id, shared ones too, and at least two of them. */
function idNamed(s: ScenarioDefinition, words: ReadonlySet<string>): boolean {
  const own = terms(s.id.replace(/-/g, " ")).filter((t) => !COMPARING.has(t));
  return own.length >= 2 && own.every((t) => words.has(t));
}

/**
 * "the exploding scenario", "the latch demo", "the residual one": the word before a run noun is
 * the scenario's name, even when it is only one word of it.
 */
const BEFORE_RUN_NOUN =
  /\b([a-z][\w-]*)(?:\s+gradients?)?\s+(?:scenario|sim|simulation|demo|experiment|task|case|run|plot)\b/gi;

/** The words standing just before a run noun ("exploding" in "the exploding scenario"). */
export function wordsBeforeRunNoun(message: string): string[] {
  if (!/\b(?:scenario|sim|simulation|demo|experiment|task|case|run|plot)\b/i.test(message))
    return [];
  return [...message.matchAll(BEFORE_RUN_NOUN)].flatMap((m) => terms(m[1] ?? ""));
}

/** How many of those words are name words of `s` that tell it from the others. */
export function namedBeforeRunNoun(s: ScenarioDefinition, words: readonly string[]): number {
  const own = nameWords.get(s.id);
  if (!own || words.length === 0) return 0;
  return words.filter((t) => own.has(t) && !SHARED.has(t) && !COMPARING.has(t)).length;
}

/** A trailing purpose clause without numbers: "so tanh saturates", "to see if it vanishes". */
const PURPOSE =
  /[,\s]+(?:so that|so|to see(?: if| whether| how)?|because|since|until)\s+[^,;.?!\d]*[.?!]*\s*$/i;

/** The message without what the learner expects to see: that names no setting to run with. */
export function withoutPurpose(message: string): string {
  return message.replace(PURPOSE, "");
}
