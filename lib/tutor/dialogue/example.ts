/**
 * "Give an example" on a thread: the course's own calculation for the thread's subject, run on
 * the thread's numbers when it named some (a forget bias of 3) and on the lesson's usual ones
 * otherwise, so the example is numbers with their working, not another quoted passage.
 */
import { calculate, type Calculation } from "../answer/calc";

interface Example {
  /** The thread is about this when its words match. */
  about: RegExp;
  /** The value the thread named for the example's input, if any. */
  value?: RegExp;
  fallback: number;
  /** The calculation, as a learner would ask it. */
  ask: (v: number) => string;
  intro: (v: number) => string;
  /** The lesson the example illustrates, when it is not the calculation's own (a bare power is BPTT's). */
  lessonId?: string;
}

const N = String.raw`([-+]?\d+(?:\.\d+)?)`;

/**
 * Subjects no scalar calculation illustrates: a matrix's spectral radius against its norm, the
 * 1997 cell's carousel. Their example is the course's own (a non-normal matrix, the fixed
 * self-loop), so a thread about them quotes it rather than computing a power of some factor.
 */
const QUOTED_EXAMPLE =
  /\bspectral\b|\beigen\w*|\bsingular values?\b|\bnon-normal\b|ρ\s*\(|\bcarousel\b|\bcec\b/i;

/** Most specific first: a clipping thread is about clipping even when it mentions the LSTM. */
const EXAMPLES: readonly Example[] = [
  {
    about: /\bclip/i,
    value: new RegExp(
      String.raw`\b(?:threshold|θ|theta|clip(?:ped)? at)\s*(?:of|=|is)?\s*${N}`,
      "i",
    ),
    fallback: 5,
    ask: (v) => `clip (6, 8) at ${v}`,
    intro: (v) => `For example, norm clipping g = (6, 8) at threshold ${v}:`,
  },
  {
    about: /\bupdate gate\b|\bgrus?\b|\bb_?z\b/i,
    value: new RegExp(String.raw`\bupdate(?:[- ]gate)? bias\s*(?:of|=|is)?\s*${N}`, "i"),
    fallback: 2,
    ask: (v) => `GRU with update bias ${v}: what share of dh_T/dh_0 is left after 50 steps?`,
    intro: (v) => `For example, a GRU with update-gate bias ${v} and small weights:`,
  },
  {
    about: /\bresidual\b|\bshortcut\b|\bskip connection/i,
    fallback: 0.1,
    ask: (v) => `20 residual blocks x + ${v} tanh(x) at x = 0: what is dx_20/dx_0?`,
    intro: () => "For example, a residual stack against the same stack without shortcuts:",
  },
  {
    // "can an LSTM still explode?" then "example?": growth, not the cell path's decay.
    about: /\bexplod|\bblow(?:s|ing|n)?\s+up\b/i,
    lessonId: "how-lstm-handles-exploding-gradients",
    fallback: 1.1,
    ask: (v) => `${v}^50`,
    // Growth comes through the recurrent weights (the hidden path), not the gated cell path.
    intro: (v) =>
      `For example, if the recurrent weights make every step multiply the gradient by ${v}, over 50 steps:`,
  },
  {
    about: /\bforget\b|\bcell\b|\blstm|\bcarousel\b|\bb_?f\b/i,
    value: new RegExp(String.raw`\b(?:forget(?:[- ]gate)? )?bias\s*(?:of|=|is)?\s*${N}`, "i"),
    fallback: 1,
    ask: (v) => `σ(${v})^50`,
    intro: (v) =>
      `For example, with a forget bias of ${v} and the other weights at zero, over 50 steps:`,
  },
  {
    about: /\bsigmoid\b/i,
    fallback: 10,
    ask: (v) => `gradient through ${v} sigmoid units held at their midpoint?`,
    intro: (v) => `For example, ${v} sigmoid units in a row:`,
  },
  {
    // A thread may say it without the word: the gradient is lost, shrinks, decays, dies out.
    about:
      /\bvanish|\bshrink|\bdecay|\bfad(?:e|es|ing)\b|\bdi(?:e|es|ing) out\b|\blos(?:e|es|ing|t)\b[^.?!]{0,20}\bgradient/i,
    fallback: 0.9,
    ask: (v) => `${v}^50`,
    intro: (v) => `For example, if every step multiplies the gradient by ${v}, over 50 steps:`,
  },
];

/** The calculation that illustrates the thread, with a sentence that says what it shows. */
export function exampleFor(thread: string): (Calculation & { asked: string }) | undefined {
  if (QUOTED_EXAMPLE.test(thread) && !/\bclip/i.test(thread)) return undefined;
  for (const e of EXAMPLES) {
    if (!e.about.test(thread)) continue;
    const named = e.value?.exec(thread)?.[1];
    const v = named !== undefined ? Number(named) : e.fallback;
    const asked = e.ask(Number.isFinite(v) ? v : e.fallback);
    const calc = calculate(asked);
    if (calc)
      return {
        ...calc,
        ...(e.lessonId ? { lessonId: e.lessonId } : {}),
        text: `${e.intro(v)} ${calc.text}`,
        asked,
      };
  }
  return undefined;
}
