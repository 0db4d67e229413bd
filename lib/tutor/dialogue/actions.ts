/** The replies a turn can end in: a run, an explanation from the course, a hint for the open question. */
import { getMisconception } from "@/lib/content";
import { classify } from "../answer/classify";
import { compose, type ComposeOptions } from "../answer/compose";
import { offTopicReply } from "../explain";
import { hintsSeenInChat, type Focus } from "../focus";
import { hintReply } from "../hint";
import { assess } from "../relevance";
import { regime } from "../simulate/regime";
import { simulateReply, type SimulateInput } from "../simulate/reply";
import { threadTerms } from "./state";
import type { Decision, Turn } from "./turn";

/** Words that point at the question being worked on rather than at a new subject. */
const ABOUT_QUESTION =
  /\b(?:question|answer|options?|boxes|box|tick|choose|pick|select|this|it|one|ones|number|value|statements?|true|false|right|wrong|correct|first|second|third|fourth|last|maybe|guess|not sure|i think)\b/i;

export function simulate(
  turn: Turn,
  input: Partial<SimulateInput> & { message: string },
): Decision {
  const { request, lessonOpt } = turn;
  const retrieved = assess(input.message, lessonOpt).lessons[0]?.lessonId;
  // Without a plot on screen, a new request on the last run's scenario starts from that run.
  const last = turn.state.sim;
  // No lesson open and no run yet: "set recurrent scale to 0" after a question about one
  // lesson's subject means that lesson's scenario, as if the lesson were open.
  const threadLesson =
    !lessonOpt.lessonId && !last && turn.state.turns > 0 && turn.state.topic
      ? { lessonId: turn.state.topic }
      : {};
  const run = simulateReply({
    ...lessonOpt,
    ...threadLesson,
    ...(last && !request.plot && !request.params
      ? { params: last.params, paramsScenarioId: last.scenarioId }
      : {}),
    ...(request.params ? { params: request.params } : {}),
    ...(request.plot
      ? { params: request.plot.params, paramsScenarioId: request.plot.scenarioId }
      : {}),
    ...(request.history ? { history: request.history } : {}),
    ...(retrieved ? { retrievedLessonId: retrieved } : {}),
    ...(last && !request.plot ? { lastScenarioId: last.scenarioId } : {}),
    ...input,
  });
  const { changed, ...reply } = run;
  // Say what the changed dials do to the per-step factor, not only what the run measured.
  // "show me" changes nothing: say what sets the slope at the values it ran.
  const why = run.plot ? regime(run.plot.params, changed.length > 0 ? changed : undefined) : "";
  return {
    reply: { ...reply, reply: why ? `${reply.reply} ${why}` : reply.reply, kind: "what-if" },
    facts: { changed, ...(input.message ? { asked: input.message } : {}) },
  };
}

export function explain(
  turn: Turn,
  message: string,
  options: Partial<ComposeOptions> & {
    extraTerms?: string[];
    lessonId?: string;
    followUp?: boolean;
  },
): Decision {
  const { guards, state } = turn;
  const lessonId = options.lessonId ?? turn.lessonOpt.lessonId;
  const relevance = assess(message, {
    ...(lessonId ? { lessonId } : {}),
    excludeQuestionIds: guards.map((g) => g.question.id),
    ...(options.extraTerms ? { extraTerms: options.extraTerms } : {}),
    ...(state.turns === 0 ? { learned: true } : {}),
  });
  const onTopic =
    relevance.onTopic ||
    (options.followUp === true && relevance.uncovered === undefined && relevance.hits.length > 0);
  const focus = turn.contextFocus ?? turn.quizFocus;
  if (!onTopic) {
    // A question about the open question ("which boxes should I tick?") gets a hint.
    if (focus && relevance.uncovered === undefined && ABOUT_QUESTION.test(message))
      return hintFor(turn, focus, message);
    return { reply: offTopicReply(relevance), relevance };
  }
  const composed = compose(relevance, {
    message,
    kind: options.kind ?? classify(message),
    avoid: new Set(state.quoted),
    ...options,
  });
  if (!composed) return { reply: offTopicReply(relevance), relevance };
  // After a correction, "why?" keeps searching for the correction's reasons too.
  const correction = options.misconception
    ? getMisconception(options.misconception)?.correction
    : "";
  const terms = options.followUp ? state.terms : threadTerms(message, correction ?? "");
  const asked = options.followUp ? {} : { asked: message };
  return { reply: composed.reply, facts: { terms, quoted: composed.quoted, ...asked }, relevance };
}

export function hintFor(turn: Turn, focus: Focus, message: string): Decision {
  const { request, context } = turn;
  const taken =
    request.questionId === focus.question.id && context.hintsTaken !== undefined
      ? context.hintsTaken
      : focus.source === "quiz"
        ? hintsSeenInChat(request.history, focus.question.id)
        : (context.hintsTaken ?? 0);
  return { reply: hintReply(focus, taken, message) };
}

/**
 * A conceptual question that names a dial: the explanation first, then a run that illustrates
 * it (its plot, and the run's numbers after the explanation). Undefined when the course has no
 * answer, so the caller can still run what was named.
 */
export function explainWithRun(
  turn: Turn,
  message: string,
  options: { misconception?: string; withRun: boolean },
): Decision | undefined {
  const explained = explain(turn, message, {
    ...(options.misconception ? { misconception: options.misconception } : {}),
  });
  if (explained.reply.intent !== "explain") return undefined;
  if (!options.withRun) return explained;
  const run = simulate(turn, { message });
  // A run that set none of the values named ("from 128 to 1024", no such range) illustrates
  // nothing the learner said, and its "couldn't tell which setting" note would answer no one.
  if (!run.reply.plot || (run.facts?.changed ?? []).length === 0) return explained;
  return {
    ...explained,
    reply: {
      ...explained.reply,
      reply: beforeFooter(explained.reply.reply, run.reply.reply),
      plot: run.reply.plot,
    },
    facts: { ...explained.facts, changed: run.facts?.changed ?? [] },
  };
}

/** The run's paragraph goes before the "*More in …*" line, so the reply still ends on where to read more. */
function beforeFooter(text: string, inserted: string): string {
  const parts = text.split("\n\n");
  const footer = parts.length > 1 && parts.at(-1)?.startsWith("*") ? parts.pop() : undefined;
  return [...parts, inserted.trim(), ...(footer ? [footer] : [])].join("\n\n");
}
