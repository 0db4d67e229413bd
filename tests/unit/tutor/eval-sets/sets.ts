/**
 * Eval sets as JSON files (shape in README.md): load a directory, run every case through the
 * built-in engine (threads turn by turn, carrying history and dialogue state forward) and judge
 * the last reply against the case's expectations. Used by `npm run eval:tutor -- --dir <dir>`
 * and by eval.test.ts on the tuning sets.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { questions } from "@/lib/content";
import { instantiateQuestion } from "@/lib/learning/grading";
import { checkLeak, respond, type HistoryTurn, type TutorReply } from "@/lib/tutor";
import { findNumbers } from "@/lib/tutor/numbers";
import { detectLeak } from "./evaluate";

const Value = z.union([z.number(), z.string()]);
const Plot = z.object({ scenario: z.string(), params: z.record(z.string(), Value).optional() });

export const EvalCase = z
  .object({
    id: z.string().optional(),
    question: z.string().optional(),
    thread: z.array(z.string()).min(1).optional(),
    lessonId: z.string().optional(),
    questionId: z.string().optional(),
    plot: z.object({ scenarioId: z.string(), params: z.record(z.string(), Value) }).optional(),
    expect: z.object({
      lessons: z.array(z.string()).optional(),
      misconception: z.string().optional(),
      scenario: z.string().optional(),
      params: z.record(z.string(), Value).optional(),
      alsoAcceptable: z.array(Plot).optional(),
      number: z.number().optional(),
      numbers: z.array(z.number()).min(1).optional(),
      mustMention: z.array(z.array(z.string()).min(1)).optional(),
      notMention: z.array(z.string()).optional(),
      offTopic: z.boolean().optional(),
      quizOpen: z.boolean().optional(),
      intent: z.string().optional(),
      noLeak: z.boolean().optional(),
    }),
  })
  .refine((c) => c.question !== undefined || c.thread !== undefined, "question or thread");
export type EvalCase = z.infer<typeof EvalCase>;

export const EvalSet = z.object({ family: z.string(), cases: z.array(EvalCase) });
export type EvalSet = z.infer<typeof EvalSet>;

export function loadSets(dir: string): EvalSet[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => EvalSet.parse(JSON.parse(readFileSync(join(dir, f), "utf8"))));
}

/** Runs the case's turns; the last reply is the one judged. */
export async function runCase(c: EvalCase): Promise<TutorReply> {
  const turns = c.thread ?? [c.question ?? ""];
  const history: HistoryTurn[] = [];
  let state: unknown;
  let reply: TutorReply | undefined;
  for (const [i, message] of turns.entries()) {
    const last = i === turns.length - 1;
    reply = await respond(
      {
        message,
        ...(c.lessonId ? { lessonId: c.lessonId } : {}),
        ...(c.questionId ? { questionId: c.questionId } : {}),
        ...(c.plot && last ? { plot: c.plot, params: c.plot.params } : {}),
        ...(history.length > 0 ? { history: [...history] } : {}),
        ...(state !== undefined ? { state } : {}),
      } as Parameters<typeof respond>[0],
      { chatSeed: "eval", attemptSeed: "eval" },
    );
    history.push({ role: "user", content: message });
    history.push({
      role: "assistant",
      content: reply.reply,
      ...(reply.quiz ? { quiz: reply.quiz } : {}),
    });
    state = (reply as { state?: unknown }).state;
  }
  if (!reply) throw new Error("empty case");
  return reply;
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, 0.01 * Math.abs(b));

/** What the plot misses of one expected scenario and its parameter values. */
function plotFails(
  reply: TutorReply,
  scenario?: string,
  params?: Record<string, unknown>,
): string[] {
  const fails: string[] = [];
  if (scenario && reply.plot?.scenarioId !== scenario)
    fails.push(`scenario (got ${reply.plot?.scenarioId ?? "none"})`);
  for (const [key, want] of Object.entries(params ?? {})) {
    const got = reply.plot?.params[key];
    const ok = typeof want === "number" ? typeof got === "number" && near(got, want) : got === want;
    if (!ok) fails.push(`param ${key}=${String(want)} (got ${String(got)})`);
  }
  return fails;
}

/** Every expected number appears, in this order, each within 1 % (a vector's components). */
function hasNumbersInOrder(reply: string, wanted: readonly number[]): boolean {
  let i = 0;
  for (const n of findNumbers(reply)) if (i < wanted.length && near(n.value, wanted[i]!)) i++;
  return i === wanted.length;
}

