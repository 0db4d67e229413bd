/**
 * What kind of question the learner asked, from its wording: it decides how the reply opens
 * (a definition first, "No: ..." to a false claim, the number first for a calculation).
 */
import type { QuestionKind } from "../types";
import { questionsAfterPreamble } from "./glossary";

const RULES: readonly [QuestionKind, RegExp][] = [
  // "forget gate = ?": a term in words with nothing to compute asks what the thing is.
  ["definition", /^[a-z][a-z\s'-]{1,40}=\s*\?+\s*$/i],
  [
    "calculation",
    /\bhow many\b|\bcompute\b|\bcalculate\b|\bwork out\b|=\s*\?|\d\s*\^\s*\d|\bclip (?:the )?(?:vector|gradient)? ?[([]/i,
  ],
  // "I get NaN" reports a symptom; "I get that they shrink" says what is understood.
  [
    "diagnosis",
    /\b(?:my|our) (?:loss|gradients?|model|training|network|lstm|rnn)\b|\b(?:i get(?! (?:that|why|how|what|it|the idea)\b)|i'?m getting|keeps? (?:going|getting)|suddenly|nan\b|inf\b|diverg)/i,
  ],
  // "Is my code bugged?": a result reported with the worry that it is wrong.
  [
    "diagnosis",
    /\b(?:is|was|did) (?:my|the|our) (?:code|implementation|plot|setup|script|model|backprop\w*|autograd|gradient|training loop) (?:\w+ )?(?:bugged|buggy|broken|wrong)\b|\b(?:a )?bug in (?:my|the|our)\b|\b(?:do|did) (?:i|we) have a bug\b|\bdiagnos(?:e|is)\b|[.:;,]\s*(?:is|was) (?:this|that) (?:normal|expected)\b|\bdid i (?:do|get) (?:\w+ )?wrong\b/i,
  ],
  // A training run described with its symptom ("can't learn a 200-step dependency", "what's going on?").
  [
    "diagnosis",
    /\b(?:can'?t|cannot|won'?t|doesn'?t|does not|fails? to|never) (?:\w+ )?learns?\b|\bplateau\w*|\bstall\w*|\bwhat(?:'s| is) (?:going on|wrong|happening)\b|\bwhat happened\b|\bwhat am i (?:missing|doing wrong)\b|\bi'?m missing\b/i,
  ],
  // "What happens to the 1997 cell if it runs on a long stream?": the subject may come first.
  [
    "what-if",
    /\bwhat (?:if|(?:happens|would happen|will happen)(?: to\b[^?.]{1,60}?)? (?:if|when|with))\b|\bsuppose\b|\bimagine\b/i,
  ],
  [
    "compare",
    /\b(?:vs\.?|versus|difference between|differ(?:s|ent)? from|compared? (?:to|with)|better than|which (?:is|one is) better|or (?:an? )?(?:lstm|gru|rnn))\b/i,
  ],
  // "Is the update gate like the forget gate?": two things set side by side, not a verdict.
  [
    "compare",
    /^(?:(?:ok|so|but|and|wait)\s+)*(?:is|are|does|do|isn'?t)\b[^?]*\b(?:(?:just )?like|similar to|the same as|the same thing as|equivalent to|analogous to|a version of)\s+(?:an?|the)\b/i,
  ],
  // "How do X and Y differ?"
  ["compare", /\bdiffer\s*[?.!]*$/i],
  // "How do exploding and vanishing gradients differ in what you'd see?": two named, then "differ".
  ["compare", /\band\b[^?.,;]{1,40}\bdiffer(?:s|ent)?\b|\bwhat(?:'s| is) (?:\w+ )?different\b/i],
  [
    "definition",
    /^(?:so\s+)?(?:what(?:'s|s| is| are)\s+(?!(?:the\s+)?(?:reasons?|point|motivation|rationale|purpose)\b)(?:an?\s+|the\s+)?[\w\s'-]{1,40}\??$|define\b|definition of\b|meaning of\b|what does [\w\s'-]{1,40} mean\b)/i,
  ],
  // "What was the reason they cut the gradient?", "what's the reason for a positive bias?": a why.
  [
    "why",
    /^(?:(?:ok|so|but|and)\s+)*(?:why|how come)\b|\bwhy\b|\bwhat(?:'s|s| is| was| were| are)? (?:the |their |his |her )?(?:main |real |whole )?(?:reasons?|point|motivation|rationale|purpose)\b(?! of (?:this|the) (?:course|lesson))/i,
  ],
  ["how", /^(?:(?:ok|so|but|and)\s+)*how\b|\bhow (?:does|do|can|to|is)\b/i],
  [
    "yes-no",
    /^(?:(?:ok|so|but|and|wait)\s+)*(?:is|are|was|were|does|do|can|could|will|would|should|did|has|have|isn'?t|doesn'?t|don'?t|aren'?t|can'?t)\b|,?\s*(?:right|correct|yes|true|no|isn'?t it|doesn'?t it|does it|is it)\?\s*(?:(?:quick|just|a|simple)\s+)?(?:yes\s*(?:\/|or)\s*no(?:\s+(?:is fine|please|pls|only))?\s*[?.!]*\s*)?$|^(?:so|and)\b.*\?\s*$/i,
  ],
  ["definition", /^(?:so\s+)?what (?:does|do) .{1,40} (?:do|mean|control)\s*\??$/i],
];

function kindOf(text: string): QuestionKind {
  for (const [kind, re] of RULES) if (re.test(text)) return kind;
  return "other";
}

export function classify(message: string): QuestionKind {
  const whole = kindOf(message.trim());
  if (whole !== "other") return whole;
  // "Sorry for a basic question. In the bound there is σ_max(W). What does … mean?": the
  // scene-setting sentences are no question; the one that asks decides the kind.
  const asked = questionsAfterPreamble(message)[0];
  return asked ? kindOf(asked) : "other";
}
