/**
 * Chat spellings in their written form, for reading a follow-up: "whats the fix then?", "so wat
 * do i do", "y tho", "which shud i use", "in english pls". The follow-up rules and the thread's
 * vocabulary are written for "what's", "what", "why", "should" and "please"; a learner who types
 * fast drops the apostrophe or the vowels, and without this the turn reads as a new question
 * with a word the course never uses, which is "not covered".
 */
import { wordTable } from "../word-table";

/** Whole words only, matched case-insensitively; the written form keeps nothing of the chat one. */
const SPELLINGS = wordTable({
  whats: "what's",
  wats: "what's",
  wat: "what",
  wot: "what",
  hows: "how's",
  whys: "why's",
  thats: "that's",
  theres: "there's",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  arent: "aren't",
  cant: "can't",
  wont: "won't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  im: "i'm",
  ive: "i've",
  u: "you",
  ya: "you",
  ur: "your",
  r: "are",
  tho: "though",
  thru: "through",
  shud: "should",
  shld: "should",
  wud: "would",
  cud: "could",
  pls: "please",
  plz: "please",
  pleas: "please",
  thx: "thanks",
  bc: "because",
  cuz: "because",
  coz: "because",
  abt: "about",
  rly: "really",
  ppl: "people",
  smth: "something",
  sth: "something",
  diff: "difference",
  gonna: "going to",
  wanna: "want to",
  dunno: "don't know",
  idk: "i don't know",
  becuase: "because",
  waht: "what",
  teh: "the",
});

const WORD = /(?<![\w'])[a-z]+(?![\w'])/gi;
/** Maths around a one-letter word: before it (left of "|") or after it. */
const SYMBOL_NEAR = /[=+*/^_(\d-]\s*\||\|\s*[=+*/^_(\d-]/;

/** "y tho", "y does it": a lone "y" opening the turn is "why" (never a variable there). */
const LONE_Y = /^(\W*(?:(?:but|so|and|ok)\s+)?)y\b(?!\s*[=_(^'])/i;

/** Terse asks for the plain version or the sense: "in english pls", "meaning?". */
const TERSE: readonly (readonly [RegExp, string])[] = [
  [/^\s*(?:(?:ok|so|and)\s+)?in (?:plain |simple )?english\b/i, "in plain english"],
  [/^\s*(?:(?:ok|so|and)\s+)?(?:meaning|which means|means)\s*\?+\s*$/i, "what does that mean?"],
  // "and blow up?" after "why do gradients vanish?": the other way, in the course's word.
  [
    /^\s*((?:and|but|or|what about|how about)\s+)?(?:blow(?:ing)? up|blowing up|blowups?)\s*(\?*)\s*$/i,
    "$1explode$2",
  ],
];

/**
 * "then why no vanishing?", "why no explosion tho": a question about what does not happen, in
 * the words the course writes it with ("why doesn't it vanish?"); "no" alone matches "no gradient
 * flows back" as readily as the reason asked for.
 */
const WHY_NO =
  /\bwhy no(?:t)?\s+(vanishing|vanish|exploding|explosion|explode|forgetting|decay(?:ing)?|saturation|saturating|shrinking|growth|growing)\b/i;
const DOES_NOT = wordTable({
  vanishing: "vanish",
  vanish: "vanish",
  exploding: "explode",
  explosion: "explode",
  explode: "explode",
  forgetting: "forget",
  decay: "decay",
  decaying: "decay",
  saturation: "saturate",
  saturating: "saturate",
  shrinking: "shrink",
  growth: "grow",
  growing: "grow",
});

/**
 * "and w/ 250 steps?", "w/o clipping": "with" and "without"; read as they are, "w" is the
 * recurrent weight and 250 its value. Not "w/2" or "w / 3", which are maths.
 */
const WITH_SLASH = /(?<![\w/])w\/(o\b)?(?=\s+[a-z\d])/gi;
const withWords = (_: string, o: string | undefined) => (o ? "without" : "with");

/** The message with chat spellings written out; anything else is left as it is. */
export function casualForm(message: string): string {
  let m = message.replace(/[’`]/g, "'").replace(LONE_Y, "$1why").replace(WITH_SLASH, withWords);
  m = m.replace(WORD, (w, at: number) =>
    // "u = 3", "r^2": a one-letter word next to maths is a symbol.
    w.length === 1 &&
    SYMBOL_NEAR.test(`${m.slice(Math.max(0, at - 2), at)}|${m.slice(at + 1, at + 3)}`)
      ? w
      : (SPELLINGS[w.toLowerCase()] ?? w),
  );
  for (const [re, to] of TERSE) m = m.replace(re, to);
  return m.replace(
    WHY_NO,
    (_, what: string) => `why doesn't it ${DOES_NOT[what.toLowerCase()] ?? what}`,
  );
}
