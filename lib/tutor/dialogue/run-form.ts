/**
 * Run or explain, from the sentence's form rather than its words: a run needs a request (to run,
 * simulate, plot, show, try, set) or a bare list of dial settings. A learner who reports what
 * their network does ("my recurrent weights are tiny (like 0.01) …"), asserts a rule ("clipping
 * at 5 means every gradient comes out with norm 5"), voices a worry or a plan ("I'll go from 128
 * to 1024 hidden units") or asks for a diagnosis ("… any idea?") is explained to, however many
 * dial values the message quotes: the numbers describe their case, they are not settings.
 */

const LEAD = String.raw`^(?:(?:ok(?:ay)?|so|but|and|hmm+|wait|then|um+|well|yeah|also)[,.!]*\s+)*`;

/** Verbs and phrases that ask for a run somewhere in the message. */
const REQUEST =
  /\b(?:run|re-?run|simulate|simulation|plot|show (?:me|us|it|what)|let me see|can i see|see what|try|sweep|launch|redo)\b|\b(?:i'?d like|i would like|i want|i wanna|give me|can (?:we|i) (?:get|have|see)|could (?:we|i) (?:get|have|see))\b|\blet'?s\b[^.?!]*\b(?:see|run|try|set|use|plot|compare|do|have)\b|\bwhat (?:if|happens)\b/i;

/** The learner speaks of their own model or plan: a report, not a request. */
const FIRST_PERSON = new RegExp(
  `${LEAD}(?:if\\s+|when\\s+|since\\s+|because\\s+)?(?:my|our|i|i'?m|i'?ve|i'?ll|i'?d|we|we'?re|we'?ve|we'?ll|mine)\\b`,
  "i",
);

/**
 * "copied a gru from a paper and set …", "trained it with forget bias 0 and …": a report in the
 * past tense with its "I" left out, not a request.
 */
const PAST_REPORT = new RegExp(
  `${LEAD}(?:copied|trained|built|wrote|implemented|coded|tried|followed|plugged|initiali[sz]ed|swapped|replaced|ported|ran|changed|switched|bumped|cranked|increased|decreased|lowered|raised|noticed|watched|saw|found|got)\\b`,
  "i",
);

/** "plan: bump the hidden size …", "idea - use …": the learner's plan, put up to be judged. */
const PLAN = /^(?:(?:my|our|the)\s+)?(?:plan|idea|thought|proposal|hypothesis)\s*[:\-–—]/i;

/** A claim or a worry: a rule stated, a belief, a prediction about what will happen. */
const CLAIM =
  /\bwill (?:be|stay|keep|remain|never|always|still|explode|vanish|blow up|die)\b|\b(?:can'?t|cannot|won'?t|never) (?:explode|vanish|forget|grow|shrink|blow up)\b|\b(?:means?|meaning|implies|so that means|should (?:fix|help|solve|cure|stop|be enough)|will (?:fix|help|solve|cure|stop)|won'?t (?:explode|vanish)|(?:i'?m|am) (?:worried|afraid|scared|sure|pretty sure|guessing)|worried|i (?:think|guess|assume|believe|suppose|figure|feel)|always|never)\b/i;

