/**
 * The leak guard: does an outgoing reply give away the key of the question the learner is on?
 * Applied to every reply of the built-in engine and of the model while a question is current.
 * The test is functional where it can be: would a number in the reply be graded correct, would
 * the reply itself pass the short-text rubric. Otherwise it looks for the correct option's text
 * or id, a verdict on a lettered option, the items in their correct order, or long runs of the
 * model answer or the explanation (which usually states the key).
 */
import { gradeResponse, revealAnswer, type QuestionInstance } from "@/lib/learning/grading";
import { withinTolerance } from "@/lib/learning/grading";
import { answerClaims, claimOf, contentHits, wrongClaim, type ContentClaims } from "./leak-content";
import { letteredChoices, ORDINALS, type Lettered } from "./letters";
import { findNumbers } from "./numbers";

export interface LeakCheck {
  leaked: boolean;
  reasons: string[];
}

/** Lower-case words only, so markdown, TeX and punctuation do not hide a phrase. */
export function plainWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/\\[a-z]+/g, " ")
      .match(/[a-z0-9]+(?:\.[0-9]+)?/g) ?? []
  );
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Any run of `size` consecutive words of `source` appears in the reply. */
function sharesRun(reply: readonly string[], source: readonly string[], size: number): boolean {
  if (source.length < size) return source.length >= 4 && containsRun(reply, source);
  for (let i = 0; i + size <= source.length; i++)
    if (containsRun(reply, source.slice(i, i + size))) return true;
  return false;
}

const VERDICT = String.raw`(?:right|correct|true|wrong|incorrect|false|the answer|the one|it)`;
const AFFIRM =
  /^\W*(yes|yep|yeah|yup|correct|right|exactly|indeed|no|nope|wrong|incorrect|not quite|that'?s (?:right|correct|wrong|it))\b/i;

/** A statement about which lettered option is right (or wrong, which narrows it down). */
function letterVerdict(reply: string, choices: readonly Lettered[]): string | undefined {
  for (const { letter } of choices) {
    const L = letter;
    const patterns = [
      String.raw`\b(?:option|choice|answer|letter)\s*[:(]?\s*\(?${L}\)?(?![a-z])`,
      String.raw`(?:^|\s)\(?${L}\)\s`,
      String.raw`(?:^|[\s*"'(])${L}[)"'*]*\s+(?:is|was|would be|'s)\s+(?:not\s+)?${VERDICT}`,
      String.raw`^\W*${L}\W*$`,
      String.raw`\*\*${L}\*\*`,
    ];
    if (patterns.some((p) => new RegExp(p, "im").test(reply))) return `verdict on option ${letter}`;
  }
  for (const words of ORDINALS) {
    for (const w of words) {
      const p = String.raw`\b(?:it'?s|it is|the answer is|go with)\s+(?:the\s+)?${w}\b|\b${w}\s+(?:one|option|choice)?\s*(?:is|was)\s+(?:not\s+)?${VERDICT}`;
      if (new RegExp(p, "i").test(reply)) return `verdict on the ${w} option`;
    }
  }
  return undefined;
}

/** Does the learner's message point at an option or a number (so "yes"/"no" would answer it)? */
function asksToConfirm(message: string, choices: readonly Lettered[]): boolean {
  if (findNumbers(message).length > 0) return true;
  if (
    /\b(option|choice|letter)\s*\(?[a-j]\b|\bis it\s+\(?[a-j]\)?\W*$|\b(first|second|third|fourth|fifth|last)\b/i.test(
      message,
    )
  ) {
    return true;
  }
  const msg = plainWords(message);
  return choices.some((c) => {
    const words = plainWords(c.text);
    return words.length >= 2 && sharesRun(msg, words, Math.min(4, words.length));
  });
}

function orderLeak(
  replyText: string,
  reply: readonly string[],
  instance: QuestionInstance,
  choices: readonly Lettered[],
): boolean {
  if (instance.type !== "ordering") return false;
  const key = instance.correctOrder;
  const need = Math.max(3, key.length - 1);
  const positions: { id: string; at: number }[] = [];
  const joined = ` ${reply.join(" ")} `;
  for (const c of choices) {
    const words = plainWords(c.text);
    const phrase = ` ${words.slice(0, Math.min(5, words.length)).join(" ")} `;
    const at = words.length >= 2 ? joined.indexOf(phrase) : -1;
    const idAt = replyText.toLowerCase().indexOf(c.id);
    const first = [at, idAt].filter((x) => x >= 0);
    if (first.length > 0) positions.push({ id: c.id, at: Math.min(...first) });
  }
  const byText = positions.sort((a, b) => a.at - b.at).map((p) => p.id);
  if (lcs(byText, key) >= need) return true;
  const letterRun =
    replyText.toLowerCase().match(/\b[a-j]\b(?:\s*(?:,|→|->|>|-|then|and|\s)\s*\b[a-j]\b)+/g) ?? [];
  return letterRun.some((run) => {
    const ids = (run.match(/\b[a-j]\b/g) ?? []).map(
      (l) => choices.find((c) => c.letter === l)?.id ?? "",
    );
    return lcs(ids, key) >= need;
  });
}

function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] ?? 0;
      row[j] = x === b[j - 1] ? prev + 1 : Math.max(keep, row[j - 1] ?? 0);
      prev = keep;
    }
  }
  return row[b.length] ?? 0;
}

