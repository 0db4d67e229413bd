/**
 * "what about the GRU?", "and in keras?", "and in the 1997 version?", "why not in an lstm?": the
 * thread's question asked again about another subject, or under a condition, or the subject on
 * its own when the thread has no question to swap it into.
 */
import { definitionAsked } from "../answer/glossary";
import { correct, passages, queryTerms, vocabulary } from "../retrieval";
import { terms } from "../retrieval/text";
import { STRONG } from "../retrieval/vocabulary";
import { settingNote } from "../simulate/setting-note";
import { explain } from "./actions";
import type { FollowUp } from "./followup";
import { courseTerms } from "./state";
import { counterpartOf, homeLesson, sameQuestionAbout } from "./subject";
import { modelEntry, withModelReason } from "./model-gist";
import type { Decision, Turn } from "./turn";

type ExplainOptions = Parameters<typeof explain>[2];

export function askedAbout(
  turn: Turn,
  f: Extract<FollowUp, { kind: "what-about" }>,
  common: ExplainOptions,
): Decision {
  const { state } = turn;
  const topic = common.lessonId;
  // "what about the GRU?" after "why does the LSTM fix vanishing?": the same question about it.
  // The thread's latest question first: "do I need to set the forget bias myself?", then "and
  // in pytorch?", asks that under the condition, not an older question with a word to swap.
  const [latest, ...older] = earlierQuestions(turn);
  const latestSwapped = latest ? sameQuestionAbout(latest, f.subject) : undefined;
  const same =
    latestSwapped ??
    (f.via && state.asked
      ? undefined
      : older.map((q) => sameQuestionAbout(q, f.subject)).find((q) => q !== undefined));
  // The subject's own lesson ("The GRU: …" for the GRU) is favoured.
  // A subject with no course subject of its own ("and keras?") leaves the question in the
  // thread's lesson, where it was answered.
  const home = same
    ? (homeLesson(f.subject) ??
      (courseTerms(f.subject).some((t) => STRONG.has(t)) ? undefined : topic))
    : undefined;
  // Asked again, it is answered as if asked outright: "explain vanishing gradients" opens
  // with the definition, as it would on its own.
  // A term defined in another lesson ("the per-step Jacobian", asked again "and the GRU?") is
  // not the question: the subject's own version of it is, in the subject's lesson.
  const defined = same ? definitionAsked(same) : undefined;
  // The same general definition the thread's question got ("the Jacobian", asked again "and for
  // the lstm cell?") says nothing about the new subject: its own version is the answer.
  const repeated =
    defined !== undefined && latest !== undefined && definitionAsked(latest) === defined;
  const definition =
    defined && !repeated && (!home || defined.lessonId === home) ? defined : undefined;
  // The thread's mechanism in the other model ("the forget gate" → "the update gate").
  // The thread's earlier turns count: "and for the lstm's cell?" named the cell, then "and the GRU?".
  const thread = `${quotedText(state)} ${earlierQuestions(turn).join(" ")}`;
  const part = same ? counterpartOf(state.asked ?? "", thread, f.subject) : undefined;
  if (same)
    // "and for sigmoid?" swaps the activation: its derivative bound is said first.
    return withSettingNote(
      explain(turn, same, {
        ...(part
          ? { extraTerms: queryTerms(part) }
          : repeated
            ? { extraTerms: courseTerms(f.subject) }
            : {}),
        ...(home ? { lessonId: home } : {}),
        ...(definition ? { definition } : {}),
        avoid: quotedNotAbout(state.quoted, f.subject),
      }),
      f.subject,
      ACTIVATION_KEYS,
    );
  // "and in the 1997 version?", "and for an lstm cell?": nothing to swap, so the thread's
  // question is asked again under that condition.
  if (f.via && state.asked) {
    const qualified = `${state.asked.replace(/[\s?.!]+$/, "")} ${f.via} ${f.subject}?`;
    // A model named of a question about no model: what that model changes leads.
    const model = modelEntry(f.subject, state.asked);
    // The thread's lesson covers its question; the model's own lesson only when there is none.
    const own = homeLesson(f.subject) ?? (model ? (topic ?? model.lessonId) : undefined);
    const answered = explain(turn, qualified, {
      ...(own ? { lessonId: own } : {}),
      avoid: quotedNotAbout(state.quoted, f.subject),
    });
    return withSettingNote(model ? withModelReason(answered, model) : answered, f.subject);
  }
  // "what about pancakes?" names something the course never mentions: it is judged alone.
  if (foreign(f.subject)) return explain(turn, `${f.subject}?`, {});
  // "what about exploding?" is a new subject in the same frame: the subject leads.
  const own = courseTerms(f.subject).length > 0;
  return explain(turn, `${f.subject}?`, {
    followUp: true,
    // A subject of its own keeps only the thread's strong terms (its model, its fix).
    // "what about exploding?" after vanishing drops the thread's own regime.
    extraTerms: own
      ? state.terms
          .filter((t) => STRONG.has(t) && !(REGIME.test(f.subject) && REGIME.test(t)))
          .slice(0, 3)
      : state.terms,
    ...(own ? {} : topic ? { lessonId: topic } : {}),
  });
}

const REGIME = /vanish|explod/i;

/** A condition that is a scenario setting ("the 1997 version") leads with what it does. */
const ACTIVATION_KEYS = ["activation", "stackActivation"];

function withSettingNote(decision: Decision, subject: string, keys?: readonly string[]): Decision {
  const note = settingNote(subject, keys);
  if (!note || decision.reply.intent !== "explain") return decision;
  return { ...decision, reply: { ...decision.reply, reply: `${note} ${decision.reply.reply}` } };
}

/** The passages the thread's last reply quoted. */
function quotedText(state: Turn["state"]): string {
  return state.quoted
    .slice(-2)
    .map((id) => passages.find((p) => p.id === id)?.text ?? "")
    .join(" ");
}

/**
 * The quoted passages a follow-up about `subject` should still avoid: one that already spoke of
 * the subject ("γ = 1/4 for the sigmoid", asked "and for sigmoid?") is the answer, not a repeat.
 */
function quotedNotAbout(quoted: readonly string[], subject: string): Set<string> {
  const named = courseTerms(subject);
  // Without a strong term ("and in keras?") the subject's own course words decide.
  const strong = named.filter((t) => STRONG.has(t));
  const own = strong.length > 0 ? strong : named.length > 0 ? named : terms(subject);
  if (own.length === 0) return new Set(quoted);
  return new Set(
    quoted.filter((id) => {
      const text = passages.find((p) => p.id === id)?.text;
      if (!text) return true;
      // A passage's own words need no spelling correction.
      const words = new Set(terms(text));
      return !own.every((t) => words.has(t));
    }),
  );
}
/** The thread's questions, latest first: the state's, then the learner's earlier messages. */
export function earlierQuestions(turn: Turn): string[] {
  const users = (turn.request.history ?? []).filter((t) => t.role === "user").map((t) => t.content);
  return [...(turn.state.asked ? [turn.state.asked] : []), ...users.reverse().slice(0, 6)];
}

/** A subject with a word the course never uses (after spelling correction). */
function foreign(subject: string): boolean {
  return terms(subject)
    .map(correct)
    .some((t) => !vocabulary.has(t) && !/\d/.test(t));
}
