/**
 * One turn's decision: the chat quiz, hints, calculations, the plot on screen, follow-ups,
 * misconceptions, runs and explanations, in that order of precedence. Run or explain is decided
 * by the sentence's form (run-form.ts), so a report that quotes numbers is not run.
 */
import { getLesson } from "@/lib/content";
import { calculate } from "../answer/calc";
import { definitionAsked } from "../answer/glossary";
import { detectMisconceptions } from "../answer/misconceptions";
import { confirmedBy } from "../answer/confirmations";
import { STRONG } from "../retrieval/vocabulary";
import { courseTerms } from "./state";
import { asksWho, attribution } from "./attribution";
import { casualForm } from "./casual";
import { claimOnThread } from "./thread-claim";
import { followUpOf, hypothetical, leansOnThread, resolvePronoun, vagueFollowUp } from "./followup";
import { explain, explainWithRun, hintFor, simulate } from "./actions";
import { asksConceptually, likensTwo, namesDialValue } from "./question-form";
import { calcContinued, calcDecision } from "./calc-thread";
import { sameFixQuestion } from "./same-fix";
import { switchModel } from "./model-switch";
import { fragmentQuestion } from "./fragment";
import { turnedQuestion } from "./opposite";
import { followUp } from "./resolve";
import { stopGrowth } from "./stop-growth";
import { regimeTurn } from "./regime-turn";
import { withCorrection } from "./correct";
import { finishedQuizTurn, LOOKS_LIKE_QUESTION, quizTurn } from "./quiz-turn";
import { ownAttempt } from "./own-attempt";
import { TAGGED_YES_NO } from "./yes-no";
import {
  ASKS_HOW,
  boundDials,
  RUN_NOUN,
  RUN_START,
  sameScenarioAs,
  STARTS_AS_QUESTION,
  variesLastRun,
} from "./run-request";
import { describesCase, reportsWithoutAsking } from "./run-form";
import { offCourseInOtherSense } from "./other-sense-gate";
import { onlyNamesScenario, RUN_IT, runIt } from "./which-run";
import { testedBy, type Decision, type Turn } from "./turn";
import { greetingReply } from "../explain";
import { feedbackReply } from "../feedback";
import { askedInChat } from "../focus";
import { noQuestionReply } from "../hint";
import { detectIntent } from "../intent";
import { askQuestion } from "../quiz/flow";
import { ABOUT_PLOT, plotReply } from "../simulate/plot";
import { ASKS_HOW_TO_READ, describePlot } from "../simulate/describe-plot";
import { extractParams } from "../simulate/extract";
import { withDigits } from "../simulate/spoken";
import { mentionsAnyParam, namedScenario } from "../simulate/reply";
import { TutorRequest, type DialogueState } from "../types";

