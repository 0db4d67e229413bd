/**
 * respond() and respondStream(): the tutor's entry points. The built-in engine answers every
 * intent; a configured model only words explanations, keeps retrieval's citations, and is
 * replaced by the built-in reply (with a notice) when it fails, times out or returns junk. Every
 * reply, built-in or model, passes the leak guard for the question the learner is on.
 */
import { dispatch, validate, type Plan } from "./dispatch";
import type { Focus } from "./focus";
import { checkLeak } from "./leak-guard";
import { buildMessages } from "./llm/prompt";
import { splitSentences } from "./sentences";
import { socraticQuestion } from "./socratic";
import type { TutorContext, TutorReply, TutorRequest } from "./types";

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

const fallback = (plan: Extract<Plan, { kind: "model" }>): TutorReply => ({
  ...plan.builtin,
  engine: "fallback",
  notice: FALLBACK_NOTICE,
});

function modelMessages(
  request: TutorRequest,
  plan: Extract<Plan, { kind: "model" }>,
  context: TutorContext,
) {
  return buildMessages({
    message: request.message,
    hits: plan.relevance.hits,
    ...(request.history ? { history: request.history } : {}),
    ...(plan.contextFocus ? { focus: plan.contextFocus } : {}),
    hintsShown: context.hintsTaken ?? 0,
  });
}

/** The model's text as a reply, or the built-in one when it is junk or leaks. */
function finishModel(
  text: string,
  plan: Extract<Plan, { kind: "model" }>,
  message: string,
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
  return { ...plan.builtin, reply: trimmed, engine: "llm" };
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
    const text = await llm.complete(
      modelMessages(valid, plan, context),
      context.signal ? { signal: context.signal } : {},
    );
    return finishModel(text, plan, valid.message);
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
  let text = "";
  let sent = 0;
  try {
    stream: for await (const piece of llm.stream(
      modelMessages(valid, plan, context),
      context.signal ? { signal: context.signal } : {},
    )) {
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
  const final = finishModel(text, plan, valid.message);
  if (final.engine === "llm")
    for (const rest of splitSentences(final.reply).slice(sent)) yield `${rest} `;
  yield final;
}
