/**
 * Terse turns whose meaning is the thread's regime (vanishing or exploding): "and if it's over
 * 1?" after "gradients vanish when the factor per step is under 1" asks about the other side of
 * 1; "ok how do I stop it" after a loss that spikes to NaN asks for the fix for explosion.
 */
import { explain } from "./actions";
import { earlierQuestions } from "./what-about";
import type { Decision, Turn } from "./turn";

type Regime = "vanish" | "explode";

/** "and if its over 1?", "what if the factor is bigger than one", "and above 1?" */
const FLIP =
  /^(?:(?:ok(?:ay)?|so|and|but|then|hm+)[,.!]*\s+)*(?:(?:what\s+)?if\s+)?(?:(?:it|that|the (?:factor|per-step factor|number|value))(?:'?s|\s+is|\s+were|\s+was|\s+goes)?\s+)?(over|above|bigger than|greater than|larger than|more than|>|under|below|less than|smaller than|<)\s*(?:1|one)(?:\s+instead|\s+then)?\s*[?!.]*$/i;

/** "how do I stop it", "how do I fix that?", "what do I do about it": the thread's problem. */
const FIX_IT =
  /^(?:(?:ok(?:ay)?|so|and|but|right|then|hm+)[,.!]*\s+)*(?:how (?:do|can|should|would) (?:i|we|you) (?:stop|fix|prevent|avoid|solve|handle|deal with|get rid of)|what (?:do|can|should) (?:i|we) do about|how to (?:stop|fix|prevent|avoid|solve))\s+(?:it|this|that|them)(?:\s+(?:then|now|happening|from happening))?\s*[?!.]*$/i;

const EXPLODES =
  /\b(?:explod\w*|blow(?:s|ing)? up|blew up|nan|inf|overflow\w*|spikes?|spiking|diverg\w*)\b|\b1e[+]?[3-9]\d*\b/i;
// A learning rate of 1e-3 is no symptom: only a power far below it reads as a vanished gradient.
const VANISHES =
  /\b(?:vanish\w*|shrinks?|flat(?:lines?)?|stops? learning)\b|\b1e-(?:[7-9]|[1-9]\d)\b/i;

/** The regime the thread's own words name, or undefined when it names both or neither. */
export function threadRegime(turn: Turn): Regime | undefined {
  const text = earlierQuestions(turn).slice(0, 4).join(" ");
  const explode = EXPLODES.test(text);
  const vanish = VANISHES.test(text);
  if (explode === vanish) return undefined;
  return explode ? "explode" : "vanish";
}

const DEPTH =
  /\b(?:residual|resnet|highway|stacks?|layers?|depth|deep|feed-?forward|transformers?)\b/i;

const ABOVE = /over|above|bigger|greater|larger|more|>/i;

export function regimeTurn(turn: Turn, message: string): Decision | undefined {
  if (turn.state.turns === 0) return undefined;
  const flip = FLIP.exec(message.trim());
  if (flip?.[1]) return otherSide(turn, ABOVE.test(flip[1]));
  if (FIX_IT.test(message.trim())) return fixFor(turn);
  return undefined;
}

/** The other side of 1 from the thread's regime; the same side repeats nothing useful. */
function otherSide(turn: Turn, above: boolean): Decision | undefined {
  const regime = threadRegime(turn);
  if (!regime || (regime === "explode") === above) return undefined;
  const question = above
    ? "why do gradients explode when the factor per step is above 1?"
    : "why do gradients vanish when the factor per step is below 1?";
  const lead = above
    ? "Above 1 the picture flips: a product of factors each greater than 1 grows geometrically with the number of steps, so the gradient explodes instead of vanishing (for a matrix, a largest singular value above 1 only makes that possible; it does not force it)."
    : "Below 1 the picture flips: a product of factors each less than 1 shrinks geometrically with the number of steps, so the gradient vanishes instead of exploding.";
  return withLead(
    explain(turn, question, {
      lessonId: above ? "how-lstm-handles-exploding-gradients" : "bptt-basics",
    }),
    lead,
  );
}

/** "how do I stop it" after explosion symptoms is the fix for explosion; likewise vanishing. */
function fixFor(turn: Turn): Decision | undefined {
  const regime = threadRegime(turn);
  // A deep stack explodes or vanishes through depth: its fix is its own, found the usual way.
  if (!regime || DEPTH.test(earlierQuestions(turn).slice(0, 4).join(" "))) return undefined;
  return regime === "explode"
    ? explain(turn, "how do I fix exploding gradients with gradient norm clipping?", {
        lessonId: "how-lstm-handles-exploding-gradients",
      })
    : explain(turn, "how do I fix vanishing gradients?", {
        lessonId: "how-to-fix-vanishing-gradients",
      });
}

function withLead(decision: Decision, lead: string): Decision {
  if (decision.reply.intent !== "explain") return decision;
  return { ...decision, reply: { ...decision.reply, reply: `${lead} ${decision.reply.reply}` } };
}
