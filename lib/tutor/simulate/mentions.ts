/**
 * How learners name a scenario's parameters: from each ParamDef's key and label ("forgetBias",
 * "Forget-gate bias") plus domain synonyms by parameter name ("b_f", "spectral radius", "clip
 * at", "lr", "T"; synonyms.ts). Choice parameters are named by their values ("relu", "1997").
 */
import { scenarios, type ParamDef, type ParamDefs } from "@/lib/sim";
import { namesAnotherPart } from "./part-nouns";
import { NOT_BEFORE, SYNONYMS, VALUE_WORDS } from "./synonyms";

function camelWords(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** Phrases naming a numeric parameter, longest first. */
export function namesOf(key: string, def: ParamDef): string[] {
  const label = def.label
    .toLowerCase()
    .replace(/\s+[a-zσθ]$/i, "")
    .replace(/\(.*?\)/g, "")
    .trim();
  const all = new Set([label, label.replace(/-/g, " "), camelWords(key), ...(SYNONYMS[key] ?? [])]);
  return [...all].filter(Boolean).sort((a, b) => b.length - a.length);
}

export interface Mention {
  key: string;
  start: number;
  end: number;
  /** Set for choice values: the value the mention selects. */
  value?: string;
  /** The phrase is the dial's own label, not a synonym shared with other scenarios. */
  exact?: boolean;
}

/** A one- or two-letter name ("T", "lr") is a dial's only with its value: "T=50", "lr 0.05", "T equal to 40". */
const SHORT_NAME_VALUE = String.raw`(?=\s*[=:]|\s+(?:(?:equal to|equals|is|of)\s+)?[-+]?\.?\d)`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * A phrase as written or hyphenated: "time steps" also matches "time-steps". Not back: the value
 * "forget-gate" is not named by "forget gate", which is also the start of "forget gate bias".
 */
const loose = (phrase: string) =>
  phrase
    .split(/\s+/)
    .map(escape)
    .join(String.raw`[\s-]+`);

/**
 * Every parameter mention in the message for these ParamDefs, longest phrases first, no overlaps.
 * One- and two-letter names ("T", "s", "lr") count only when followed by "=", ":" or a number.
 */
export function findMentions(message: string, params: ParamDefs): readonly Mention[] {
  // A turn looks at the same message for every scenario several times: remember the last one's.
  if (recent.message !== message) {
    recent.message = message;
    recent.found = new WeakMap();
  }
  const hit = recent.found.get(params);
  if (hit) return hit;
  const found = scan(message, params);
  recent.found.set(params, found);
  return found;
}

const recent: { message: string; found: WeakMap<ParamDefs, readonly Mention[]> } = {
  message: "",
  found: new WeakMap(),
};

/** Every scenario's dials in one table: the names any of them is known by. */
export const ALL_PARAMS: ParamDefs = Object.assign(
  {},
  ...Object.values(scenarios).map((s) => s.params),
) as ParamDefs;

/**
 * "the update gate's bias" in a scenario without a GRU names no dial of it, not its forget-gate
 * "bias": a name that lies inside a longer name of a dial these ParamDefs lack is not a mention.
 */
function notInsideForeign(message: string, params: ParamDefs, taken: Mention[]): Mention[] {
  if (params === ALL_PARAMS) return taken;
  const foreign = findMentions(message, ALL_PARAMS).filter((f) => !(f.key in params));
  return taken.filter(
    (t) =>
      !foreign.some(
        (f) => f.start <= t.start && f.end >= t.end && f.end - f.start > t.end - t.start,
      ),
  );
}

/**
 * Names that are a dial's only beside their value: "100 deep" (a "deep network" names no depth)
 * and "scaled by 2.5" (the weights of "weights scaled by a factor" are no setting).
 */
const VALUE_BEFORE = new Set(["deep", "layers deep"]);
const VALUE_AFTER = /scaled (?:up )?by$/;

function valueWhereNeeded(phrase: string, lower: string, start: number, end: number): boolean {
  if (VALUE_BEFORE.has(phrase)) return /\d\s*$/.test(lower.slice(Math.max(0, start - 8), start));
  if (VALUE_AFTER.test(phrase)) return /^\s*[-+]?\.?\d/.test(lower.slice(end, end + 8));
  return true;
}

function scan(message: string, params: ParamDefs): readonly Mention[] {
  const lower = message.toLowerCase();
  const taken: Mention[] = [];
  for (const c of compiled(params)) {
    c.re.lastIndex = 0;
    for (const m of lower.matchAll(c.re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((t) => start < t.end && end > t.start)) continue;
      if (NOT_BEFORE[c.phrase]?.test(lower.slice(end, end + 16))) continue;
      const def = params[c.key];
      if (c.value !== undefined && def && namesAnotherPart(def, lower.slice(end, end + 16)))
        continue;
      if (!valueWhereNeeded(c.phrase, lower, start, end)) continue;
      taken.push({
        key: c.key,
        start,
        end,
        ...(c.value !== undefined ? { value: c.value } : {}),
        ...(c.exact ? { exact: true } : {}),
      });
    }
  }
  return Object.freeze(notInsideForeign(message, params, taken).sort((a, b) => a.start - b.start));
}

interface Candidate {
  key: string;
  phrase: string;
  value?: string;
  exact?: boolean;
  re: RegExp;
}

function labelNames(label: string): Set<string> {
  const l = label
    .toLowerCase()
    .replace(/\s+[a-zσθ]$/i, "")
    .replace(/\(.*?\)/g, "")
    .trim();
  return new Set([l, l.replace(/-/g, " ")]);
}

/** Each scenario's phrases compiled once (replies call this for every scenario, every turn). */
const cache = new WeakMap<ParamDefs, Candidate[]>();

function compiled(params: ParamDefs): Candidate[] {
  const hit = cache.get(params);
  if (hit) return hit;
  const candidates: Omit<Candidate, "re">[] = [];
  for (const [key, def] of Object.entries(params)) {
    if (def.kind === "number") {
      const own = namesOf(key, { ...def, label: def.label }).filter((p) =>
        labelNames(def.label).has(p),
      );
      for (const phrase of namesOf(key, def))
        candidates.push({ key, phrase, ...(own.includes(phrase) ? { exact: true } : {}) });
    } else {
      for (const o of def.options) {
        // Bare digits ("0", "1" of the bit) are numbers, read by extract.ts, not names.
        const own = [o.value.toLowerCase(), o.label.toLowerCase()].filter((p) => !/^\d+$/.test(p));
        for (const phrase of new Set([...own, ...(VALUE_WORDS[o.value] ?? [])]))
          candidates.push({ key, phrase, value: o.value });
      }
      if (key === "bit") for (const phrase of SYNONYMS.bit ?? []) candidates.push({ key, phrase });
      // A label of two words or more ("recurrent matrix", "stack activation") names the dial.
      const label = def.label.toLowerCase();
      if (label.split(/\s+/).length >= 2) candidates.push({ key, phrase: label, exact: true });
    }
  }
  candidates.sort((a, b) => b.phrase.length - a.phrase.length);
  const out = candidates.map((c) => {
    const short = c.phrase.length <= 2;
    const re = new RegExp(
      String.raw`(?<!\w)(?<![a-z]-)${loose(c.phrase)}(?![\w-])${short ? SHORT_NAME_VALUE : ""}`,
      "g",
    );
    return { ...c, re };
  });
  cache.set(params, out);
  return out;
}
