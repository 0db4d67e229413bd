/**
 * Converts the held-out tutor sets (source/*.json, their own format: source/README.md) into the
 * eval-set shape of ../README.md, one file per family in this directory. Faithful by design:
 * every source item becomes one case with the same wording and the same expectations; an item
 * whose ids do not exist in the course (lesson, misconception, question, scenario or parameter)
 * is reported as unconvertible instead of being bent to fit. Nothing here looks at replies.
 *
 *   npx tsx tests/unit/tutor/eval-sets/heldout/convert.ts [sourceDir [outDir]]
 *
 * Then `npx prettier --write <outDir>/*.json`. The second held-out set (../heldout2) is
 * converted with `… convert.ts tests/unit/tutor/eval-sets/heldout2/source tests/unit/tutor/eval-sets/heldout2`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { lessons, misconceptions, questions } from "@/lib/content";
import { getScenario } from "@/lib/sim";
import type { EvalCase, EvalSet } from "../sets";

const here = "tests/unit/tutor/eval-sets/heldout";
const sourceDir = process.argv[2] ?? join(here, "source");
const outDir = process.argv[3] ?? here;

const Groups = z.array(z.array(z.string()).min(1));
const Params = z.record(z.string(), z.union([z.number(), z.string()]));
const Source = {
  concept: z.array(
    z.object({
      question: z.string(),
      expectedLessons: z.array(z.string()).min(1),
      mustMention: Groups,
      type: z.string(),
    }),
  ),
  misconception: z.array(
    z.object({
      question: z.string(),
      misconceptionId: z.string(),
      correctionMustSay: Groups,
      expectedLessons: z.array(z.string()).min(1),
    }),
  ),
  followups: z.array(
    z.object({
      thread: z.array(z.object({ user: z.string() })).min(1),
      final: z.string(),
      onThreadLessons: z.array(z.string()).min(1),
      mustMention: Groups,
    }),
  ),
  offtopic: z.array(
    z.object({ question: z.string(), kind: z.enum(["offtopic", "neartopic"]), note: z.string() }),
  ),
  calculations: z.array(
    z.object({
      question: z.string(),
      expected: z.union([z.number(), z.array(z.number()).min(1)]),
      tolerance: z.number(),
    }),
  ),
  simulations: z.array(
    z.object({
      request: z.string(),
      scenario: z.string(),
      params: Params,
      alsoAcceptable: z.array(z.object({ scenario: z.string(), params: Params })).optional(),
    }),
  ),
  keyExtraction: z.array(
    z.object({ questionRef: z.string(), questionType: z.string(), attempt: z.string() }),
  ),
};

/** An item the shape cannot hold, with the reason (listed in README.md). */
class Unconvertible extends Error {}
const skipped: string[] = [];

const lessonIds = new Set(lessons.map((l) => l.id));
const misconceptionIds = new Set(misconceptions.map((m) => m.id));

function knownLessons(ids: readonly string[]): string[] {
  const unknown = ids.filter((id) => !lessonIds.has(id));
  if (unknown.length > 0) throw new Unconvertible(`unknown lesson ${unknown.join(", ")}`);
  return [...ids];
}

/**
 * The source says "every other parameter should stay at its default", so the expected values
 * are the named ones plus every other parameter at the scenario's default.
 */
function withDefaults(scenarioId: string, named: Record<string, number | string>) {
  const scenario = getScenario(scenarioId);
  if (!scenario) throw new Unconvertible(`unknown scenario ${scenarioId}`);
  const specs = scenario.params as Record<string, { default: number | string }>;
  const unknown = Object.keys(named).filter((k) => !(k in specs));
  if (unknown.length > 0) throw new Unconvertible(`${scenarioId} has no ${unknown.join(", ")}`);
  const defaults = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default]));
  return { scenario: scenarioId, params: { ...defaults, ...named } };
}

