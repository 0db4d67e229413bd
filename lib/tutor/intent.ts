/**
 * What the learner wants, from the wording alone: greeting, hint, quiz, simulate or explain.
 * Rules rather than a model, so the decision is deterministic and explainable. Off-topic is
 * decided later, by retrieval (relevance.ts). Answers to a pending chat quiz are recognised in
 * engine.ts, which knows the state.
 */
import { comparesIdeas, describesCase } from "./dialogue/run-form";
import { withoutQuotedCode } from "./numbers";

export type WordingIntent = "greeting" | "hint" | "quiz" | "simulate" | "explain";

export interface IntentContext {
  /** A question is open (in the app or asked in chat). */
  hasQuestion: boolean;
  /** A plot is on screen (its params were sent). */
  hasPlot: boolean;
}

const GREETING =
  /^(hi|hello|hey|hiya|yo|howdy|good (morning|afternoon|evening)|thanks?( you)?( so much)?|thx|cheers|ty|who are you|what can you do|what do you do|help)\b[\s!.?,:)]*(tutor|there|again)?[\s!.?]*$/i;

const HINT_WORDS =
  /\b(hints?|clue|nudge|stuck|i'?m lost|no idea|don'?t (get|understand) (this|the|it)|idk)\b/i;

/**
 * Asking for the key outright; only means "hint" while a question is open. A bare number is an
 * answer ("0.73"); with a question mark it is a guess asked to be confirmed ("1.79e-9?").
 */
