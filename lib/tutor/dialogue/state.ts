/**
 * The dialogue state: what the thread is about, read from the request (the state the previous
 * reply returned) or, when the client sends none, rebuilt from the history it does send. The
 * engine returns the next state with every reply; it is plain JSON, so the conversation can
 * store it as is.
 */
import { DialogueState, type HistoryTurn, type TutorReply } from "../types";
import { pendingQuiz } from "../focus";
import { queryTerms } from "../retrieval";
import { STRONG, WEAK } from "../retrieval/vocabulary";

const MAX_TERMS = 24;
const MAX_QUOTED = 12;

export const emptyState = (): DialogueState => ({ terms: [], quoted: [], turns: 0 });

/** Course terms of a message (what a follow-up should keep searching for). */
export function courseTerms(message: string): string[] {
  return queryTerms(message).filter((t) => STRONG.has(t) || WEAK.has(t));
}

/**
 * The terms a thread keeps after an answer: the question's words, then the words of the
 * correction it made (what "why though?" after it asks the reason for). Repeats go, so a wordy
 * question cannot push the correction's terms past the cut.
 */
export function threadTerms(message: string, correction: string): string[] {
  const asked = [...new Set(queryTerms(message))];
  const fixed = queryTerms(correction).filter((t) => !asked.includes(t));
  const room = Math.max(MAX_TERMS - fixed.length, Math.min(asked.length, 8));
  return [...new Set([...asked.slice(0, room), ...fixed])].slice(0, MAX_TERMS);
}

/**
 * Without a stored state: the pending quiz from the history's marker, and the terms of the
 * latest earlier user message that used course words (its topic is found again by retrieval).
 */
export function stateFromHistory(history: readonly HistoryTurn[] | undefined): DialogueState {
  const state = emptyState();
  const quiz = pendingQuiz(history);
  if (quiz) state.quiz = { questionId: quiz };
  const users = (history ?? []).filter((t) => t.role === "user");
  for (const turn of [...users].reverse().slice(0, 4)) {
    const t = courseTerms(turn.content);
    if (t.length > 0) {
      state.terms = [...new Set(queryTerms(turn.content))].slice(0, MAX_TERMS);
      state.asked = turn.content.slice(0, 300);
      break;
    }
  }
  state.turns = users.length;
  return state;
}

/**
 * The state the client sent back is authoritative (the reply that closed a quiz returned a state
 * without one); a quiz marker on the last assistant turn fills in a state that lacks it.
 */
export function readState(request: {
  state?: DialogueState | undefined;
  history?: readonly HistoryTurn[] | undefined;
}): DialogueState {
  if (!request.state) return stateFromHistory(request.history);
  const state = DialogueState.parse(request.state);
  const marked = pendingQuiz(request.history);
  if (!state.quiz && marked) state.quiz = { questionId: marked };
  return state;
}

export interface TurnFacts {
  /** Search terms of this turn's question, when it was on topic and stood on its own. */
  terms?: string[];
  /** Passage ids the reply quoted. */
  quoted?: string[];
  /** Dials this turn changed (simulations). */
  changed?: string[];
  /** The message, when it stood on its own and was on topic. */
  asked?: string;
  /** The turn only followed the thread ("why tho", "example?"): the thread keeps its lesson. */
  followed?: boolean;
}

/** The state after this reply. */
export function advance(prev: DialogueState, reply: TutorReply, facts: TurnFacts): DialogueState {
  const next: DialogueState = { ...prev, turns: prev.turns + 1 };
  const first = reply.citations[0]?.id;
  // The thread's lesson is its questions': a terse follow-up answered from another lesson's
  // passage ("why tho" quoting the backprop lesson about a residual's Jacobian) does not move it.
  const kept = facts.followed === true && prev.topic !== undefined;
  if (first && reply.intent !== "off-topic" && !kept) next.topic = first;
  if (facts.terms && facts.terms.length > 0) next.terms = facts.terms.slice(0, MAX_TERMS);
  if (facts.asked) next.asked = facts.asked.slice(0, 300);
  if (facts.quoted)
    next.quoted = [...prev.quoted.filter((q) => !facts.quoted?.includes(q)), ...facts.quoted].slice(
      -MAX_QUOTED,
    );
  if (reply.plot) {
    const same = prev.sim?.scenarioId === reply.plot.scenarioId;
    const changed = [...(same ? (prev.sim?.changed ?? []) : []), ...(facts.changed ?? [])];
    next.sim = {
      scenarioId: reply.plot.scenarioId,
      params: { ...reply.plot.params },
      changed: [...new Set(changed.reverse())].reverse().slice(-12),
    };
  }
  if (reply.quiz) next.quiz = { questionId: reply.quiz.questionId };
  else delete next.quiz;
  return next;
}
