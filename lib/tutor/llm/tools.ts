/**
 * The tools a configured model may call while it answers: search the course, run a scenario,
 * give the next hint of the learner's question, and give formative feedback on the learner's
 * own draft. They run the built-in tutor's own parts, so the model gets exactly what the
 * built-in engine would say and nothing more: never a key, never a question's explanation.
 * Every result passes the leak guard before the model sees it, arguments are parsed with zod
 * (a bad call gets an error message back, the turn goes on), and each tool records what the
 * app must show besides the text: citations, the plot, the hint it revealed.
 */
import { z } from "zod";
import { getLesson } from "@/lib/content";
import {
  defaultParams,
  getScenario,
  parseScenarioParams,
  runWithinBudget,
  scenarios,
  type ParamValues,
  type ScenarioDefinition,
} from "@/lib/sim";
import { feedbackReply } from "../feedback";
import type { Focus } from "../focus";
import { hintReply } from "../hint";
import { checkLeak } from "../leak-guard";
import { queryTerms, rankLessons, search, type Hit } from "../retrieval";
import type { Citation, TutorEffect } from "../types";
import { definitions } from "./tool-definitions";
import type { ToolCall, ToolDefinition } from "./wire";

export interface ToolContext {
  /** The learner's message this turn (a draft to give feedback on, a request to run). */
  message: string;
  lessonId?: string;
  /** Questions whose keys must not reach the model. */
  guards: readonly Focus[];
  /** The question the learner works on, if any: hints and feedback are about it. */
  focus?: Focus;
  hintsTaken: number;
}

/** What the tools did, for the final reply. */
export interface ToolOutcome {
  citations: Citation[];
  plot?: { scenarioId: string; params: ParamValues };
  effects: TutorEffect[];
  /** Tool names in the order they ran (for tests and logs). */
  ran: string[];
}

export interface Toolbox {
  definitions: ToolDefinition[];
  run(call: ToolCall): string;
  outcome(): ToolOutcome;
}

const MAX_PASSAGES = 4;
const MAX_RESULT_CHARS = 4000;
const WITHHELD =
  "Withheld: this result would give away the answer to the question the learner is working on. Guide them with a question instead.";

const SearchArgs = z.object({ query: z.string().trim().min(1).max(300) });
const RunArgs = z.object({
  scenarioId: z.string().min(1),
  params: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
});
const NoArgs = z.object({}).loose();

const passageText = (h: Hit, n: number) =>
  `[S${n}] ${h.passage.lessonTitle} — ${h.passage.heading}\n${h.passage.text}`;

/** Clamps numbers into range and names what changed; unknown dials are an error for the model. */
function settle(
  def: ScenarioDefinition,
  asked: ParamValues,
): { values: ParamValues; notes: string[] } | { error: string } {
  const values = defaultParams(def.params);
  const notes: string[] = [];
  for (const [key, raw] of Object.entries(asked)) {
    const p = def.params[key];
    if (!p)
      return {
        error: `params.${key}: not a dial of ${def.id}; its dials are ${Object.keys(def.params).join(", ")}`,
      };
    if (p.kind === "choice") {
      if (!p.options.some((o) => o.value === raw))
        return { error: `params.${key}: one of ${p.options.map((o) => o.value).join(", ")}` };
      values[key] = raw;
      continue;
    }
    const n = typeof raw === "number" ? raw : Number(raw);
    if (!Number.isFinite(n)) return { error: `params.${key}: a number from ${p.min} to ${p.max}` };
    let v = Math.min(p.max, Math.max(p.min, n));
    if (p.integer) v = Math.round(v);
    if (v !== n) notes.push(`${p.label} goes from ${p.min} to ${p.max}; ${n} was run as ${v}.`);
    values[key] = v;
  }
  return { values: parseScenarioParams(def, values), notes };
}

