/**
 * How many parameters a recurrent layer has, from the sizes the learner gives: each of its G
 * weight blocks (1 for a vanilla RNN, 3 for a GRU, 4 for an LSTM: i, f, g, o) has an H × I input
 * matrix, an H × H recurrent matrix and its biases, so one layer has G·(H·(I + H) + k·H) with k
 * bias vectors per block. Textbooks write one bias per gate; PyTorch keeps two (b_ih and b_hh).
 */
import type { Calculation } from "./calculation";
import { rx } from "./calc-read";

const CELL = "why-lstm-solves-vanishing-gradients";
const BPTT = "bptt-basics";
const GRU = "gru";

const ASKS_COUNT =
  /\bhow many\s+(?:trainable\s+|learnable\s+|total\s+)?(?:parameters|params|weights)\b|\b(?:parameter|param|weight)\s+count\b|\bnumber of\s+(?:trainable\s+|learnable\s+)?(?:parameters|params|weights)\b/i;
const INPUT = [
  rx(
    String.raw`\binput(?:[\s_-]*(?:size|dim(?:ension)?s?|features?|width|length))?\s*(?:of|is|=|:)?\s*(\d+)\b`,
  ),
  rx(String.raw`\b(\d+)[\s-]*(?:dim(?:ensional)?\s+)?(?:inputs?|input features)\b`),
];
const HIDDEN = [
  rx(
    String.raw`\bhidden(?:[\s_-]*(?:state\s+)?(?:size|dim(?:ension)?s?|units?|width|neurons))?\s*(?:of|is|=|:)?\s*(\d+)\b`,
  ),
  rx(String.raw`\b(\d+)\s+(?:hidden\s+)?(?:units|neurons|hidden(?:\s+(?:units|neurons|dims?))?)\b`),
];
/** Anything beyond the recurrent layer itself, which this count leaves out. */
const MORE_THAN_ONE_LAYER =
  /\bbidirectional\b|\b(?:output|linear|dense|embedding|projection|readout)\s+layer\b|\bclassifier\b|\bpeephole|\b(?:[2-9]|two|three|four)[\s-]+layers?\b|\bnum_layers\s*=\s*[2-9]/i;

function firstNumber(m: string, patterns: readonly RegExp[]): number {
  for (const re of patterns) {
    const hit = re.exec(m);
    if (hit) return Number(hit[1]);
  }
  return NaN;
}

/** The cell: its number of weight blocks, its name and where the course teaches it. */
function cellOf(m: string): { blocks: number; name: string; lessonId: string } | undefined {
  if (/\blstm\b/i.test(m)) return { blocks: 4, name: "LSTM", lessonId: CELL };
  if (/\bgru\b/i.test(m)) return { blocks: 3, name: "GRU", lessonId: GRU };
  if (/\b(?:vanilla|elman|simple|plain)\s+rnn\b|\brnn\b/i.test(m))
    return { blocks: 1, name: "vanilla RNN", lessonId: BPTT };
  return undefined;
}

/** Bias vectors per block, when the message says; undefined when it does not. */
function biasesStated(m: string): number | undefined {
  if (
    /\b(?:no|without|excluding|ignore|ignoring)\s+(?:the\s+)?bias|\bbias\s*=\s*false\b|\bweights only\b/i.test(
      m,
    )
  )
    return 0;
  if (/\b(?:two|2)\s+bias|\bb_?ih\b.*\bb_?hh\b|\bpytorch\b|\btorch\b/i.test(m)) return 2;
  if (/\b(?:one|1|a single)\s+bias(?:\s+vector)?\s+(?:per|for each|each)\b/i.test(m)) return 1;
  return undefined;
}

const count = (G: number, I: number, H: number, k: number) => G * (H * (I + H) + k * H);

/** "how many weights and biases does one LSTM layer have with input size 10 and hidden size 20?" */
export function parameterCount(m: string): Calculation | undefined {
  if (!ASKS_COUNT.test(m) || MORE_THAN_ONE_LAYER.test(m)) return undefined;
  const cell = cellOf(m);
  const I = firstNumber(m, INPUT);
  const H = firstNumber(m, HIDDEN);
  if (!cell || !(I >= 1 && I <= 1e6) || !(H >= 1 && H <= 1e6)) return undefined;
  const stated = biasesStated(m);
  const k = stated ?? 1;
  const G = cell.blocks;
  const total = count(G, I, H, k);
  const biasWords =
    k === 0
      ? "no biases"
      : k === 1
        ? "one bias vector per block"
        : "two bias vectors per block (PyTorch's b_ih and b_hh)";
  const blocks = G === 1 ? "one block" : `${G} blocks (${G === 4 ? "i, f, g, o" : "r, z, n"})`;
  const other =
    stated === undefined
      ? ` PyTorch keeps two bias vectors per block (b_ih and b_hh), which gives ${count(G, I, H, 2)}; without biases it is ${count(G, I, H, 0)}.`
      : "";
  return {
    text: `It is **${total}**: ${cell.name === "LSTM" ? "an" : "a"} ${cell.name} layer has ${blocks}, each with an $H \\times I$ input matrix, an $H \\times H$ recurrent matrix and ${biasWords}, so with $I = ${I}$ and $H = ${H}$ it has $${G} \\cdot (${H} \\cdot (${I} + ${H})${k ? ` + ${k === 1 ? "" : `${k} \\cdot `}${H}` : ""}) = ${G} \\cdot ${H * (I + H) + k * H} = ${total}$ parameters.${other}`,
    lessonId: cell.lessonId,
  };
}