/** A diagnosis asked for at the end of a report. */
const DIAGNOSIS =
  /\b(?:any idea|any ideas|ideas|what'?s up|what'?s wrong|what is wrong|what'?s going on|what is going on|diagnos\w*|what gives|thoughts|help)\s*[?!.]*$/i;

/**
 * The message states, reports, worries or asks for a diagnosis, and asks for no run: its
 * numbers describe the learner's case, so it is explained, never run.
 */
export function describesCase(message: string): boolean {
  const m = message.trim();
  const order = m.replace(FRONTED, "");
  if (REQUEST.test(m) || COMMAND.test(order) || ORDER.test(order)) return false;
  return (
    FIRST_PERSON.test(m) ||
    PAST_REPORT.test(m) ||
    PLAN.test(m) ||
    CLAIM.test(m) ||
    DIAGNOSIS.test(m) ||
    TAG_QUESTION.test(m) ||
    declarative(m)
  );
}

/** "…, correct?", "…, right?", "…, isn't it?": a claim put up for confirmation. */
const TAG_QUESTION =
  /[,;]?\s*(?:right|correct|yes|true|isn'?t it|doesn'?t it|didn'?t it|don'?t they|aren'?t they|yeah|am i right|no)\s*\?+\s*$/i;

/**
 * "In the exploding scenario, use …", "For the gru run, set …": a phrase that says where, set off
 * by a comma before the order; the order still opens the sentence's main clause.
 */
const FRONTED = /^(?:in|for|on|with|using|within|inside)\s+[^,;.?!]{2,60},\s*/i;

/** An order at the start: "set the bias to 3", "double the threshold", "store a 0", "show the lstm …". */
const ORDER = new RegExp(
  `${LEAD}(?:please\\s+)?(?:set|change|increase|decrease|raise|lower|make|put|use|turn|bump|crank|double|halve|switch|give|start|open|compare|store|add|remove|drop|go|keep|hold|remember|let|get|have|take|stay|feed|train|stack|show|display|draw)\\b`,
  "i",
);

/** A finite verb: a settings list ("forget bias 4, 300 steps") has none. */
const FINITE =
  /\b(?:is|are|was|were|isn'?t|aren'?t|uses?|used|has|have|had|gets?|got|does|did|makes?|keeps?|becomes?|stays?|goes|went|explodes|vanishes|seems|dies|blows up)\b/i;
/**
 * A question mark, a question word, or "what" opening a clause ("…, and what does clipping do";
 * "is what keras uses" is a statement).
 */
const QUESTION_WORD =
  /\?|\b(?:why|how|which|whether)\b|(?:^|[,;:.]\s*|\b(?:and|but|so|then)\s+)(?:what|when|where|who)\b/i;

/** A clause after the noun phrase that qualifies a setup, to the end of the message. */
const SETUP_CLAUSE = /(?<=\S\s+)(?:where|in which|such that|whereby)\b.*$/i;

/** "apparently a forget bias of 1 is what keras uses": a statement, neither a question nor a list. */
function declarative(m: string): boolean {
  // "where the forget bias is 4 and there are 120 steps" gives values: a copula before a number
  // assigns a dial, it states nothing.
  const claims = m.replace(/\b(?:is|are|was|were|be|of)\s+(?=[-+−]?\d)/gi, " ");
  // "gru vs lstm where only the lstm gets forget bias 3": a verb inside a clause that qualifies
  // the setup ("where …", "in which …") sets it up; only the main clause can state something.
  const main = claims.replace(SETUP_CLAUSE, " ");
  return !QUESTION_WORD.test(m) && FINITE.test(main);
}

/** "Clip g = (1, 2, 2) at 5", "compute σ(2)^30": an order to calculate is not a report. */
const COMMAND = new RegExp(
  `${LEAD}(?:(?:if|when) (?:i|we|you) (?:\\w+-)?)?(?:please\\s+)?(?:clip|compute|calculate|work out|multiply|find|evaluate|estimate)\\b`,
  "i",
);

/** "compare value clipping and norm clipping": two ideas side by side, no value to run with. */
export function comparesIdeas(message: string): boolean {
  const m = message.trim();
  return (
    new RegExp(`${LEAD}(?:please\\s+)?(?:compare|contrast)\\b`, "i").test(m) &&
    !/\d/.test(m) &&
    !/\b(?:run|runs|sim|simulation|scenario|demo|plot|curves?|experiment|sweep)\b/i.test(m)
  );
}

/** Asks for a number outright: only then does a report of the learner's case get a calculation. */
const ASKS_NUMBER =
  /\bhow (?:much|many|big|small|large|fast)\b|\bwhat (?:fraction|share|proportion|percentage)\b|\b(?:compute|calculate|work out|multiply)\b|=\s*\?|\bwhat(?:'s| is| would be) (?:the )?(?:total|product|result|value|overall|combined|norm|factor)\b|\bsurviv|\bleft\b|\bremains?\b|\bkeeps?\b|\bbecomes?\b|\bwhat (?:do|would|will|does|did) (?:i|we|you|it) (?:get|end up with|come out)|\bwhat comes out\b/i;

/** "my gru with update bias 0 forgets after 20 steps, what's wrong?" wants a diagnosis, not arithmetic. */
export function reportsWithoutAsking(message: string): boolean {
  const m = message.trim();
  // A claim about a calculation ("(0.5, 10) clipped at 5 keeps the 0.5") is answered by doing it.
  if (REQUEST.test(m) || COMMAND.test(m) || ASKS_NUMBER.test(m)) return false;
  return FIRST_PERSON.test(m) || PAST_REPORT.test(m) || DIAGNOSIS.test(m);
}
