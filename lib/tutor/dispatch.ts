/**
 * The dialogue policy: from a validated request to either a finished built-in reply or a plan
 * to ask the model (explanations, hints, simulations and draft feedback, when one is configured). State comes from the request:
 * the open question, lesson and plot, and the dialogue state (sent back by the client, or read
 * from the history), which follow-ups resolve against. Every reply carries the next state.
 */
import { getLesson, getMisconception } from "@/lib/content";
import { getScenario } from "@/lib/sim";
import { calculate, type Calculation } from "./answer/calc";
import { classify } from "./answer/classify";
import { compose, type ComposeOptions } from "./answer/compose";
import { definitionAsked, glossaryEntry } from "./answer/glossary";
import { detectMisconceptions } from "./answer/misconceptions";
import { confirmedBy } from "./answer/confirmations";
import { advance, courseTerms, readState, type TurnFacts } from "./dialogue/state";
import { exampleFor } from "./dialogue/example";
import { homeLesson, sameQuestionAbout } from "./dialogue/subject";
import {
  followUpOf,
  resolvePronoun,
  subjectOf,
  vagueFollowUp,
  type FollowUp,
} from "./dialogue/followup";
import { greetingReply, offTopicReply } from "./explain";
import { feedbackReply } from "./feedback";
import { focusOn, askedInChat, hintsSeenInChat, questionOrUndefined, type Focus } from "./focus";
import { citationFor, hintReply, noQuestionReply } from "./hint";
import { detectIntent, endsQuiz, SKIP } from "./intent";
import { askQuestion, readAnswer, askAgain } from "./quiz/flow";
import { assess, type Relevance } from "./relevance";
import { queryTerms } from "./retrieval";
import { STRONG } from "./retrieval/vocabulary";
import { ABOUT_PLOT, plotReply } from "./simulate/plot";
import { regime } from "./simulate/regime";
import { extractParams } from "./simulate/extract";
import { findMentions } from "./simulate/mentions";
import {
  chooseScenario,
  mentionsAnyParam,
  namedScenario,
  simulateReply,
  type SimulateInput,
} from "./simulate/reply";
import { OFF_TOPIC } from "./topic-tag";
import { findNumbers } from "./numbers";
import {
  TutorInputError,
  TutorRequest,
  type DialogueState,
  type TutorContext,
  type TutorReply,
} from "./types";

/**
 * What a configured model answers (with its tools); quiz turns, calculations, greetings and
 * off-topic replies stay built-in because their exact wording or numbers are the product.
 */
const MODEL_INTENTS: ReadonlySet<TutorReply["intent"]> = new Set([
  "explain",
  "hint",
  "simulate",
  "feedback",
]);

export type Plan =
  | { kind: "reply"; reply: TutorReply; guards: Focus[] }
  | {
      kind: "model";
      /** What retrieval found for the message (explanations); the model may search for more. */
      relevance?: Relevance;
      builtin: TutorReply;
      guards: Focus[];
      contextFocus?: Focus;
    };

/** Parses the request; unknown question or lesson ids are 404s naming the field. */
export function validate(raw: unknown): TutorRequest {
  const parsed = TutorRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TutorInputError(
      400,
      issue?.path.join(".") || "request",
      issue?.message ?? "invalid request",
    );
  }
  const request = parsed.data;
  if (request.questionId !== undefined && !questionOrUndefined(request.questionId)) {
    throw new TutorInputError(404, "questionId", `unknown question "${request.questionId}"`);
  }
  if (request.lessonId !== undefined && !getLesson(request.lessonId)) {
    throw new TutorInputError(404, "lessonId", `unknown lesson "${request.lessonId}"`);
  }
  return request;
}

/** "wait, …", "hang on, …", "quick question: …": words before the question itself. */
const LEAD_IN =
  /^(?:(?:wait|hang on|hold on|ok(?:ay)?|hmm+|actually|sorry|but|so|um+|quick question)[,:.!]*\s+)+/i;