function decideAlone(turn: Turn): Decision {
  const { request, context, state, contextFocus, quizFocus, lessonOpt } = turn;
  const message = request.message;
  // "set the bias to three" asks for a run as "set the bias to 3" does.
  const digits = withDigits(message);
  const intent = detectIntent(
    digits,
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
  const afterQuiz = quizFocus ? undefined : finishedQuizTurn(turn);
  if (afterQuiz) return afterQuiz;
  const ownDraft = ownAttempt(turn, message);
  if (ownDraft) return ownDraft;
  if (intent === "hint")
    return contextFocus ? hintFor(turn, contextFocus, message) : { reply: noQuestionReply() };
  const avoid = [
    ...askedInChat(request.history),
    ...(request.questionId ? [request.questionId] : []),
  ];
  if (intent === "quiz") return { reply: askQuestion(message, context, { ...lessonOpt, avoid }) };

  // A garden gate or a hedge clipped at 5 cm is no run and no calculation: relevance decides.
  if (offCourseInOtherSense(message, request.lessonId)) return explain(turn, message, {});

  const own = reportsWithoutAsking(message) ? undefined : calculate(message);
  const calc = own ? { calc: own, message } : calcContinued(digits, state);
  if (calc)
    return withCorrection(
      turn,
      calcDecision(calc.calc, calc.message, own ? undefined : state.topic),
      message,
      {
        calculation: true,
      },
    );

  // "what would make it stop?" beside a plot (or after a run) whose gradient grows.
  const stop = state.turns > 0 ? stopGrowth(turn, message) : undefined;
  if (stop) return stop;
  // "and if it's over 1?", "ok how do I stop it": the other side of 1, or the fix, for the
  // regime (vanishing or exploding) the thread named.
  const regime = regimeTurn(turn, message);
  if (regime) return regime;

  // The chat's last run is on screen too: "why does it go flat here?" is about it.
  const plot = request.plot ?? plotFromLesson(request) ?? lastRun(state);
  // "and that curve?", "what does that number mean?" right after a run read the run itself.
  const aboutRun =
    state.sim !== undefined &&
    RUN_RESULT.test(message) &&
    leansOnThread(message, { topic: state.topic ?? state.sim.scenarioId, turns: state.turns });
  const howToRead =
    plot && ASKS_HOW_TO_READ.test(message) ? describePlot(plot, request.lessonId) : undefined;
  if (howToRead) return { reply: howToRead, facts: { asked: message } };
  if (
    plot &&
    (aboutRun ||
      (ABOUT_PLOT.test(message) &&
        /\b(why|how come|what|explain)\b/i.test(message) &&
        courseTerms(message).length <= 2))
  )
    // Kept as the thread's question: "and the lstm?" reads the same plot for the other curve.
    return { reply: plotReply(plot, request.lessonId), facts: { asked: message } };

  // "run it" with nothing named: the run at hand, or the list of runs and a question which.
  if (RUN_IT.test(message.trim())) return runIt(turn);
  const onlyName = onlyNamesScenario(message);
  if (onlyName) return simulate(turn, { message, scenarioId: onlyName.id });

  // "what about the gru?" after a run without one: the comparable run that has it.
  const swapped = request.plot ? undefined : switchModel(turn, message);
  if (swapped) return swapped;
  if (state.sim && !request.plot && variesLastRun(message, state))
    return simulate(turn, { message, ...sameScenarioAs(message, state.sim) });

  // "who came up with that?": the source the course names for the thread's subject.
  const source = state.turns > 0 && asksWho(message) ? attribution(turn) : undefined;
  if (source) return source;
  const f = state.turns > 0 ? (followUpOf(message) ?? vagueFollowUp(message, state)) : undefined;
  // "What if it were 5?" is a simulation even when it leans on the thread; only a bare number
  // or "show me" varies the last run.
  // "and in the 1997 version?" after a question (no run yet) names a value but asks about the
  // thread's subject under that condition.
  // "and above?" after "so below 1/γ it vanishes?": that question on the other side, in full.
  const turned =
    f?.kind === "what-about" && !f.via ? turnedQuestion(latestAsked(turn), f.subject) : undefined;
  if (turned) return decideAlone(withMessage(turn, turned));
  const conditions = f?.kind === "what-about" && f.via !== undefined && !state.sim;
  if (f && (f.kind === "number" || f.kind === "show" || conditions || intent !== "simulate")) {
    // "whats the fix then?" searches as "what's the fix then?".
    const resolved = followUp(turn, f, casualForm(message));
    if (resolved) return resolved;
  }
  // "what if the forget gate is stuck at 1?" supposes a value to reason from; it claims nothing.
  const stated = hypothetical(message)
    ? undefined
    : (detectMisconceptions(message)[0] ?? claimOnThread(message, state));
  const tested = stated ? testedBy(turn.guards, stated) : undefined;
  if (tested) return hintFor(turn, tested, message);
  const misconception = stated;
  // "What happens if I forget to detach…?", "why can't it hold it for 50 steps?": a question,
  // answered from the course; a dial named with a value adds a run that illustrates it.
  const conceptual = asksConceptually(message, lessonOpt)
    ? explainWithRun(turn, message, {
        ...(misconception ? { misconception } : {}),
        withRun: namesDialValue(message, lessonOpt),
      })
    : undefined;
  if (conceptual) return conceptual;
  if (intent === "simulate") {
    const run = simulate(turn, { message });
    // "bump the hidden size from 128 to 1024: more units, no vanishing": when the run could set
    // none of the values, the claim is what the message says, and it is corrected alone.
    if (misconception && (run.facts?.changed ?? []).length === 0 && /\d/.test(message))
      return explain(turn, message, { misconception });
    return withCorrection(turn, run, message, { calculation: false });
  }
  if (!misconception && !describesCase(message)) {
    const dials = boundDials(digits, lessonOpt);
    const question =
      STARTS_AS_QUESTION.test(message.trim()) ||
      ASKS_HOW.test(message) ||
      TAGGED_YES_NO.test(message) ||
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
  // "does it fix vanishing too?" after "what does norm clipping do?" states a misconception once
  // "it" is read; a supposition ("what if it is 1?") states none.
  const implied =
    resolved !== message && !confirms && !definition && !hypothetical(resolved)
      ? detectMisconceptions(resolved)[0]
      : undefined;
  const impliedTested = implied ? testedBy(turn.guards, implied) : undefined;
  if (impliedTested) return hintFor(turn, impliedTested, message);
  const corrected = misconception ?? implied;
  // "is it like the forget gate?", once "it" is read, sets two things side by side.
  const likens = !corrected && !confirms && likensTwo(resolved);
  // "and what did the forget gate change?" continues the thread: its lesson is favoured.
  // "and what do modern LSTMs do instead?" asks for something other than it: no favour.
  const continues =
    state.turns > 0 &&
    state.topic !== undefined &&
    CONTINUES.test(message) &&
    !CONTRASTS.test(message);
  return explain(turn, resolved, {
    // Its words alone may name another lesson's subject ("why did they add a forget gate?" after
    // the carousel): the thread's own strong terms keep it in the thread's frame.
    ...(continues && state.topic
      ? { lessonId: state.topic, extraTerms: state.terms.filter((t) => STRONG.has(t)).slice(0, 3) }
      : {}),
    ...(likens ? { kind: "compare" as const } : {}),
    ...(corrected ? { misconception: corrected } : {}),
    ...(confirms ? { confirms } : {}),
    ...(definition ? { definition } : {}),
  });
}

/**
 * A short turn that leans on the thread ("and that?", "so with 3 then?") is never "not
 * covered": when nothing on its own answers it, it is read against the thread's last answer.
 */
export function decide(turn: Turn): Decision {
  // "wat is a GRU", "whats the fix then?": read in their written form, as the rules expect.
  // "so same fix?" after two problems: the full question it stands for.
  const casual = casualForm(turn.request.message);
  const written = sameFixQuestion(casual, turn.state.asked) ?? casual;
  const read = written === turn.request.message ? turn : withMessage(turn, written);
  return onThread(read, decideAlone(read));
}

/** The learner's latest message, then the thread's question. */
function latestAsked(turn: Turn): string[] {
  const last = (turn.request.history ?? []).filter((t) => t.role === "user").at(-1)?.content;
  return [...(last ? [last] : []), ...(turn.state.asked ? [turn.state.asked] : [])];
}

const withMessage = (turn: Turn, message: string): Turn => ({
  ...turn,
  request: { ...turn.request, message },
});

function onThread(turn: Turn, decision: Decision): Decision {
  if (decision.reply.intent !== "off-topic") return decision;
  // "forever?", "output?": a word or two that qualifies the thread's question, which is then
  // decided as if asked in full.
  const question = fragmentQuestion(turn);
  const asked = question ? decideAlone(withMessage(turn, question)) : undefined;
  if (asked && asked.reply.intent !== "off-topic") return asked;
  const message = turn.request.message;
  if (!leansOnThread(message, turn.state) && !(turn.state.turns > 0 && LOST_OPENING.test(message)))
    return decision;
  return followUp(turn, { kind: "reference" }, casualForm(turn.request.message)) ?? decision;
}

/**
 * "huh? where does the big number go wrong": lost first, then a question in the thread's own
 * terms; what follows the "huh?" is about the last answer, not a new subject.
 */
const LOST_OPENING =
  /^(?:huh|eh|wha+t|sorry|hm+|wait|(?:i'?m |i am )?(?:lost|confused))\s*[?!.,]+\s*\S/i;

/** A question opened with a conjunction goes on from the last answer ("and it's shared?" too). */
const CONTINUES =
  /^(?:(?:ok(?:ay)?|right|alright|hm+)[,.!]*\s+)?(?:and|so|but|then)\b[,]?\s+(?:(?:what|why|how|which|when|where|does|do|is|are|can|could|would|will)\b|[^?]*\?\s*$)/i;

const CONTRASTS = /\b(?:instead|else|other|modern|nowadays|today|differently|alternatives?)\b/i;

/** Words for what a run shows. */
const RUN_RESULT = /\b(?:curves?|plot|graph|lines?|numbers?|results?|values?|figures?)\b/i;

function lastRun(state: DialogueState) {
  return state.sim ? { scenarioId: state.sim.scenarioId, params: state.sim.params } : undefined;
}

function plotFromLesson(request: TutorRequest) {
  const scenarioId = request.lessonId ? getLesson(request.lessonId)?.scenarioId : undefined;
  return scenarioId && request.params ? { scenarioId, params: request.params } : undefined;
}
