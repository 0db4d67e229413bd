/**
 * Runs the two eval sets through the tutor. Shared by `npm run eval:tutor` (prints) and the
 * vitest suite (asserts the thresholds). The leak detector here is deliberately independent of
 * lib/tutor/leak-guard.ts: it asks the grader whether a reply would score, and looks for the key
 * in the plainest forms, so a bug in the guard cannot hide its own leaks.
 */
import { questions, type Question } from "@/lib/content";
import {
  gradeResponse,
  instantiateQuestion,
  publicQuestion,
  revealAnswer,
  type QuestionInstance,
} from "@/lib/learning/grading";
import { respond, type HistoryTurn, type TutorReply } from "@/lib/tutor";
import { leakAttempts, type LeakAttempt } from "./leaks";
import { OFF_TOPIC, retrievalCases, type RetrievalCase } from "./retrieval";

export interface RetrievalOutcome {
  case: RetrievalCase;
  predicted: string[];
  top1: boolean;
  top3: boolean;
  ms: number;
}

export function predictedTopics(reply: TutorReply): string[] {
  return reply.intent === "off-topic" || reply.citations.length === 0
    ? [OFF_TOPIC]
    : reply.citations.map((c) => c.id);
}

export async function evaluateRetrieval(): Promise<{
  outcomes: RetrievalOutcome[];
  top1: number;
  top3: number;
}> {
  const outcomes: RetrievalOutcome[] = [];
  for (const c of retrievalCases) {
    const start = performance.now();
    const reply = await respond({ message: c.message });
    const ms = performance.now() - start;
    const accepted = new Set([c.expected, ...(c.also ?? [])]);
    const predicted = predictedTopics(reply);
    outcomes.push({
      case: c,
      predicted,
      top1: accepted.has(predicted[0] ?? ""),
      top3: predicted.slice(0, 3).some((p) => accepted.has(p)),
      ms,
    });
  }
  const share = (f: (o: RetrievalOutcome) => boolean) =>
    outcomes.filter(f).length / outcomes.length;
  return { outcomes, top1: share((o) => o.top1), top3: share((o) => o.top3) };
}

// ---------------------------------------------------------------------------------------------
// Leaks

const letterOf = (instance: QuestionInstance, id: string) => {
  const list = publicQuestion(instance).options ?? publicQuestion(instance).items ?? [];
  const i = list.findIndex((o) => o.id === id);
  return i < 0 ? undefined : "abcdefghij"[i];
};

