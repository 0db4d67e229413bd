/**
 * Is the message about this course? Three tests, all needed for "yes": no topic the course does
 * not teach is named (transformers, attention...), a course term is used (one strong or two
 * weak, or a plot word while a lesson is open), and retrieval finds a passage that scores above
 * a floor. Otherwise the tutor says so and points to the nearest lesson instead of guessing.
 */
import { detectMisconceptions } from "./answer/misconceptions";
import {
  correct,
  queryTerms,
  rankLessons,
  search,
  THREAD_LESSON_WEIGHT,
  type Hit,
  type LessonScore,
} from "./retrieval";
import {
  otherRegimeTerms,
  symptomRegime,
  symptomTerms,
  withoutAbsentSymptoms,
} from "./retrieval/symptoms";
import { foreignContextPositions } from "./retrieval/foreign-context";
import { otherSensePositions } from "./retrieval/other-sense";
import { withLearnedFirst } from "./retrieval/lesson-prior";
import { premiseWeights } from "./retrieval/premise";
import { titleUses } from "./retrieval/title-match";
import { withSymbolNames } from "./retrieval/symbols";
import { normalise, terms, words } from "./retrieval/text";
import {
  NEAR_TOPICS,
  NEIGHBOURS,
  PLOT,
  STRONG,
  UNCOVERED,
  UNCOVERED_PHRASES,
  WEAK,
} from "./retrieval/vocabulary";

/** Below this BM25 score (after kind weights) the best passage is not evidence of coverage. */
export const MIN_SCORE = 3;

/**
 * A message with no strong course term ("a good laptop for deep learning") needs a much better
 * match. Measured on the tuning sets' off-topic and on-topic questions without a strong term:
 * off-topic best scores reach 18, on-topic ones start near 100; 30 leaves room on both sides.
 */
export const WEAK_ONLY_MIN_SCORE = 30;
/** Fewer words than this say too little on their own for the learned lesson prior to weigh. */
const MIN_LEARNED_WORDS = 4;

const PLOT_CONTEXT = terms("scenario plot curve");

/**
 * A task that is not tutoring, whatever course words it carries ("translate 'the gradient
 * vanishes' into French", "write a poem about LSTMs"): the course has nothing that answers it,
 * so quoting a lesson would pretend otherwise.
 */
const OFF_TASK =
  /\b(?:translat\w*\b[^?.]*\b(?:in|into|to)\s+(?:french|german|spanish|italian|portuguese|chinese|mandarin|japanese|korean|russian|arabic|hindi|dutch|polish|turkish|swedish|greek|hebrew|latin|another language)|(?:write|compose|make)\s+(?:me\s+)?(?:a|an|some)\s+(?:\w+\s+)?(?:poem|song|haiku|limerick|story|essay|cover letter|email|tweet|joke|rap|sonnet))\b/i;
const NOT = "not";

/**
 * "…I get that they shrink but not why": what the learner says they already understand is not
 * what they ask about; its words would pull retrieval toward the part they know.
 */
const ALREADY_KNOWN = /\b(?:i|we) (?:get|understand|know|see|realise|realize) that [^?.!]*/gi;

/**
 * A claim corrected beside an uncovered topic must be about the recurrent setting ("adam will
 * fix whatever W_hh starts as"); "batch norm before the relu in a cnn" is about the CNN.
 */
const RECURRENT_SETTING = /\b(?:rnns?|lstms?|grus?|recurrent|bptt|w_?\{?hh\}?|through time)\b/i;