/** The claims a reply must not state (the key) or deny (a wrong option), per question type. */
function claimsOf(instance: QuestionInstance, choices: readonly Lettered[]): ContentClaims {
  // A turn checks several replies against the same instance; its claims do not change.
  const known = claimCache.get(instance);
  if (known) return known;
  const claims = buildClaims(instance, choices);
  claimCache.set(instance, claims);
  return claims;
}

const claimCache = new WeakMap<QuestionInstance, ContentClaims>();

function buildClaims(instance: QuestionInstance, choices: readonly Lettered[]): ContentClaims {
  if (instance.type === "short-text") return { key: answerClaims(instance.modelAnswer), wrong: [] };
  const correct = new Set(revealAnswer(instance).correctOptionIds ?? []);
  if (instance.type === "ordering" || correct.size === 0) return { key: [], wrong: [] };
  return {
    key: choices.flatMap((c) => (correct.has(c.id) ? (claimOf(c.id, c.text) ?? []) : [])),
    wrong: choices.flatMap((c) => (correct.has(c.id) ? [] : (wrongClaim(c.id, c.text) ?? []))),
  };
}

/**
 * A sentence states a correct option (or the model answer) in other words, or denies wrong
 * options so that the key stands out: any one for multi-select (each box is its own key),
 * all but one option for a single answer.
 */
function contentLeak(reply: string, instance: QuestionInstance, choices: readonly Lettered[]) {
  const claims = claimsOf(instance, choices);
  const hit = contentHits(reply, claims);
  const reasons = hit.stated.map((id) => `states the key's content (${id})`);
  const singlesOut =
    instance.type === "multiple-select"
      ? hit.denied.length > 0
      : hit.denied.length > 0 && hit.denied.length >= choices.length - 1;
  if (singlesOut) reasons.push(`denies wrong options (${hit.denied.join(", ")})`);
  return reasons;
}

/** Checks `reply` against the key of `instance`; `message` is the learner's turn it answers. */
export function checkLeak(fullReply: string, instance: QuestionInstance, message = ""): LeakCheck {
  const reasons: string[] = [];
  // The tutor's own labels ("Hint 1 of 2") carry numbers that are not about the key.
  const reply = fullReply.replace(/\*\*Hint \d+ of \d+:\*\*/g, " ");
  const words = plainWords(reply);
  const choices = letteredChoices(instance);
  const solution = revealAnswer(instance);

  if (
    instance.type === "single-choice" ||
    instance.type === "multiple-select" ||
    instance.type === "predict-plot"
  ) {
    const correctIds = new Set(solution.correctOptionIds ?? []);
    for (const c of choices.filter((c) => correctIds.has(c.id))) {
      const text = plainWords(c.text);
      if (text.length > 0 && sharesRun(words, text, Math.min(text.length, 6)))
        reasons.push(`correct option text (${c.id})`);
      if (
        new RegExp(String.raw`(?<![\w-])${c.id}(?![\w-])`, "i").test(reply) &&
        c.id.includes("-")
      ) {
        reasons.push(`correct option id (${c.id})`);
      }
    }
    const verdict = letterVerdict(reply, choices);
    if (verdict) reasons.push(verdict);
  }
  if (instance.type === "numeric") {
    const prompt = findNumbers(instance.prompt).map((n) => n.value);
    const tol = instance.key.tolerance;
    const loose = {
      kind: "relative" as const,
      value: Math.max(0.05, tol.kind === "relative" ? tol.value : 0),
    };
    for (const n of findNumbers(reply)) {
      if (prompt.some((p) => Math.abs(p - n.value) <= 1e-9 * Math.max(1, Math.abs(p)))) continue;
      if (
        withinTolerance(n.value, instance.key.value, tol) ||
        withinTolerance(n.value, instance.key.value, loose)
      ) {
        reasons.push(`numeric key (${n.raw})`);
      }
    }
    // "Is it bigger than 1?" answered with "it is above 1" narrows the key down.
    const comparison =
      /\b(?:bigger|larger|greater|smaller|less|more|higher|lower|above|below)\s+(?:than\s+)?[-\d.]/i;
    if (findNumbers(message).length > 0 && comparison.test(reply))
      reasons.push("bounds on the numeric key");
  }
  if (orderLeak(reply, words, instance, choices)) reasons.push("items in the correct order");
  if (instance.type === "short-text") {
    const graded = gradeResponse(instance, { type: "short-text", text: reply });
    if (graded.correct) reasons.push("reply passes the rubric");
    if (sharesRun(words, plainWords(instance.modelAnswer), 9)) reasons.push("model answer");
  }
  if (sharesRun(words, plainWords(instance.explanation), 9)) reasons.push("explanation");
  reasons.push(...contentLeak(reply, instance, choices));
  if (message && AFFIRM.test(reply) && asksToConfirm(message, choices))
    reasons.push("confirms or denies a guess");
  return { leaked: reasons.length > 0, reasons };
}
