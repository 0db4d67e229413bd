// Drives N signed-up learners answering quiz questions with no think time, for a fixed time,
// over real HTTP against one or more app instances, and records what the server acknowledged.
// Used in short form by the e2e fault tests and in full by `npm run bench:load`.
import { drawParams, getQuestion, lessons, questionsForLesson, type Question } from "@/lib/content";
import type { AttemptView } from "@/lib/services/attempts/view";
import type { AnswerOutcome } from "@/lib/services/quiz/outcome";
import { instanceSeed } from "@/lib/services/quiz/seed";
import { instantiateQuestion, type QuestionInstance } from "@/lib/learning/grading";
import { createRng } from "@/lib/sim";
import { demoResponse } from "@/prisma/seed-responses";
import { HttpLearner, NetworkError, newIdempotencyKey } from "./http-learner";

export interface LoadOptions {
  /** App instances; learner i talks to instance i mod n. */
  baseUrls: string[];
  learners: number;
  durationMs: number;
  /** Unique per run: learners are `load-<i>@<tag>.load.test`. */
  tag: string;
  /** Share of answers that are right (the rest are typical mistakes, so tries repeat). */
  correctShare?: number;
  /** Stops the run early (e.g. once the server has been killed). */
  signal?: AbortSignal;
  /** Called when a learner has signed up and the timed run begins. */
  onStart?: () => void;
}

export interface AcknowledgedAnswer {
  email: string;
  idempotencyKey: string;
  attemptId: string;
  questionId: string;
  at: number;
}

export interface LoadResult {
  acknowledged: AcknowledgedAnswer[];
  /** Latency of every answer submit that got an HTTP response, in ms. */
  latenciesMs: number[];
  /** Answer submits by outcome: an HTTP status, or "network" for a transport failure. */
  outcomes: Record<string, number>;
  /** Bodies of unexpected replies (anything but 201, 200 replay, 503), first few. */
  unexpected: string[];
  elapsedMs: number;
  learners: HttpLearner[];
  startedAt: number;
}

export const LOAD_PASSWORD = "load-test-password-1";
const RETRY_PAUSE_MS = 100;

export async function signUpLearners(options: Pick<LoadOptions, "baseUrls" | "learners" | "tag">) {
  const learners = Array.from(
    { length: options.learners },
    (_, i) =>
      new HttpLearner(
        options.baseUrls[i % options.baseUrls.length] ?? "",
        `load-${i}@${options.tag}.load.test`,
      ),
  );
  // A few at a time: password hashing is deliberately slow.
  for (let i = 0; i < learners.length; i += 4) {
    await Promise.all(learners.slice(i, i + 4).map((l) => l.signUp(LOAD_PASSWORD)));
  }
  return learners;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const learners = await signUpLearners(options);
  const result: LoadResult = {
    acknowledged: [],
    latenciesMs: [],
    outcomes: {},
    unexpected: [],
    elapsedMs: 0,
    learners,
    startedAt: Date.now(),
  };
  const deadline = Date.now() + options.durationMs;
  const stopped = () => Date.now() >= deadline || options.signal?.aborted === true;
  options.onStart?.();
  const started = performance.now();
  await Promise.all(
    learners.map((learner, i) => learn(learner, i, options.correctShare ?? 0.6, stopped, result)),
  );
  result.elapsedMs = performance.now() - started;
  return result;
}

/** One learner's loop: start a lesson, answer its questions until each is finished, repeat. */
async function learn(
  learner: HttpLearner,
  index: number,
  correctShare: number,
  stopped: () => boolean,
  result: LoadResult,
) {
  let random = seededRandom(index + 1);
  for (let pass = 0; !stopped(); pass++) {
    const lesson = lessons[(index + pass) % lessons.length];
    if (!lesson) return;
    const started = await untilAnswered(stopped, () =>
      learner.post<AttemptView>("/api/attempts", { lessonId: lesson.id, restart: true }),
    );
    if (!started || started.status !== 201) {
      if (started) note(result, `start ${started.status}`, started.body);
      return;
    }
    const { attemptId } = started.body;
    for (const { id: questionId } of questionsForLesson(lesson.id)) {
      const question = getQuestion(questionId);
      if (!question) continue;
      const instance = instanceToAnswer(question, instanceSeed(attemptId, questionId));
      for (let tryNumber = 1; !stopped();) {
        const idempotencyKey = newIdempotencyKey();
        // Serialised once: a retry sends the same bytes.
        const body = JSON.stringify({
          attemptId,
          questionId,
          response: demoResponse(instance, random() < correctShare, random),
          idempotencyKey,
          timeTakenMs: 0,
          tryNumber,
        });
        const reply = await untilAnswered(
          stopped,
          () => learner.post<AnswerOutcome>("/api/answers", body),
          result,
        );
        if (!reply) return;
        result.latenciesMs.push(reply.ms);
        result.outcomes[reply.status] = (result.outcomes[reply.status] ?? 0) + 1;
        const acknowledged = reply.status === 201 || (reply.status === 200 && reply.body.replayed);
        if (!acknowledged) {
          note(result, `answer ${reply.status}`, reply.body);
          break;
        }
        result.acknowledged.push({
          email: learner.email,
          idempotencyKey,
          attemptId,
          questionId,
          at: Date.now(),
        });
        if (reply.body.finished) break;
        tryNumber = reply.body.tryNumber + 1;
      }
    }
    random = seededRandom(index + 1 + (pass + 1) * 7919);
  }
}

/**
 * An instance to build the learner's response from. A question's key depends only on its drawn
 * parameters (few values each), and option ids do not change with the shown order, so the
 * instance of the first seed that drew the same parameters grades the same: the generator
 * simulates each question once per parameter draw, not once per attempt (the simulation was
 * most of its CPU, taken from the cores the server under test runs on).
 */
const instancesByParams = new Map<string, QuestionInstance>();

function instanceToAnswer(question: Question, seed: string): QuestionInstance {
  const params =
    "sim" in question && question.sim ? drawParams(question.sim.params, seed, question.id) : {};
  const key = `${question.id}\u0000${JSON.stringify(params)}`;
  let instance = instancesByParams.get(key);
  if (!instance) {
    instance = instantiateQuestion(question, seed);
    instancesByParams.set(key, instance);
  }
  return instance;
}

/**
 * Sends until the server gives an answer that is not "try again": a 503 (database briefly
 * unavailable) or a dropped connection is retried with the same body, so an idempotency key
 * makes the retry count once. Returns null if the run stops first.
 */
async function untilAnswered<T>(
  stopped: () => boolean,
  send: () => Promise<{ status: number; body: T; ms: number }>,
  result?: LoadResult,
) {
  while (!stopped()) {
    try {
      const reply = await send();
      if (reply.status !== 503) return reply;
      if (result) result.outcomes["503"] = (result.outcomes["503"] ?? 0) + 1;
    } catch (error) {
      if (!(error instanceof NetworkError)) throw error;
      if (result) result.outcomes.network = (result.outcomes.network ?? 0) + 1;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
  }
  return null;
}

function note(result: LoadResult, what: string, body: unknown) {
  if (result.unexpected.length < 10)
    result.unexpected.push(`${what}: ${JSON.stringify(body).slice(0, 300)}`);
}

/** The same learner makes the same choices run after run. */
function seededRandom(seed: number): () => number {
  const rng = createRng(seed);
  return () => rng.uniform();
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function summarize(result: LoadResult) {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  return {
    answers: result.acknowledged.length,
    answersPerSecond: result.acknowledged.length / (result.elapsedMs / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}
