/**
 * respond() and respondStream(): the tutor's entry points. The built-in engine answers every
 * intent. With a model configured, explanations, hints, simulation requests and draft feedback
 * go to the model, which may call the tools (llm/tools.ts: search the course, run a scenario,
 * give the next hint, check a draft); the built-in reply, computed first, replaces it (with a
 * notice) when it fails, times out or returns junk. Quiz turns, calculations, greetings and
 * off-topic replies stay built-in. Every reply, built-in or model, passes the leak guard for the
 * question the learner is on.
 */
import { dispatch, validate, type Plan } from "./dispatch";
import { hintsSeenInChat, type Focus } from "./focus";
import { checkLeak } from "./leak-guard";
import { converse } from "./llm/agent";
import { buildMessages } from "./llm/prompt";
import { createToolbox, type ToolOutcome } from "./llm/tools";
import { splitSentences } from "./sentences";
import { socraticQuestion } from "./socratic";
import type { Citation, TutorContext, TutorReply, TutorRequest } from "./types";

export const FALLBACK_NOTICE =
  "The AI model did not answer; this reply comes from the built-in tutor.";
export const WITHHELD_NOTICE =
  "The AI model's reply was withheld because it came too close to your current question; this reply comes from the built-in tutor.";
const MAX_MODEL_CHARS = 4000;

/** The first question whose key the text gives away, if any. */
function leakingFocus(
  text: string,
  guards: readonly Focus[],
  message: string,
  except?: string,
): Focus | undefined {
  return guards.find(
    (g) => g.question.id !== except && checkLeak(text, g.instance, message).leaked,
  );
}

function withheld(reply: TutorReply, focus: Focus): TutorReply {
  const nudge = socraticQuestion(focus.instance.concepts, 0);
  const safe = checkLeak(nudge, focus.instance).leaked
    ? "Which idea from the lesson does it hinge on?"
    : nudge;
  return {
    ...reply,
    reply: `That would give away the answer to the question you're working on, so I'll hold it back. ${safe} Ask for a hint if you're stuck.`,
    effects: reply.effects.filter((e) => e.type !== "hint"),
  };
}

/**
 * Applies the leak guard to a finished reply. Exempt: a freshly asked quiz question (public by
 * design) and the restatement of the learner's own answer ("Your answer: **B**"), which tells
 * them nothing they did not type.
 */
function guard(reply: TutorReply, guards: readonly Focus[], message: string): TutorReply {
  if (reply.intent === "quiz-answer") return reply;
  const asked = reply.effects.find((e) => e.type === "quiz-question")?.questionId;
  const leak = leakingFocus(reply.reply, guards, message, asked);
  return leak ? withheld(reply, leak) : reply;
}

type ModelPlan = Extract<Plan, { kind: "model" }>;

const fallback = (plan: ModelPlan): TutorReply => ({
  ...plan.builtin,
  engine: "fallback",
  notice: FALLBACK_NOTICE,
});

/** The model's opening messages and the tools it may call, for this request. */
function modelTurn(request: TutorRequest, plan: ModelPlan, context: TutorContext) {
  const focus = plan.guards[0];
  const hintsTaken =
    focus?.source === "quiz"
      ? hintsSeenInChat(request.history, focus.question.id)
      : (context.hintsTaken ?? 0);
  const toolbox = createToolbox({
    message: request.message,
    ...(request.lessonId ? { lessonId: request.lessonId } : {}),
    guards: plan.guards,
    ...(focus ? { focus } : {}),
    hintsTaken,
  });
  const messages = buildMessages({
    message: request.message,
    hits: plan.relevance?.hits ?? [],
    ...(request.history ? { history: request.history } : {}),
    ...(plan.contextFocus ? { focus: plan.contextFocus } : {}),
    hintsShown: context.hintsTaken ?? 0,
    tools: true,
    ...(request.plot ? { plot: request.plot } : {}),
  });
  const options = { ...(context.signal ? { signal: context.signal } : {}) };
  return { toolbox, messages, options };
}

