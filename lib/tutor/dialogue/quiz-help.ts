/**
 * Messages during a chat quiz that are neither an answer nor a side question about the course:
 * "I don't know", "why was that wrong?", "ok next one". Each gets the help a learner would want
 * without the key: a hint, or the next question.
 */
import type { HistoryTurn } from "../types";
/** "i don't know", "no clue", "honestly not sure": asking for help, not an answer. */
export const DONT_KNOW =
  /^(?:(?:um+|uh+|hmm+|honestly|sorry|ugh|ok(?:ay)?|tbh|no)[,.!\s]+)*(?:(?:i )?(?:really |honestly |just )?(?:don'?t|dont|do not) know|i(?:'ve| have) no (?:idea|clue)|dunno|no clue|not sure|no idea|idk|not a clue|i'?m not sure)(?:[,\s]+(?:tbh|honestly|sorry|lol|what to put|the answer|this one))*\W*$/i;

/** "why was that wrong?", "what did I get wrong": about a graded try while tries remain. */
export const WHY_WRONG =
  /\b(?:why (?:was|is|'?s) (?:that|it|mine|my answer|this|my choice) (?:wrong|not right|incorrect|not correct)|why (?:not|wrong)\b|what did i (?:get|do) wrong|where did i go wrong|what(?:'?s| is| was) wrong with (?:that|my answer|it|mine)|which (?:part|one|bit) (?:was|is) wrong|what am i missing)/i;

/** "ok next one", "another one please", "can I have the next question": skip to a new question. */
export const NEXT_QUESTION =
  /^(?:(?:ok(?:ay)?|alright|fine|cool|hmm+|right|sure|um+)[,.!\s]+)*(?:(?:can i (?:have|get)|could i (?:have|get)|give me|gimme|let'?s (?:do|have|try|go to)|i(?:'d| would) like|go to|on to|move on to|skip to)\s+)?(?:the\s+)?(?:next|next one|another(?: one)?|next question|a new one|a different one|a different question|a new question|one more)(?:\s+(?:please|pls|plz|then))?\W*$/i;

/** The opening of a hint given because the learner asked why a try was wrong. */
export const WHY_WRONG_PREFACE =
  "While you still have tries left I won't say which part was wrong, but here is something to check. ";

/** "how many more questions?", "does this count?": about the chat quiz itself. */
export const ABOUT_THE_QUIZ =
  /\b(?:how many (?:more )?(?:questions|qs|of these)|how long is (?:this|the) quiz|when does (?:this|the) quiz end|(?:is|does) (?:this|it|the quiz) (?:graded|count|counted|marked|recorded)|does this go (?:on|into) my (?:record|progress|grade))\b/i;

export const ABOUT_THE_QUIZ_REPLY =
  "A chat quiz asks one question at a time, for as long as you like: answer this one, say “next” for a different question, or “stop” to end. Your answers here count toward your progress just like answers on the quiz pages.";

/** The verdict on a chat question's last try shows the answer after this (solutionText). */
const SHOWN_ANSWER =
  /\n\n(The answer: [\s\S]*?|The order: [\s\S]*?|A model answer: [\s\S]*?)(?:\n\n|$)/;

/**
 * "why was that wrong?" just after a chat question's last try: the answer and its explanation
 * were in that verdict, so point back to them (and repeat them) instead of reading the words
 * as a new question. Undefined when the last reply was not such a verdict.
 */
export function afterLastTry(message: string, history: readonly HistoryTurn[]): string | undefined {
  if (!WHY_WRONG.test(message)) return undefined;
  const last = history.at(-1);
  if (last?.role !== "assistant") return undefined;
  const shown = SHOWN_ANSWER.exec(last.content)?.[1];
  if (!shown) return undefined;
  return `That was your last try, so here is the reasoning again. ${shown}\n\nAsk me about any step of it, or say “quiz me” for another question.`;
}