/** Each family: its output file and one thunk per source item (a thunk may throw Unconvertible). */
type Thunk = () => EvalCase;
const converters: Record<string, { file: string; family: string; cases: () => Thunk[] }> = {
  concept: {
    file: "answers.json",
    family: "answers",
    cases: () =>
      read("concept.json", Source.concept).map((item, i) => () => ({
        id: `concept-${i + 1}-${item.type}`,
        question: item.question,
        expect: { lessons: knownLessons(item.expectedLessons), mustMention: item.mustMention },
      })),
  },
  misconception: {
    file: "misconceptions.json",
    family: "misconceptions",
    cases: () =>
      read("misconception.json", Source.misconception).map((item, i) => () => {
        if (!misconceptionIds.has(item.misconceptionId))
          throw new Unconvertible(`unknown misconception ${item.misconceptionId}`);
        return {
          id: `misconception-${i + 1}-${item.misconceptionId}`,
          question: item.question,
          expect: {
            misconception: item.misconceptionId,
            lessons: knownLessons(item.expectedLessons),
            mustMention: item.correctionMustSay,
          },
        };
      }),
  },
  followups: {
    file: "followups.json",
    family: "followups",
    cases: () =>
      read("followups.json", Source.followups).map((item, i) => () => ({
        id: `followup-${i + 1}`,
        thread: [...item.thread.map((t) => t.user), item.final],
        expect: { lessons: knownLessons(item.onThreadLessons), mustMention: item.mustMention },
      })),
  },
  offtopic: {
    file: "offtopic.json",
    family: "offtopic",
    cases: () =>
      read("offtopic.json", Source.offtopic).map((item, i) => () => ({
        id: `offtopic-${i + 1}-${item.kind}`,
        question: item.question,
        expect: { offTopic: true },
      })),
  },
  calculations: {
    file: "calc.json",
    family: "calc",
    cases: () =>
      read("calculations.json", Source.calculations).map((item, i) => () => {
        // The runner's numbers match within 1 %: as tight as the source's 0.01, and for its
        // exact integers (tolerance 0) only the integer itself can be written within 1 %.
        if (item.tolerance > 0.01) throw new Unconvertible(`tolerance ${item.tolerance} > 1 %`);
        const expected = item.expected;
        return {
          id: `calc-${i + 1}`,
          question: item.question,
          expect: Array.isArray(expected) ? { numbers: expected } : { number: expected },
        };
      }),
  },
  simulations: {
    file: "simulate.json",
    family: "simulate",
    cases: () =>
      read("simulations.json", Source.simulations).map((item, i) => () => {
        const main = withDefaults(item.scenario, item.params);
        const also = (item.alsoAcceptable ?? []).map((a) => withDefaults(a.scenario, a.params));
        return {
          id: `simulate-${i + 1}`,
          question: item.request,
          expect: { ...main, ...(also.length > 0 ? { alsoAcceptable: also } : {}) },
        };
      }),
  },
  keyExtraction: {
    file: "key-extraction.json",
    family: "key-extraction",
    cases: () =>
      read("key-extraction.json", Source.keyExtraction).map((item, i) => () => {
        const question = questions.find((q) => q.id === item.questionRef);
        if (!question) throw new Unconvertible(`unknown question ${item.questionRef}`);
        if (question.type !== item.questionType)
          throw new Unconvertible(
            `${item.questionRef} is ${question.type}, not ${item.questionType}`,
          );
        // The attempt is made with the question open in its lesson, as on the lesson page.
        return {
          id: `key-${i + 1}-${item.questionType}`,
          question: item.attempt,
          lessonId: item.questionRef.split("/")[0]!,
          questionId: item.questionRef,
          expect: { noLeak: true },
        };
      }),
  },
};

function read<T>(file: string, schema: z.ZodType<T[]>): T[] {
  return schema.parse(JSON.parse(readFileSync(join(sourceDir, file), "utf8")));
}

/** Runs the thunks, so one unconvertible item is reported without losing the rest. */
function build(name: string, thunks: Thunk[]): EvalCase[] {
  const out: EvalCase[] = [];
  for (const [i, make] of thunks.entries()) {
    try {
      out.push(make());
    } catch (e) {
      if (!(e instanceof Unconvertible)) throw e;
      skipped.push(`${name} #${i + 1}: ${e.message}`);
    }
  }
  return out;
}

for (const [name, c] of Object.entries(converters)) {
  const set: EvalSet = { family: c.family, cases: build(name, c.cases()) };
  writeFileSync(join(outDir, c.file), `${JSON.stringify(set, null, 2)}\n`);
  console.log(`${c.file}: ${set.cases.length} cases`);
}
console.log(skipped.length === 0 ? "unconvertible: none" : `unconvertible:\n${skipped.join("\n")}`);