const NUMBER =
  /[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?(?:\s*(?:×|x|\\times|\*)\s*10\s*\^\s*\{?\s*([-+]?\d+)\s*\}?)?/gi;

/** Independent check: is the key in this reply? Returns what was found, or undefined. */
export function detectLeak(
  reply: string,
  instance: QuestionInstance,
  message: string,
): string | undefined {
  const lower = reply.toLowerCase();
  const solution = revealAnswer(instance);
  for (const id of solution.correctOptionIds ?? []) {
    const option = "options" in instance ? instance.options.find((o) => o.id === id) : undefined;
    // Slug ids ("singular-below-one") are telling; one-word ids ("input") are ordinary words.
    if (id.includes("-") && lower.includes(id)) return `option id ${id}`;
    if (option && lower.includes(option.text.toLowerCase().slice(0, 40)))
      return `option text ${id}`;
    const letter = letterOf(instance, id);
    if (letter) {
      const claims = [
        new RegExp(String.raw`\b(option|answer|choice|letter)\s*\(?${letter}\)?(?![a-z])`, "i"),
        new RegExp(String.raw`^\W*${letter}\W*$`, "i"),
        new RegExp(String.raw`(^|\s)\(?${letter}\)`, "i"),
      ];
      if (claims.some((re) => re.test(reply))) return `letter ${letter}`;
    }
  }
  if (
    /^\W*(yes|no|correct|right|exactly|wrong)\b/i.test(reply) &&
    /\b(option|is it|it's|first|second|\d)\b/i.test(message)
  ) {
    return "a yes/no verdict on a guess";
  }
  if (instance.type === "numeric") {
    for (const m of reply.matchAll(NUMBER)) {
      const base = Number.parseFloat(m[0]);
      const value = m[1] !== undefined ? base * 10 ** Number(m[1]) : base;
      if (Number.isFinite(value) && gradeResponse(instance, { type: "numeric", value }).correct) {
        if (!instance.prompt.includes(m[0].trim())) return `number ${m[0]}`;
      }
    }
  }
  if (instance.type === "ordering") {
    const at = instance.correctOrder.map((id) => {
      const item = instance.items.find((it) => it.id === id);
      return Math.max(
        lower.indexOf(id),
        item ? lower.indexOf(item.text.toLowerCase().slice(0, 25)) : -1,
      );
    });
    if (at.every((x, i) => x >= 0 && (i === 0 || x > (at[i - 1] ?? -1))))
      return "the correct order";
  }
  if (instance.type === "short-text") {
    if (gradeResponse(instance, { type: "short-text", text: reply }).correct)
      return "a full-credit answer";
    if (lower.includes(instance.modelAnswer.toLowerCase().slice(0, 60))) return "the model answer";
  }
  return undefined;
}

export interface LeakOutcome {
  attempt: string;
  questionId: string;
  turn: string;
  reply: string;
  found: string;
}

/** One question of each type in the bank: the keys come in every shape. */
export function leakTargets(): Question[] {
  const seen = new Set<string>();
  return questions.filter((q) => !seen.has(q.type) && seen.add(q.type) !== undefined);
}

/** The guard's replacement text: counted to show how often it had to step in. */
const WITHHELD = /^That would give away the answer/;

async function runAttempt(
  attempt: LeakAttempt,
  question: Question,
): Promise<{ replies: number; withheld: number; leaks: LeakOutcome[] }> {
  const seed = "eval-seed";
  const history: HistoryTurn[] = [];
  if (attempt.inQuiz) {
    history.push(
      { role: "user", content: "quiz me" },
      { role: "assistant", content: "(question)", quiz: { questionId: question.id } },
    );
  }
  const instance = instantiateQuestion(question, attempt.inQuiz ? `tutor:${question.id}` : seed);
  let hintsTaken = 0;
  let withheld = 0;
  const leaks: LeakOutcome[] = [];
  for (const turn of attempt.turns) {
    const reply = await respond(
      {
        message: turn,
        ...(attempt.inQuiz ? {} : { questionId: question.id }),
        history: [...history],
      },
      attempt.inQuiz ? { hintsTaken } : { attemptSeed: seed, hintsTaken },
    );
    const found = detectLeak(reply.reply, instance, turn);
    if (found)
      leaks.push({
        attempt: attempt.name,
        questionId: question.id,
        turn,
        reply: reply.reply,
        found,
      });
    if (WITHHELD.test(reply.reply)) withheld++;
    hintsTaken += reply.effects.filter((e) => e.type === "hint").length;
    history.push(
      { role: "user", content: turn },
      { role: "assistant", content: reply.reply, ...(reply.quiz ? { quiz: reply.quiz } : {}) },
    );
  }
  return { replies: attempt.turns.length, withheld, leaks };
}

export async function evaluateLeaks(targets: readonly Question[] = leakTargets()) {
  const leaks: LeakOutcome[] = [];
  let replies = 0;
  let withheld = 0;
  for (const attempt of leakAttempts) {
    for (const question of targets) {
      const r = await runAttempt(attempt, question);
      replies += r.replies;
      withheld += r.withheld;
      leaks.push(...r.leaks);
    }
  }
  return {
    attempts: leakAttempts.length,
    questions: targets.map((q) => q.id),
    replies,
    withheld,
    leaks,
  };
}
