import "server-only";
import { z } from "zod";
import { getQuestion, type Question } from "@/lib/content";
import { getScenario } from "@/lib/sim";
import { instantiateQuestion, type QuestionInstance } from "@/lib/learning/instantiate";
import { instanceSeed } from "../quiz/seed";

/**
 * How an instructor reads one stored answer: the prompt the learner saw, the answer given in
 * words, and the simulation parameters behind it. "Replay" means the question's own drawn
 * parameters, which rebuild the exact plot the learner was asked about; the sliders the learner
 * moved before answering are the answer's exploration (lib/db/exploration.ts).
 */

const Payload = z.object({ response: z.record(z.string(), z.unknown()).optional() }).catch({});

export interface Replay {
  scenarioId: string;
  params: Record<string, number | string>;
  /** /lab/<scenarioId>?<params>: the same plot, live. */
  href: string;
}

export interface AnswerView {
  prompt: string;
  given: string;
  drawnParams: Record<string, number>;
  replay: Replay | null;
}

function labHref(scenarioId: string, params: Record<string, number | string>) {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `/lab/${encodeURIComponent(scenarioId)}${query.size > 0 ? `?${query.toString()}` : ""}`;
}

function optionText(instance: QuestionInstance, id: unknown): string {
  const options = "options" in instance ? instance.options : [];
  return options.find((o) => o.id === id)?.text ?? String(id);
}

function describeResponse(
  instance: QuestionInstance | null,
  response: Record<string, unknown> | undefined,
) {
  if (!response || Object.keys(response).length === 0) return "(response not recorded)";
  if (!instance) return JSON.stringify(response);
  if ("optionId" in response) return optionText(instance, response.optionId);
  if (Array.isArray(response.optionIds)) {
    return (
      response.optionIds.map((id) => optionText(instance, id)).join("; ") || "(nothing chosen)"
    );
  }
  if ("value" in response)
    return (
      String(response.value) +
      (instance.type === "numeric" && instance.unit ? ` ${instance.unit}` : "")
    );
  if (Array.isArray(response.order) && instance.type === "ordering") {
    return response.order
      .map((id, i) => `${i + 1}. ${instance.items.find((it) => it.id === id)?.text ?? String(id)}`)
      .join("  ");
  }
  if (typeof response.text === "string") return response.text;
  return JSON.stringify(response);
}

function instanceOf(question: Question | undefined, attemptId: string): QuestionInstance | null {
  if (!question) return null;
  try {
    return instantiateQuestion(question, instanceSeed(attemptId, question.id));
  } catch {
    return null;
  }
}

/** Instances cached per attempt and question: every try of a question shares one (its key runs a simulation). */
export type InstanceCache = Map<string, QuestionInstance | null>;

export function viewAnswer(
  attemptId: string,
  questionId: string,
  payload: string,
  cache: InstanceCache = new Map(),
): AnswerView {
  const question = getQuestion(questionId);
  const cacheKey = `${attemptId}/${questionId}`;
  const instance = cache.has(cacheKey)
    ? (cache.get(cacheKey) ?? null)
    : instanceOf(question, attemptId);
  cache.set(cacheKey, instance);
  let raw: unknown = {};
  try {
    raw = JSON.parse(payload);
  } catch {
    raw = {};
  }
  const { response } = Payload.parse(raw);
  let replay: Replay | null = null;
  if (instance?.type === "predict-plot") {
    const { scenarioId, params } = instance.key.run;
    if (getScenario(scenarioId)) replay = { scenarioId, params, href: labHref(scenarioId, params) };
  }
  return {
    prompt:
      instance?.prompt ?? question?.prompt ?? `Question ${questionId} (no longer in the bank)`,
    given: describeResponse(instance, response),
    drawnParams: { ...(instance?.params ?? {}) },
    replay,
  };
}