export function createToolbox(ctx: ToolContext): Toolbox {
  const citations: Citation[] = [];
  const effects: TutorEffect[] = [];
  const ran: string[] = [];
  let plot: ToolOutcome["plot"];
  let hinted = false;

  const leaks = (text: string) =>
    ctx.guards.some((g) => checkLeak(text, g.instance, ctx.message).leaked);
  const cite = (lessonId: string) => {
    const lesson = getLesson(lessonId);
    if (lesson && !citations.some((c) => c.id === lesson.id))
      citations.push({ id: lesson.id, title: lesson.title });
  };

  function searchCourse(args: z.infer<typeof SearchArgs>): string {
    const hits = search(queryTerms(args.query), {
      ...(ctx.lessonId ? { lessonId: ctx.lessonId } : {}),
      excludeQuestionIds: ctx.guards.map((g) => g.question.id),
    })
      // Lesson text only: question passages (hints, explanations) can state a key.
      .filter((h) => h.passage.questionId === undefined && h.passage.kind !== "source-note")
      .filter((h) => !leaks(h.passage.text))
      .slice(0, MAX_PASSAGES);
    if (hits.length === 0) return "No course passage matches. Say the course does not cover it.";
    for (const l of rankLessons(hits)) cite(l.lessonId);
    return hits.map((h, i) => passageText(h, i + 1)).join("\n\n");
  }

  function runScenario(args: z.infer<typeof RunArgs>): string {
    const def = getScenario(args.scenarioId);
    if (!def) return `error: scenarioId: one of ${Object.keys(scenarios).join(", ")}`;
    const settled = settle(def, args.params);
    if ("error" in settled) return `error: ${settled.error}`;
    const run = runWithinBudget(def, settled.values);
    const said = run.ok
      ? run.result.caption
      : "Too large to compute on the server; the learner's browser draws it.";
    const text = [`Ran ${def.title}.`, ...settled.notes, said].join(" ");
    if (leaks(text)) return WITHHELD;
    plot = { scenarioId: def.id, params: settled.values };
    cite(def.lessonId);
    return text;
  }

  function giveHint(): string {
    if (!ctx.focus) return "The learner has no question open; there is no hint to give.";
    if (hinted) return "A hint was already given in this reply.";
    hinted = true;
    const reply = hintReply(ctx.focus, ctx.hintsTaken, ctx.message);
    effects.push(...reply.effects);
    cite(ctx.focus.question.lessonId);
    return reply.reply;
  }

  function checkDraft(): string {
    if (ctx.focus?.instance.type !== "short-text")
      return "Only a written explanation for an open short-answer question gets feedback here; choices and numbers are checked when the learner submits them in the quiz.";
    cite(ctx.focus.question.lessonId);
    return feedbackReply(ctx.focus, ctx.message).reply;
  }

  function dispatch(call: ToolCall): string {
    const args = safeJson(call.arguments);
    if (args === undefined) return "error: arguments must be a JSON object";
    switch (call.name) {
      case "search_course":
        return parsed(SearchArgs, args, searchCourse);
      case "run_scenario":
        return parsed(RunArgs, args, runScenario);
      case "give_hint":
        return parsed(NoArgs, args, giveHint);
      case "check_draft":
        return parsed(NoArgs, args, checkDraft);
      default:
        return `error: no tool named ${call.name}`;
    }
  }

  return {
    definitions: definitions(),
    run(call) {
      ran.push(call.name);
      let text: string;
      try {
        text = dispatch(call).slice(0, MAX_RESULT_CHARS);
      } catch (e) {
        text = `error: ${e instanceof Error ? e.message : String(e)}`;
      }
      return leaks(text) ? WITHHELD : text;
    },
    outcome: () => ({ citations, effects, ran, ...(plot ? { plot } : {}) }),
  };
}

function parsed<S extends z.ZodType>(schema: S, args: unknown, run: (a: z.infer<S>) => string) {
  const r = schema.safeParse(args);
  if (r.success) return run(r.data);
  const issue = r.error.issues[0];
  return `error: ${issue?.path.join(".") || "arguments"}: ${issue?.message ?? "invalid"}`;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s || "{}");
  } catch {
    return undefined;
  }
}