const mergeCitations = (first: readonly Citation[], more: readonly Citation[]) => [
  ...first,
  ...more.filter((c) => !first.some((f) => f.id === c.id)),
];

/** The model's text as a reply with what its tools did, or the built-in one when it is junk or leaks. */
function finishModel(
  text: string,
  plan: ModelPlan,
  message: string,
  outcome: ToolOutcome,
): TutorReply {
  const trimmed = text.trim();
  if (trimmed.length < 2 || trimmed.length > MAX_MODEL_CHARS)
    return guard(fallback(plan), plan.guards, message);
  const leak = leakingFocus(trimmed, plan.guards, message);
  if (leak)
    return {
      ...guard(plan.builtin, plan.guards, message),
      engine: "fallback",
      notice: WITHHELD_NOTICE,
    };
  const plot = outcome.plot ?? plan.builtin.plot;
  return {
    ...plan.builtin,
    reply: trimmed,
    engine: "llm",
    citations: mergeCitations(plan.builtin.citations, outcome.citations),
    effects: outcome.effects,
    ...(plot ? { plot } : {}),
  };
}

export async function respond(
  request: TutorRequest,
  context: TutorContext = {},
): Promise<TutorReply> {
  const valid = validate(request);
  const plan = dispatch(valid, context);
  if (plan.kind === "reply") return guard(plan.reply, plan.guards, valid.message);
  const llm = context.llm;
  if (!llm) return guard(plan.builtin, plan.guards, valid.message);
  try {
    const { toolbox, messages, options } = modelTurn(valid, plan, context);
    let text = "";
    for await (const piece of converse(llm, messages, toolbox, { ...options, stream: false }))
      text += piece;
    return finishModel(text, plan, valid.message, toolbox.outcome());
  } catch {
    return guard(fallback(plan), plan.guards, valid.message);
  }
}

/**
 * A reply's text in sentence-sized chunks that concatenate back to exactly the text (markdown
 * lists and TeX intact): each chunk ends after a sentence's end mark or a line break.
 */
export function chunks(text: string): string[] {
  return (text.match(/[\s\S]*?(?:[.!?](?=\s)|\n|$)\s*/g) ?? []).filter((c) => c !== "");
}

/**
 * Text chunks, then the final TutorReply (always last). The final reply is authoritative: when
 * the model fails mid-stream or a sentence would leak, streaming stops there and the final reply
 * carries the built-in text (with its notice) for the client to show instead.
 */
export async function* respondStream(
  request: TutorRequest,
  context: TutorContext = {},
): AsyncGenerator<string | TutorReply, void> {
  const valid = validate(request);
  const plan = dispatch(valid, context);
  const llm = context.llm;
  if (plan.kind === "reply" || !llm) {
    const reply = guard(
      plan.kind === "reply" ? plan.reply : plan.builtin,
      plan.guards,
      valid.message,
    );
    yield* chunks(reply.reply);
    yield reply;
    return;
  }
  const { toolbox, messages, options } = modelTurn(valid, plan, context);
  let text = "";
  let sent = 0;
  try {
    stream: for await (const piece of converse(llm, messages, toolbox, {
      ...options,
      stream: true,
    })) {
      text += piece;
      if (text.length > MAX_MODEL_CHARS) throw new Error("too long");
      // Release whole sentences only, each checked together with everything said before it. The
      // last one may still grow ("pass? — The ..." is one sentence), so wait for the next to start.
      const sentences = splitSentences(text);
      const complete = sentences.length - 1;
      for (; sent < complete; sent++) {
        if (leakingFocus(sentences.slice(0, sent + 1).join(" "), plan.guards, valid.message))
          break stream;
        yield `${sentences[sent] ?? ""} `;
      }
    }
  } catch {
    yield guard(fallback(plan), plan.guards, valid.message);
    return;
  }
  const final = finishModel(text, plan, valid.message, toolbox.outcome());
  if (final.engine === "llm")
    for (const rest of splitSentences(final.reply).slice(sent)) yield `${rest} `;
  yield final;
}