const KEY_SEEKING = [
  /\b(answers?|solutions?|key|model answer)\b/i,
  /\b(which|what) (option|letter|choice|one|ones|number|value|order|options)\b/i,
  /\bwhich of\b/i,
  /\b(is|was) it\s+(\(?[a-j]\)?|the (first|second|third|fourth|last)|about|around|roughly|approximately|bigger|smaller|larger|less|more)\b/i,
  /\b(it'?s|is it) (the )?(first|second|third|fourth|fifth|last)\b/i,
  /\b(option|choice|letter)\s*\(?[a-j]\)?(?![a-z])/i,
  /\b(correct|right) (option|one|choice|order|value|number|letter)s?\b/i,
  /\b(exact|precise) (value|number|figure)\b|\bsignificant (figures|digits)\b|\bdigits?\b/i,
  /\b(tell|give|show|reveal|output|print|say) me\b(?!\s+(about|more about|why|how|a joke))/i,
  // As verbs ("print the key"), not the LSTM's output or its output gate.
  /\b(?:reveal|output|print)\s+(?:the|your|it|me|all|every|answers?|solutions?|keys?|correct)\b|^(?:reveal|output|print)\b/i,
  /\bwhat (did )?you (put|chose|choose|would put|got)\b/i,
  /\b(solve|do) (this|it) for me\b/i,
  /^(more|another|next|again|one more|go on|continue)\b/i,
  /\bthis (question|one|problem|exercise)\b/i,
  /\b(just|only) (the|a|give|tell|say|write)\b|\bletters?\b/i,
  /\b(which|what) (boxes|statements?|items?)\b|\b(tick|check|select|pick|choose) (the |which |what )?(boxes|ones|options?|statements?)\b/i,
  /\b(is|was) it\s+[-+−]?\d|^[-+−]?\d[\d.,eE\-+−×x^{} ]*\?$/i,
  /\b(am i|was i) (right|correct|close)\b|\bthe question (wants|asks|means)\b|\bwhat (this|the) question\b/i,
];

const QUIZ =
  /\b(quiz|test) me\b|\b(ask|give) me (a|an|another|some|one) ?(more )?(question|exercise|problem|quiz)|\bpractice (question|problem)s?\b|\bnext question\b|\banother question\b|\bquiz\b/i;

const SIMULATE_VERBS =
  /\bwhat if\b|\bsweep\b|\b(?:do|start|launch|redo) the [\w-]+ (?:one|sim|simulation|scenario|experiment|run)\b|\bsimulat(e|ion)\b|\brun (it|the|a|this|that)\b|\bre-?run\b|(?<!\b(?:a|the|my|this|that|your|our|log|scale|semilog)[\s-]+)\bplot\b|\bshow me\b|\btry (it )?with\b|\bwhat happens (if|when|with)\b/i;
const SET_VALUE =
  /\b(set|change|increase|decrease|raise|lower|put|make|use|turn(?:ed)? (?:up|down)|bump(?:ed)?(?: up)?|crank(?:ed)?(?: up)?|dial(?:led)? (?:up|down))\b[^.?!]*?\b(to|=|at|of)\s*[-+]?\d/i;
/** "How do I make the forget bias start at 1 in PyTorch?" asks how to do it in code, not for a run. */
const ASKS_ABOUT =
  /^(?:why|how come|how (?:do|can|would|should|could) (?:i|you|we|people|one)|is|are|was|were|does|do|did|should|would)\b/i;
/** "show residual vs plain stacks with relu", "try the sweep with sigmoid": a request to run. */
const IMPERATIVE =
  /^(?:(?:ok(?:ay)?|now|please|and|so|then|can you|could you)[,\s]+)*(?:show|run|re-?run|try|do (?:the|a|it)|redo|compare|simulate|plot|draw|rerun|switch|use)\b(?!\s+(?:me\s+)?(?:why|how|what|that|the (?:derivation|proof|formula|math)))/i;
const ASSIGNMENT = /(^|[\s(,])[a-zA-Zθσ_]{1,12}\s*=\s*[-+]?\d/;
const NUMBER = /[-+]?\d/;

/**
 * `mentionsParam`: the message names a parameter or a choice value of some scenario (extract.ts
 * decides that), which turns "what if we use relu" into a simulation request.
 */
export function detectIntent(
  message: string,
  ctx: IntentContext,
  mentionsParam: boolean,
): WordingIntent {
  const m = message.trim();
  if (GREETING.test(m)) return "greeting";
  if (ctx.hasQuestion && (HINT_WORDS.test(m) || KEY_SEEKING.some((re) => re.test(m))))
    return "hint";
  if (!ctx.hasQuestion && /\b(hints?|clue)\b/i.test(m)) return "hint";
  if (QUIZ.test(m)) return "quiz";
  // A report, a claim or a comparison of ideas quotes numbers; it does not ask for a run.
  if (describesCase(m) || comparesIdeas(m)) return "explain";
  const hasNumber = NUMBER.test(m);
  if (SIMULATE_VERBS.test(m) && (hasNumber || mentionsParam || ctx.hasPlot)) return "simulate";
  // "why is the forget bias usually set to 1?" asks about a setting; it does not change one.
  if ((SET_VALUE.test(m) && !ASKS_ABOUT.test(m)) || ASSIGNMENT.test(withoutQuotedCode(m)))
    return "simulate";
  if (IMPERATIVE.test(m) && mentionsParam) return "simulate";
  if (/\bwith\b/i.test(m) && hasNumber && mentionsParam && ctx.hasPlot) return "simulate";
  return "explain";
}

/**
 * "ok I'll skip this one", "let's stop here", "no more questions please": a short message that
 * asks to end the quiz, not a question about stopping ("why does the gradient stop …?").
 */
export function endsQuiz(message: string): boolean {
  const m = message.trim();
  if (STOP.test(m)) return true;
  if (m.split(/\s+/).length > 8 || /^(?:why|how|what|does|do|is|are|can|could|when)\b/i.test(m))
    return false;
  return /\b(?:skip|stop|quit|pass on|give up|end (?:the |this )?quiz|no more (?:questions|quiz(?:zes)?)|enough (?:questions|for now|for today)|i'?m done|done for (?:now|today)|move on|let'?s move on)\b/i.test(
    m,
  );
}

/** "next": another chat-quiz question. */
export const SKIP = /^(next|next one|another( one)?|next question)\W*$/i;

/** "skip", "stop", "I give up": end the chat quiz ("idk" asks for a hint). */
export const STOP =
  /^(?:(?:ok|okay|please|let'?s|can we|i want to)\s+)*(skip|pass|stop|quit|end|cancel|exit|enough|no more|done|i'?m done|give up|i give up)(?:\s+(?:the\s+|this\s+)?(?:quiz|question|it|this|now|please|for now))*\W*$/i;
