import type { Question } from "@/lib/content/schema";
import { instantiateQuestion, type QuestionInstance } from "./instantiate";

/**
 * A question's instance is a pure function of the question and its seed, and simulating it is
 * the costliest step of showing or grading a question (a third of a millisecond). The same
 * instance is needed again and again (the view, then each try), so recent ones are kept: a
 * small least-recently-used map, per process. Instances are frozen: callers only read them.
 */
const CAPACITY = 2_000;
const recent = new Map<string, QuestionInstance>();

export function cachedInstance(question: Question, seed: string): QuestionInstance {
  const key = `${question.id}\u0000${seed}`;
  const hit = recent.get(key);
  if (hit) {
    recent.delete(key);
    recent.set(key, hit);
    return hit;
  }
  const instance = Object.freeze(instantiateQuestion(question, seed));
  recent.set(key, instance);
  if (recent.size > CAPACITY) recent.delete(recent.keys().next().value as string);
  return instance;
}