/** A claim in the course's symbols ("if ‖g‖ is above θ…") is course material without its words. */
const MATHS = /[‖θσγ∂]|\\(?:theta|sigma|gamma|partial)|\b[a-z]_\{?[a-z0-9]/i;

const COURSE_MODEL = /\b(?:lstms?|grus?|long short-term memory)\b/i;

/**
 * A neighbouring model the course does not teach, named as the subject: a message that also
 * names a course model beside it ("is an echo state network's reservoir like an LSTM's cell?")
 * is left to the usual tests.
 */
function neighbourNamed(message: string): string | undefined {
  const lower = message.toLowerCase();
  const hit = NEIGHBOURS.find(([re]) => re.test(lower));
  if (!hit) return undefined;
  const rest = lower.replace(new RegExp(hit[0].source, "g"), " ");
  return COURSE_MODEL.test(rest) ? undefined : hit[1];
}

/** A question about gradients through time, the one thing the course says about a metric or regulariser. */
const GRADIENT_THROUGH_TIME =
  /\b(?:gradients?|vanish\w*|explod\w*|bptt|backprop\w*|jacobians?|through time)\b/i;

/**
 * A near-topic the message names (NEAR_TOPICS): declined even beside "my lstm" or a catalogued
 * misconception. A metric or regulariser beside a question about gradients through time in the
 * recurrent net is left to the usual tests (declined unless it states a misconception).
 */
function nearTopicNamed(message: string): string | undefined {
  const lower = message.toLowerCase();
  const hit = NEAR_TOPICS.find(([re]) => re.test(lower));
  if (!hit) return undefined;
  const [, label, kind] = hit;
  const aboutGradients = GRADIENT_THROUGH_TIME.test(lower) && RECURRENT_SETTING.test(lower);
  return kind !== "architecture" && aboutGradients ? undefined : label;
}

const OPTIMISERS = "optimisers such as Adam and SGD";

/**
 * "…then 4.7e7 and then nan on the next batch. lstm, adam lr 1e-3. what is happening", "training
 * a seq2seq gru, … grad norms 0.8, 3400, nan. what's happening": an uncovered topic named as the
 * run's setting (an optimiser, or the task a recurrent model is used for), beside symptoms of one
 * regime, while the question itself (the last sentence) names none, asks about the symptoms,
 * which the course covers. "Should I switch from Adam to SGD?" names it where it asks, and stays
 * declined; so does a task named with no recurrent model to have the symptoms.
 */
function uncoveredAsSetting(message: string, label: string | undefined): boolean {
  if (label === undefined || symptomRegime(message) === undefined) return false;
  if (label !== OPTIMISERS && !RECURRENT_SETTING.test(message)) return false;
  const sentences = message.trim().split(/(?<=[.?!])\s+(?=\S)/);
  const asked = sentences.at(-1) ?? "";
  if (sentences.length < 2) return false;
  const askedWords = words(normalise(asked));
  return (
    !askedWords.some((w) => UNCOVERED.get(w) === label) &&
    !UNCOVERED_PHRASES.some(([re, phrase]) => phrase === label && re.test(asked.toLowerCase()))
  );
}

export interface Relevance {
  terms: string[];
  hits: Hit[];
  lessons: LessonScore[];
  onTopic: boolean;
  /** Set when the message names an ML topic the course does not cover. */
  uncovered?: string;
}

/** Below this share of its score, a lesson about the other regime still leads a diagnosis. */
const OTHER_REGIME_WEIGHT = 0.6;

/**
 * Symptoms that describe one regime ("loss stalls, norms tiny") are not answered first by the
 * lesson titled with the other ("exploding"), even when its training-log section matches well.
 */
function diagnosed(lessons: LessonScore[], message: string): LessonScore[] {
  const described = symptomTerms(message).length > 0 ? symptomRegime(message) : undefined;
  if (!described) return lessons;
  const other = otherRegimeTerms(described);
  return lessons
    .map((l) => (titleUses(l.lessonId, other) ? { ...l, score: l.score * OTHER_REGIME_WEIGHT } : l))
    .sort((a, b) => b.score - a.score);
}

export function assess(
  asked: string,
  options: {
    lessonId?: string;
    excludeQuestionIds?: readonly string[];
    /** Terms carried over from the thread (a follow-up's context). */
    extraTerms?: readonly string[];
    /**
     * Let the learned lesson prior overrule retrieval's first lesson (an explanation opening a
     * conversation; a later turn leans on the thread, which the prior has not seen).
     */
    learned?: boolean;
  } = {},
): Relevance {
  // "c_t vs h_t" searches for the cell state and the hidden state too.
  const message = withSymbolNames(asked);
  const raw = words(normalise(message));
  // A catalogued misconception is course material, whatever else the message names ("adam
  // will sort out the initialisation"): it gets corrected, not turned away.
  const neighbour = neighbourNamed(message);
  const plain = terms(message);
  const corrected = plain.map(correct);
  const named =
    neighbour ??
    raw.map((w) => UNCOVERED.get(w)).find((label) => label !== undefined) ??
    UNCOVERED_PHRASES.find(([re]) => re.test(message.toLowerCase()))?.[1];
  const stated =
    neighbour === undefined &&
    (named === undefined || RECURRENT_SETTING.test(message)) &&
    (corrected.some((t) => STRONG.has(t) || WEAK.has(t)) || MATHS.test(asked)) &&
    detectMisconceptions(asked).length > 0;
  const uncovered =
    nearTopicNamed(message) ?? (stated || uncoveredAsSetting(message, named) ? undefined : named);
  // "A garden gate", "my phone battery cell": a course word in another sense is no course term.
  const otherSense = new Set([
    ...otherSensePositions(plain, corrected),
    ...foreignContextPositions(plain, corrected),
  ]);
  const inSense = corrected.filter((_, i) => !otherSense.has(i));
  const strong = inSense.filter((t) => STRONG.has(t)).length;
  const weak = inSense.filter((t) => WEAK.has(t)).length;
  const plot = plain.filter((t) => PLOT.has(t)).length;
  const hasLesson = options.lessonId !== undefined;
  const extra = options.extraTerms ?? [];
  const carried = extra.some((t) => STRONG.has(t));
  const courseWords =
    stated || strong >= 1 || weak >= 2 || (hasLesson && plot + weak >= 1) || carried;
  const vague = hasLesson && strong <= 1;
  // "Why does it go flat?" beside a plot is about the plot: look where the lesson describes it.
  const q = [
    // "not" flips a claim but names no topic: as a search term it only finds sections full of "does not".
    ...queryTerms(withoutAbsentSymptoms(message.replace(ALREADY_KNOWN, " "))).filter(
      (t) => t !== NOT && (inSense.includes(t) || !corrected.includes(t)),
    ),
    ...symptomTerms(message),
    ...extra,
    ...(vague && plot > 0 ? PLOT_CONTEXT : []),
  ];
  // A vague message ("why does it go flat?") is about the lesson on screen: answer from it when
  // it has anything to say. A specific one may be about another lesson: only boost the open one.
  const termWeights = premiseWeights(message);
  const all = search(q, {
    ...(termWeights ? { termWeights } : {}),
    ...(options.lessonId !== undefined ? { lessonId: options.lessonId } : {}),
    ...(extra.length > 0 ? { lessonWeight: THREAD_LESSON_WEIGHT } : {}),
    ...(options.excludeQuestionIds ? { excludeQuestionIds: options.excludeQuestionIds } : {}),
  });
  const own = vague ? all.filter((h) => h.passage.lessonId === options.lessonId) : [];
  const hits = own.length > 0 ? own : all;
  const ranked = diagnosed(rankLessons(hits, q), message);
  // Weighed by how learners word each lesson's questions, unless it leans on its context: the
  // thread's terms, the plot on screen, or too few words of its own.
  const standsAlone =
    options.learned === true &&
    extra.length === 0 &&
    own.length === 0 &&
    raw.length >= MIN_LEARNED_WORDS;
  const lessons = standsAlone ? withLearnedFirst(ranked, asked) : ranked;
  const best = hits[0]?.score ?? 0;
  const floor =
    strong === 0 && !carried && !(hasLesson && plot > 0) ? WEAK_ONLY_MIN_SCORE : MIN_SCORE;
  const offTask = !stated && OFF_TASK.test(message);
  const onTopic = uncovered === undefined && !offTask && courseWords && best >= floor;
  return { terms: q, hits, lessons, onTopic, ...(uncovered !== undefined ? { uncovered } : {}) };
}