const HEDGE =
  /\b(?:maybe|perhaps|probably|i guess|i think|not sure|my guess|i'?d say|going with)\b/i;

const LOOKS_LIKE_QUESTION =
  /\?\s*$|^(what|why|how|when|which|who|can|could|does|do|is|are|explain|tell)\b/i;
/** Several dials with values ("recurrent scale 1.5 for 60 steps"): a simulation, however phrased. */
const STARTS_AS_QUESTION = /^(why|how|what(?:'s| is| are| does)?|explain|is|are|does|do)\b/i;
/** "…, how do I get a forget bias of 1?" asks how to do it, not to run it. */
const ASKS_HOW = /\bhow (?:do|can|would|should) (?:i|we|you|one)\b|\bhow to\b/i;

/** Words that point at the question being worked on rather than at a new subject. */
const ABOUT_QUESTION =
  /\b(?:question|answer|options?|boxes|box|tick|choose|pick|select|this|it|one|ones|number|value|statements?|true|false|right|wrong|correct|first|second|third|fourth|last|maybe|guess|not sure|i think)\b/i;

/** The open question tests this misconception: correcting it in chat would answer the question. */
function testedBy(guards: readonly Focus[], id: string): Focus | undefined {
  return guards.find((g) => JSON.stringify(g.question).includes(`"${id}"`));
}

interface Turn {
  request: TutorRequest;
  context: TutorContext;
  state: DialogueState;
  guards: Focus[];
  contextFocus: Focus | undefined;
  quizFocus: Focus | undefined;
  lessonOpt: { lessonId?: string };
}

type Decision = { reply: TutorReply; facts?: TurnFacts; relevance?: Relevance };

/** Dials the message names with a number beside them ("scale 1.5", "60 steps"), best scenario. */
function boundDials(message: string, lessonOpt: { lessonId?: string }): number {
  if (!/\d/.test(message)) return 0;
  const def = chooseScenario({ message, ...lessonOpt });
  if (!def) return 0;
  const { values } = extractParams(message, def.params);
  // Choice values named as words ("sigmoid units") describe; a number given to one sets it.
  return Object.entries(values).filter(
    ([k, v]) => def.params[k]?.kind === "number" || /^\d+$/.test(String(v)),
  ).length;
}

/** "run the remember-a-bit scenario": a verb of running and a scenario's name, no dial needed. */
const RUN_START =
  /^(?:(?:ok(?:ay)?|now|please|can you|could you|let'?s)[,\s]+)*(?:run|re-?run|simulate|show|launch|start|open|do|try|plot)\b/i;

/** Words that name a run ("the cliff run", "the latch task"): a question about one runs it. */
const RUN_NOUN =
  /\b(?:run|runs|sim|simulation|scenario|demo|plot|experiment|sweep|task|chains|stacks|latch|comparison)\b/i;

/**
 * "now with sigmoid", "use orthogonal instead of identity", "and with the 1997 lstm?" after a run:
 * a short message that changes a dial of the last run's scenario and asks nothing else.
 */
const VARIES =
  /^(?:(?:and|but|ok(?:ay)?|so|then|now|same|again|this time)[,.!]*\s+)*(?:now|then|with|use|using|try|switch|change|make|set|same|again|instead|what about|how about|and with|and for)\b|\binstead\b[\s?!.]*$/i;

function variesLastRun(message: string, state: DialogueState): boolean {
  const params = state.sim ? getScenario(state.sim.scenarioId)?.params : undefined;
  if (!params || message.trim().split(/\s+/).length > 12 || !VARIES.test(message.trim()))
    return false;
  return Object.keys(extractParams(message, params).values).length > 0;
}

function simulate(turn: Turn, input: Partial<SimulateInput> & { message: string }): Decision {
  const { request, lessonOpt } = turn;
  const retrieved = assess(input.message, lessonOpt).lessons[0]?.lessonId;
  // Without a plot on screen, a new request on the last run's scenario starts from that run.
  const last = turn.state.sim;
  const run = simulateReply({
    ...lessonOpt,
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

function explain(
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
  const terms = options.followUp ? state.terms : queryTerms(`${message} ${correction ?? ""}`);
  const asked = options.followUp ? {} : { asked: message };
  return { reply: composed.reply, facts: { terms, quoted: composed.quoted, ...asked }, relevance };
}

function hintFor(turn: Turn, focus: Focus, message: string): Decision {
  const { request, context } = turn;
  const taken =
    request.questionId === focus.question.id && context.hintsTaken !== undefined
      ? context.hintsTaken
      : focus.source === "quiz"
        ? hintsSeenInChat(request.history, focus.question.id)
        : (context.hintsTaken ?? 0);
  return { reply: hintReply(focus, taken, message) };
}

function followUp(turn: Turn, f: FollowUp, message: string): Decision | undefined {
  const { state } = turn;
  const sim = state.sim;
  if (f.kind === "number" && sim) {
    const key = mainDial(sim.changed);
    return simulate(turn, {
      message,
      scenarioId: sim.scenarioId,
      params: sim.params,
      paramsScenarioId: sim.scenarioId,
      ...(key ? { fallbackKey: key } : {}),
    });
  }
  if (f.kind === "number") {
    // "What does the forget bias do?" then "and with 0?": run the dial the question named.
    const def = state.asked
      ? chooseScenario({ message: state.asked, ...(state.topic ? { lessonId: state.topic } : {}) })
      : undefined;
    const key =
      def && state.asked
        ? findMentions(state.asked, def.params).find(
            (m) => m.value === undefined && m.key !== "seed",
          )?.key
        : undefined;
    if (def && key) return simulate(turn, { message, scenarioId: def.id, fallbackKey: key });
    // Otherwise a plain "what if" (the plot on screen, or the lesson's).
    return undefined;
  }
  if (f.kind === "show") {
    if (sim)
      return simulate(turn, {
        message: "",
        scenarioId: sim.scenarioId,
        params: sim.params,
        paramsScenarioId: sim.scenarioId,
      });
    const scenarioId = state.topic ? getLesson(state.topic)?.scenarioId : undefined;
    if (scenarioId) return simulate(turn, { message: "", scenarioId });
  }
  if (f.kind === "what-about") {
    const recalc = calcFollowUp(state.asked, f.subject);
    if (recalc) return recalc;
    // "and with sigmoid?" after a run: the same run with that choice.
    const params = getScenario(sim?.scenarioId ?? "")?.params;
    if (sim && params && findMentions(f.subject, params).some((m) => m.value !== undefined))
      return simulate(turn, {
        message: f.subject,
        scenarioId: sim.scenarioId,
        params: sim.params,
        paramsScenarioId: sim.scenarioId,
      });
  }
  if (state.terms.length === 0 && !state.topic) return undefined;
  const topic = state.topic ?? turn.lessonOpt.lessonId;
  const common = { followUp: true, extraTerms: state.terms, ...(topic ? { lessonId: topic } : {}) };
  switch (f.kind) {
    case "why":
      return explain(turn, message, { ...common, kind: "why", prefer: "reason" });
    case "example": {
      // Numbers with their working: the course's calculation for the thread's subject.
      const thread = earlierQuestions(turn).slice(0, 3).join(" ");
      const example = exampleFor(`${thread} ${state.terms.join(" ")}`);
      if (example) return calcDecision(example, example.asked);
      return explain(turn, message, { ...common, kind: "how", prefer: "example" });
    }
    case "simpler": {
      // The glossary's wording, unless it was already shown or belongs to another lesson.
      const found = glossaryEntry(state.terms.join(" "));
      // Not the same definition again when the thread opened with it.
      const shown = state.asked ? definitionAsked(state.asked)?.term === found?.term : false;
      // A definition of something the thread only mentioned (the Jacobian, asked about the
      // Pascanu bound) is not a plainer version of what it asked.
      const subject = state.asked ? subjectOf(state.asked) : undefined;
      const aboutIt =
        !subject ||
        (found !== undefined && subject.toLowerCase().includes(found.term.toLowerCase()));
      const entry =
        found && aboutIt && (!topic || found.lessonId === topic) && !shown ? found : undefined;
      return explain(turn, message, {
        ...common,
        kind: "definition",
        prefer: "simple",
        ...(entry ? { definition: entry } : {}),
      });
    }
    case "what-about": {
      // "what about the GRU?" after "why does the LSTM fix vanishing?": the same question about it.
      const same = earlierQuestions(turn)
        .map((q) => sameQuestionAbout(q, f.subject))
        .find((q) => q !== undefined);
      // The subject's own lesson ("The GRU: …" for the GRU) is favoured.
      const home = same ? homeLesson(f.subject) : undefined;
      if (same) return explain(turn, same, home ? { lessonId: home } : {});
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
    default: {
      // "so do I still need clipping?" on the thread: answered "Yes: …" like a fresh question.
      const confirms = confirmedBy(message);
      if (confirms && testedBy(turn.guards, confirms)) return undefined;
      // "is it like the forget gate?": "it" is what the thread asked about.
      const resolved = resolvePronoun(message, state.asked);
      // "ok which should I use?": the passage that recommends, not the one that defines.
      const choosing = CHOOSES.test(message)
        ? { kind: "how" as const, prefer: "remedy" as const }
        : {};
      return explain(turn, resolved, { ...common, ...choosing, ...(confirms ? { confirms } : {}) });
    }
  }
}

const REGIME = /vanish|explod/i;
const CHOOSES =
  /\b(?:which|what) (?:one |value |setting )?(?:should|do|would) (?:i|we|you) (?:use|pick|choose|go with)\b|\bhow (?:do|should|would) (?:i|we|you) (?:pick|choose|set)\b/i;

/** The thread's questions, latest first: the state's, then the learner's earlier messages. */
function earlierQuestions(turn: Turn): string[] {
  const users = (turn.request.history ?? []).filter((t) => t.role === "user").map((t) => t.content);
  return [...(turn.state.asked ? [turn.state.asked] : []), ...users.reverse().slice(0, 6)];
}

const ACTIVATION_WORD = /\b(?:tanh|sigmoid|relu|linear)\b/i;

/** "Derivative of tanh at 0" then "and for sigmoid?": the same calculation with that function. */
function calcFollowUp(asked: string | undefined, subject: string): Decision | undefined {
  const swap = ACTIVATION_WORD.exec(subject)?.[0];
  if (!asked || !swap || !ACTIVATION_WORD.test(asked)) return undefined;
  const message = asked.replace(ACTIVATION_WORD, swap);
  const calc = calculate(message);
  return calc ? calcDecision(calc, message) : undefined;
}

/**
 * "clip (6, 8) at 5", then "and at threshold 20?": the last calculation with the new value added
 * (each calculator reads the last value named for a quantity).
 */
function calcContinued(message: string, state: DialogueState) {
  if (!state.asked || !/\d/.test(message) || message.trim().split(/\s+/).length > 10)
    return undefined;
  const varied = calcVaried(message, state.asked);
  if (varied) return varied;
  // "what is a Jacobian?", then "how many of them from step 50 to 10?": the thread names them.
  const joined = calculate(state.asked)
    ? `${state.asked} ${message}`
    : PRONOUN_FOR_THREAD.test(message)
      ? `${message} (${state.asked})`
      : undefined;
  const calc = joined ? calculate(joined) : undefined;
  return calc && joined ? { calc, message: joined } : undefined;
}

/**
 * "and with 0?" after "GRU update bias 4 … over 100 steps": the last calculation with its main
 * input (the one the calculator marked) replaced by the new value.
 */
function calcVaried(message: string, asked: string) {
  if (followUpOf(message)?.kind !== "number") return undefined;
  const value = findNumbers(message);
  const span = calculate(asked)?.vary;
  if (!span || value.length !== 1 || !value[0]) return undefined;
  const replaced = `${asked.slice(0, span[0])}${value[0].raw}${asked.slice(span[1])}`;
  const calc = calculate(replaced);
  return calc ? { calc, message: replaced } : undefined;
}

const PRONOUN_FOR_THREAD = /\b(?:them|it|that|those|these|they)\b/i;

function calcDecision(calc: Calculation, message: string): Decision {
  return {
    reply: {
      reply: calc.text,
      citations: citationFor(calc.lessonId),
      intent: "calculate",
      effects: [],
      engine: "builtin",
      kind: "calculation",
    },
    facts: { terms: courseTerms(message), asked: message },
  };
}

const LENGTH_DIALS = /^(steps|depth|hiddenSize|seed)$/;

/** The dial a bare follow-up number is for: the last one changed that is not a length or size. */
function mainDial(changed: readonly string[]): string | undefined {
  return [...changed].reverse().find((k) => !LENGTH_DIALS.test(k)) ?? changed.at(-1);
}

function endQuiz(focus: Focus): TutorReply {
  return {
    reply:
      "OK, I've closed that question; no answer needed. Say “quiz me” whenever you want another, or ask me anything about the course.",
    citations: citationFor(focus.question.lessonId),
    intent: "quiz",
    effects: [],
    engine: "builtin",
  };
}

/** A pending chat quiz: answers, hints, skip/stop, and side questions (answered, quiz kept open). */
function quizTurn(
  turn: Turn,
  focus: Focus,
  intent: ReturnType<typeof detectIntent>,
): Decision | undefined {
  const { request, context, lessonOpt } = turn;
  const message = request.message.trim();
  const avoid = [
    ...askedInChat(request.history),
    ...(request.questionId ? [request.questionId] : []),
  ];
  if (endsQuiz(message)) return { reply: endQuiz(focus) };
  if (SKIP.test(message))
    return { reply: askQuestion("", context, { lessonId: focus.question.lessonId, avoid }) };
  if (intent === "hint") return hintFor(turn, focus, message);
  if (intent === "quiz") return { reply: askQuestion(message, context, { ...lessonOpt, avoid }) };
  // "why?" after a side question is about that answer, not a try at the quiz.
  const f = turn.state.turns > 0 ? followUpOf(message) : undefined;
  if (f && f.kind !== "number" && f.kind !== "reference" && turn.state.asked) return undefined;
  const read = readAnswer(message, focus);
  const bare = message.replace(LEAD_IN, "");
  // "I guess the first one?", "maybe b?": a hedged answer, not a question.
  const hedged = "reply" in read && HEDGE.test(message);
  const question = LOOKS_LIKE_QUESTION.test(bare) && bare.split(/\s+/).length > 3 && !hedged;
  if ("reply" in read) {
    if (!question) return { reply: read };
    return undefined;
  }
  if ((intent !== "simulate" && !question) || HEDGE.test(message))
    return { reply: askAgain(read.problem, focus) };
  return undefined;
}

function decide(turn: Turn): Decision {
  const { request, context, state, contextFocus, quizFocus, lessonOpt } = turn;
  const message = request.message;
  const intent = detectIntent(
    message,
    {
      hasQuestion: turn.guards.length > 0,
      hasPlot: request.params !== undefined || request.plot !== undefined,
    },
    mentionsAnyParam(message) || (RUN_START.test(message) && namedScenario(message) !== undefined),
  );
  if (intent === "greeting") return { reply: greetingReply() };
  if (quizFocus) {
    const handled = quizTurn(turn, quizFocus, intent);
    if (handled) return handled;
  }
  if (intent === "hint")
    return contextFocus ? hintFor(turn, contextFocus, message) : { reply: noQuestionReply() };
  const avoid = [
    ...askedInChat(request.history),
    ...(request.questionId ? [request.questionId] : []),
  ];
  if (intent === "quiz") return { reply: askQuestion(message, context, { ...lessonOpt, avoid }) };

  const own = calculate(message);
  const calc = own ? { calc: own, message } : calcContinued(message, state);
  if (calc) return calcDecision(calc.calc, calc.message);

  // The chat's last run is on screen too: "why does it go flat here?" is about it.
  const plot = request.plot ?? plotFromLesson(request) ?? lastRun(state);
  if (
    plot &&
    ABOUT_PLOT.test(message) &&
    /\b(why|how come|what|explain)\b/i.test(message) &&
    courseTerms(message).length <= 2
  )
    return { reply: plotReply(plot, request.lessonId), facts: {} };

  if (state.sim && !request.plot && variesLastRun(message, state))
    return simulate(turn, { message });

  const f = state.turns > 0 ? (followUpOf(message) ?? vagueFollowUp(message, state)) : undefined;
  // "What if it were 5?" is a simulation even when it leans on the thread; only a bare number
  // or "show me" varies the last run.
  if (f && (f.kind === "number" || f.kind === "show" || intent !== "simulate")) {
    const resolved = followUp(turn, f, message);
    if (resolved) return resolved;
  }
  const stated = detectMisconceptions(message)[0];
  const tested = stated ? testedBy(turn.guards, stated) : undefined;
  if (tested) return hintFor(turn, tested, message);
  const misconception = stated;
  if (intent === "simulate") return simulate(turn, { message });
  if (!misconception) {
    const dials = boundDials(message, lessonOpt);
    const question =
      STARTS_AS_QUESTION.test(message.trim()) ||
      ASKS_HOW.test(message) ||
      /\b(?:why|how)\b[^?]*\?\s*$/i.test(message);
    const named = question || /\?\s*$/.test(message) ? undefined : namedScenario(message);
    if (named && Object.keys(extractParams(message, named.params).values).length > 0)
      return simulate(turn, { message });
    if (
      (dials >= 2 && !ASKS_HOW.test(message)) ||
      (dials >= 1 && (!question || (RUN_NOUN.test(message) && !ASKS_HOW.test(message))))
    )
      return simulate(turn, { message });
  }

  if (
    contextFocus?.instance.type === "short-text" &&
    !LOOKS_LIKE_QUESTION.test(message.trim()) &&
    message.split(/\s+/).length >= 6
  )
    return { reply: feedbackReply(contextFocus, message) };

  const definition = misconception ? undefined : definitionAsked(message);
  const confirms = misconception || definition ? undefined : confirmedBy(message);
  const confirmTested = confirms ? testedBy(turn.guards, confirms) : undefined;
  if (confirmTested) return hintFor(turn, confirmTested, message);
  // "is it like the forget gate?" after "what's the update gate?": "it" is the thread's subject.
  const resolved =
    state.turns > 0 && !misconception ? resolvePronoun(message, state.asked) : message;
  return explain(turn, resolved, {
    ...(misconception ? { misconception } : {}),
    ...(confirms ? { confirms } : {}),
    ...(definition ? { definition } : {}),
  });
}

function lastRun(state: DialogueState) {
  return state.sim ? { scenarioId: state.sim.scenarioId, params: state.sim.params } : undefined;
}

function plotFromLesson(request: TutorRequest) {
  const scenarioId = request.lessonId ? getLesson(request.lessonId)?.scenarioId : undefined;
  return scenarioId && request.params ? { scenarioId, params: request.params } : undefined;
}

/** The per-topic tag of a reply: the lesson it answers from, or "off-topic". */
export function topicTag(reply: TutorReply, state: DialogueState): string {
  if (reply.intent === "off-topic") return OFF_TOPIC;
  return reply.citations[0]?.id ?? state.topic ?? OFF_TOPIC;
}

export function dispatch(request: TutorRequest, context: TutorContext): Plan {
  const state = readState(request);
  const open = questionOrUndefined(request.questionId);
  const contextFocus = open ? focusOn(open, context, "context") : undefined;
  const quizQuestion = questionOrUndefined(state.quiz?.questionId);
  const quizFocus = quizQuestion ? focusOn(quizQuestion, context, "quiz") : undefined;
  const guards = [contextFocus, quizFocus].filter((f): f is Focus => f !== undefined);
  const lessonOpt = request.lessonId !== undefined ? { lessonId: request.lessonId } : {};
  const turn: Turn = { request, context, state, guards, contextFocus, quizFocus, lessonOpt };
  const decision = decide(turn);
  // A side question keeps a pending chat quiz pending; skip/stop and a new question decide for themselves.
  let reply = decision.reply;
  const quizDecided =
    reply.intent === "quiz" || reply.intent === "quiz-answer" || reply.intent === "hint";
  if (quizFocus && !quizDecided && !reply.quiz)
    reply = { ...reply, quiz: { questionId: quizFocus.question.id } };
  const next = advance(state, reply, decision.facts ?? {});
  reply = { ...reply, state: next, topic: topicTag(reply, state) };
  if (
    context.llm &&
    MODEL_INTENTS.has(reply.intent) &&
    (reply.intent !== "explain" || decision.relevance)
  )
    return {
      kind: "model",
      ...(decision.relevance ? { relevance: decision.relevance } : {}),
      builtin: reply,
      guards,
      ...(contextFocus ? { contextFocus } : {}),
    };
  return { kind: "reply", reply, guards };
}
