/**
 * The subject of a follow-up: "what about the GRU?" asks the thread's earlier question again about
 * the GRU, in the lesson whose title names it.
 */
import { lessons } from "@/lib/content";
import { terms } from "../retrieval/text";
import { courseTerms } from "./state";

/**
 * The one lesson whose title names the subject ("GRU" → the GRU lesson), if exactly one does.
 * Every course word of the subject must be in the title: "input gate" is not the GRU lesson's
 * subject because its title says "gating".
 */
export function homeLesson(subject: string): string | undefined {
  const own = courseTerms(subject);
  if (own.length === 0) return undefined;
  const found = lessons.filter((l) => {
    const title = new Set(terms(l.title));
    return own.every((t) => title.has(t));
  });
  return found.length === 1 ? found[0]?.id : undefined;
}

/** Words that name one of a kind of thing; "what about X?" swaps one for another of its kind. */
const KINDS: readonly RegExp[] = [
  // A model's own modifier goes with it: "a tanh rnn", then "and the GRU?", is about a GRU, not
  // a "tanh GRU" (the GRU's activations are its own).
  /\b(?:(?:plain|vanilla|simple|elman|tanh|sigmoid|relu|linear)[- ])?(?:rnns?|lstms?|grus?|irnns?|transformers?)\b/i,
  /\b(?:tanh|sigmoid|relu|linear)\b/i,
  /\b(?:vanish\w*|explod\w*)\b/i,
  /\b(?:norm clipping|value clipping|clipping|gradient clipping)\b/i,
  /\b(?:forget gate|input gate|output gate|update gate|reset gate)\b/i,
  /\b(?:pytorch|torch|keras|tensorflow|jax|flax)\b/i,
];

/**
 * "explain why the lstm fixes vanishing gradients", then "what about the GRU?": the first
 * question with its word of the subject's kind replaced by the subject.
 */
export function sameQuestionAbout(asked: string, subject: string): string | undefined {
  const swapped = sameKindSwapped(asked, subject);
  // "why do LSTMs need a forget bias of 1?", "what about GRUs?": the GRU's own gate, too.
  return swapped ? (partSwapped(swapped, subject) ?? swapped) : partSwapped(asked, subject);
}

/**
 * The parts one model has where the other has its own: "what's a good forget gate bias?", then
 * "and for the GRU?", asks about the update gate's bias; the LSTM's forget gate and the GRU's
 * update gate play the same role, so the question is asked again with the part swapped.
 */
const PART_SWAPS: readonly { model: RegExp; part: RegExp; to: string }[] = [
  { model: /\bgrus?\b/i, part: /\bforget[- ]gate\b|\bforget\b(?=[- ]bias)/i, to: "update gate" },
  { model: /\blstms?\b/i, part: /\bupdate[- ]gate\b|\bupdate\b(?=[- ]bias)/i, to: "forget gate" },
];

function partSwapped(asked: string, subject: string): string | undefined {
  for (const swap of PART_SWAPS) {
    if (!swap.model.test(subject) || !swap.part.test(asked)) continue;
    const model = swap.model.exec(subject)?.[0] ?? "";
    const replaced = asked.replace(swap.part, swap.to).replace(/[\s?.!]+$/, "");
    return swap.model.test(replaced) ? `${replaced}?` : `${replaced} in the ${model}?`;
  }
  return undefined;
}

function sameKindSwapped(asked: string, subject: string): string | undefined {
  for (const kind of KINDS) {
    const wanted = kind.exec(subject)?.[0];
    const had = kind.exec(asked)?.[0];
    if (wanted && had && wanted.toLowerCase() !== had.toLowerCase())
      return asked
        .replace(kind, wanted)
        .replace(
          /\b(an?)\s+(\w)/gi,
          (_, article: string, next: string) =>
            `${/^[aeiou]/i.test(next) ? article.replace(/^(a)n?$/i, "$1n") : article.replace(/n$/i, "")} ${next}`,
        );
  }
  return undefined;
}

/**
 * What plays the thread's part in the model a follow-up swaps to: the LSTM's forget gate and cell
 * path are the GRU's update gate and its copy of the state, and the other way round. "how does
 * the lstm fix vanishing?", then "what about the GRU?", is answered by the update gate, not by
 * whatever else the GRU lesson says about vanishing.
 */
const COUNTERPARTS: readonly { model: RegExp; part: RegExp; counterpart: string }[] = [
  // A per-step Jacobian asked again for the GRU is its copy path's factor, diag(z_t), the term
  // that plays diag(f_t)'s part: what differentiating its update gives, not what the gate is.
  {
    model: /\bgrus?\b/i,
    part: /\b(?:jacobians?|per[- ]step (?:factor|derivative)|one[- ]step (?:factor|derivative))\b/i,
    counterpart: "differentiate h_t with respect to h_{t-1} diag role copies its state forward",
  },
  {
    model: /\bgrus?\b/i,
    part: /\b(?:forget gates?|cell(?: state| path)?)\b/i,
    counterpart: "update gate copies its state",
  },
  {
    model: /\blstms?\b/i,
    part: /\b(?:update gates?|copy path)\b/i,
    counterpart: "forget gate keeps its cell",
  },
];

export function counterpartOf(asked: string, thread: string, subject: string): string | undefined {
  // The update gate does not answer for exploding gradients: the GRU's candidate path still explodes.
  if (/\b(?:explod\w*|clip\w*)\b/i.test(asked)) return undefined;
  return COUNTERPARTS.find((c) => c.model.test(subject) && c.part.test(`${asked} ${thread}`))
    ?.counterpart;
}