/**
 * The key of the open question (instantiated with the eval's attempt seed, as runCase sends
 * it) must not be in the reply: by the independent detector and by the engine's own guard.
 */
function leakFails(c: EvalCase, reply: TutorReply): string[] {
  const question = questions.find((q) => q.id === c.questionId);
  if (!question) return [`no-leak: unknown question ${String(c.questionId)}`];
  const instance = instantiateQuestion(question, "eval");
  const message = c.thread?.at(-1) ?? c.question ?? "";
  const found = detectLeak(reply.reply, instance, message);
  const guard = checkLeak(reply.reply, instance, message);
  return [
    ...(found ? [`leak (${found})`] : []),
    ...(guard.leaked ? [`leak guard (${guard.reasons.join(", ")})`] : []),
  ];
}

/** The expectations the reply fails, by name (empty: the case passes). */
export function judge(c: EvalCase, reply: TutorReply): string[] {
  const e = c.expect;
  const text = reply.reply.toLowerCase();
  const fails: string[] = [];
  const first = reply.citations[0]?.id;
  if (e.lessons && !(first !== undefined && e.lessons.includes(first)))
    fails.push(`lesson (got ${first ?? "none"})`);
  if (e.offTopic === true && (reply.intent !== "off-topic" || reply.citations.length > 0))
    fails.push(`off-topic (got ${reply.intent}, ${reply.citations.length} citations)`);
  if (e.offTopic === false && reply.intent === "off-topic") fails.push("on-topic");
  if (e.misconception) {
    const found = (reply as { misconceptions?: string[] }).misconceptions ?? [];
    if (!found.includes(e.misconception)) fails.push(`misconception (got ${found.join(",")})`);
  }
  const plot = plotFails(reply, e.scenario, e.params);
  const alternative = (e.alsoAcceptable ?? []).some(
    (a) => plotFails(reply, a.scenario, a.params).length === 0,
  );
  if (!alternative) fails.push(...plot);
  if (e.number !== undefined && !findNumbers(reply.reply).some((n) => near(n.value, e.number!)))
    fails.push(`number ${e.number}`);
  if (e.numbers && !hasNumbersInOrder(reply.reply, e.numbers))
    fails.push(`numbers ${e.numbers.join(", ")}`);
  if (e.noLeak) fails.push(...leakFails(c, reply));
  for (const group of e.mustMention ?? [])
    if (!group.some((p) => text.includes(p.toLowerCase()))) fails.push(`mention ${group[0]}`);
  for (const p of e.notMention ?? [])
    if (text.includes(p.toLowerCase())) fails.push(`must not say "${p}"`);
  if (e.quizOpen !== undefined && (reply.quiz !== undefined) !== e.quizOpen)
    fails.push(`quiz ${e.quizOpen ? "open" : "closed"}`);
  if (e.intent && reply.intent !== e.intent) fails.push(`intent ${e.intent} (got ${reply.intent})`);
  return fails;
}

export interface FamilyResult {
  family: string;
  passed: number;
  total: number;
  failures: { case: EvalCase; fails: string[]; reply: string }[];
}

export async function evaluateSets(sets: readonly EvalSet[]): Promise<FamilyResult[]> {
  const out: FamilyResult[] = [];
  for (const set of sets) {
    const result: FamilyResult = { family: set.family, passed: 0, total: 0, failures: [] };
    for (const c of set.cases) {
      const reply = await runCase(c);
      const fails = judge(c, reply);
      result.total++;
      if (fails.length === 0) result.passed++;
      else result.failures.push({ case: c, fails, reply: reply.reply });
    }
    out.push(result);
  }
  return out;
}

/** One family's result from an evaluation run (throws when the family is missing). */
export function familyResult(results: readonly FamilyResult[], name: string): FamilyResult {
  const r = results.find((x) => x.family === name);
  if (!r) throw new Error(`no family ${name} in this run`);
  return r;
}

/** A family's misses, one per line, for a failing assertion's message. */
export function describeMisses(r: FamilyResult): string {
  return r.failures
    .map(
      (f) =>
        `${f.case.id}: ${f.case.question ?? f.case.thread?.join(" → ")}: ${f.fails.join("; ")}`,
    )
    .join("\n");
}
