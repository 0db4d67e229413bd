/**
 * Schematic LSTM and GRU cells as data: labelled nodes and wires, with the wires that carry the
 * additive (gradient-preserving) path marked. CellDiagram.tsx draws them; keeping geometry here
 * lets the tests check the structure without parsing SVG.
 */
export type CellKind = "lstm" | "gru";

export interface DiagramNode {
  id: string;
  /** Text inside the node, e.g. "σ", "tanh", "×", "+". */
  label: string;
  /** What it computes, for the accessible description and the tooltip. */
  meaning: string;
  x: number;
  y: number;
  shape: "box" | "circle";
}

export interface DiagramWire {
  points: readonly (readonly [number, number])[];
  /** "path": the additive path the gradient follows back; "gate": through h and the gates. */
  role: "path" | "gate" | "plain";
}

export interface DiagramLabel {
  text: string;
  x: number;
  y: number;
  anchor?: "start" | "middle" | "end";
}

export interface CellDiagramData {
  kind: CellKind;
  title: string;
  /** Equations the labels refer to by number. */
  equations: readonly string[];
  /** One paragraph in words: what the highlighted path is and why it matters. */
  description: string;
  nodes: readonly DiagramNode[];
  wires: readonly DiagramWire[];
  labels: readonly DiagramLabel[];
}

const TOP = 50;
const GATES = 210;
const BUS = 262;

const lstm: CellDiagramData = {
  kind: "lstm",
  title: "LSTM cell: the cell path the gradient follows",
  equations: [
    "(1) c_t = f_t ⊙ c_{t−1} + i_t ⊙ g_t",
    "(2) h_t = o_t ⊙ tanh(c_t)",
    "(3) f, i, o = σ(W x_t + U h_{t−1} + b), g = tanh(W x_t + U h_{t−1} + b)",
  ],
  description:
    "The cell state runs along the top from c_{t−1} to c_t. On the way it is multiplied by the forget gate f_t and the gated candidate i_t ⊙ g_t is added (equation 1). Going back one step along this highlighted line multiplies the gradient by diag(f_t) only: no weight matrix, no squashing derivative. The dashed wires from h_{t−1} into the four gates carry the other terms of ∂c_t/∂c_{t−1}, which pass through the recurrent weights U and the gate derivatives. The output h_t = o_t ⊙ tanh(c_t) (equation 2) leaves at the right.",
  nodes: [
    { id: "forget-mul", label: "×", meaning: "f_t ⊙ c_{t−1}", x: 200, y: TOP, shape: "circle" },
    { id: "add", label: "+", meaning: "add i_t ⊙ g_t", x: 380, y: TOP, shape: "circle" },
    { id: "f", label: "σ", meaning: "forget gate f_t", x: 200, y: GATES, shape: "box" },
    { id: "i", label: "σ", meaning: "input gate i_t", x: 300, y: GATES, shape: "box" },
    { id: "g", label: "tanh", meaning: "candidate g_t", x: 400, y: GATES, shape: "box" },
    { id: "o", label: "σ", meaning: "output gate o_t", x: 500, y: GATES, shape: "box" },
    { id: "write-mul", label: "×", meaning: "i_t ⊙ g_t", x: 380, y: 130, shape: "circle" },
    { id: "tanh-c", label: "tanh", meaning: "tanh(c_t)", x: 560, y: 110, shape: "box" },
    {
      id: "out-mul",
      label: "×",
      meaning: "h_t = o_t ⊙ tanh(c_t)",
      x: 560,
      y: 170,
      shape: "circle",
    },
  ],
  wires: [
    {
      role: "path",
      points: [
        [30, TOP],
        [188, TOP],
      ],
    },
    {
      role: "path",
      points: [
        [212, TOP],
        [368, TOP],
      ],
    },
    {
      role: "path",
      points: [
        [392, TOP],
        [620, TOP],
      ],
    },
    {
      role: "plain",
      points: [
        [200, GATES - 18],
        [200, TOP + 12],
      ],
    },
    {
      role: "plain",
      points: [
        [300, GATES - 18],
        [300, 130],
        [368, 130],
      ],
    },
    {
      role: "plain",
      points: [
        [400, GATES - 18],
        [400, 160],
        [380, 160],
        [380, 142],
      ],
    },
    {
      role: "plain",
      points: [
        [380, 118],
        [380, TOP + 12],
      ],
    },
    {
      role: "plain",
      points: [
        [560, TOP],
        [560, 96],
      ],
    },
    {
      role: "plain",
      points: [
        [560, 124],
        [560, 158],
      ],
    },
    {
      role: "plain",
      points: [
        [500, GATES - 18],
        [500, 170],
        [548, 170],
      ],
    },
    {
      role: "plain",
      points: [
        [572, 170],
        [620, 170],
      ],
    },
    {
      role: "gate",
      points: [
        [30, BUS],
        [500, BUS],
      ],
    },
    {
      role: "gate",
      points: [
        [200, BUS],
        [200, GATES + 18],
      ],
    },
    {
      role: "gate",
      points: [
        [300, BUS],
        [300, GATES + 18],
      ],
    },
    {
      role: "gate",
      points: [
        [400, BUS],
        [400, GATES + 18],
      ],
    },
    {
      role: "gate",
      points: [
        [500, BUS],
        [500, GATES + 18],
      ],
    },
    {
      role: "plain",
      points: [
        [110, 292],
        [110, BUS],
      ],
    },
  ],
  labels: [
    { text: "c_{t−1}", x: 26, y: TOP - 10, anchor: "start" },
    { text: "c_t", x: 620, y: TOP - 10, anchor: "end" },
    { text: "gradient back: × f_t per step (1)", x: 290, y: TOP - 14 },
    { text: "h_{t−1}, x_t", x: 26, y: BUS - 8, anchor: "start" },
    { text: "x_t", x: 116, y: 290, anchor: "start" },
    { text: "h_t (2)", x: 620, y: 160, anchor: "end" },
    { text: "f", x: 230, y: GATES - 20, anchor: "start" },
    { text: "i", x: 330, y: GATES - 20, anchor: "start" },
    { text: "g", x: 430, y: GATES - 20, anchor: "start" },
    { text: "o", x: 530, y: GATES - 20, anchor: "start" },
  ],
};

const gru: CellDiagramData = {
  kind: "gru",
  title: "GRU cell: the copy path the gradient follows",
  equations: [
    "(1) h_t = (1 − z_t) ⊙ n_t + z_t ⊙ h_{t−1}",
    "(2) n_t = tanh(W_n x_t + r_t ⊙ (U_n h_{t−1} + b_n))",
    "(3) r, z = σ(W x_t + U h_{t−1} + b)",
  ],
  description:
    "The hidden state runs along the top from h_{t−1} to h_t. It is multiplied by the update gate z_t and the candidate n_t, weighted by 1 − z_t, is added (equation 1). Going back one step along this highlighted line multiplies the gradient by diag(z_t). The dashed wires from h_{t−1} into the reset gate, the update gate and the candidate carry the other terms of ∂h_t/∂h_{t−1}, through the recurrent weights. There is no separate cell and no output gate: the state carried is the state shown.",
  nodes: [
    { id: "keep-mul", label: "×", meaning: "z_t ⊙ h_{t−1}", x: 220, y: TOP, shape: "circle" },
    { id: "add", label: "+", meaning: "add (1 − z_t) ⊙ n_t", x: 420, y: TOP, shape: "circle" },
    { id: "r", label: "σ", meaning: "reset gate r_t", x: 140, y: GATES, shape: "box" },
    { id: "z", label: "σ", meaning: "update gate z_t", x: 220, y: GATES, shape: "box" },
    { id: "one-minus", label: "1−", meaning: "1 − z_t", x: 300, y: 150, shape: "circle" },
    { id: "n", label: "tanh", meaning: "candidate n_t (uses r_t)", x: 420, y: GATES, shape: "box" },
    { id: "write-mul", label: "×", meaning: "(1 − z_t) ⊙ n_t", x: 420, y: 130, shape: "circle" },
  ],
  wires: [
    {
      role: "path",
      points: [
        [30, TOP],
        [208, TOP],
      ],
    },
    {
      role: "path",
      points: [
        [232, TOP],
        [408, TOP],
      ],
    },
    {
      role: "path",
      points: [
        [432, TOP],
        [620, TOP],
      ],
    },
    {
      role: "plain",
      points: [
        [220, GATES - 18],
        [220, TOP + 12],
      ],
    },
    {
      role: "plain",
      points: [
        [220, 150],
        [288, 150],
      ],
    },
    {
      role: "plain",
      points: [
        [312, 150],
        [340, 150],
        [340, 130],
        [408, 130],
      ],
    },
    {
      role: "plain",
      points: [
        [420, GATES - 18],
        [420, 142],
      ],
    },
    {
      role: "plain",
      points: [
        [420, 118],
        [420, TOP + 12],
      ],
    },
    {
      role: "plain",
      points: [
        [140, GATES - 18],
        [140, 180],
        [370, 180],
        [370, GATES],
        [394, GATES],
      ],
    },
    {
      role: "gate",
      points: [
        [30, BUS],
        [420, BUS],
      ],
    },
    {
      role: "gate",
      points: [
        [140, BUS],
        [140, GATES + 18],
      ],
    },
    {
      role: "gate",
      points: [
        [220, BUS],
        [220, GATES + 18],
      ],
    },
    {
      role: "gate",
      points: [
        [420, BUS],
        [420, GATES + 18],
      ],
    },
    {
      role: "plain",
      points: [
        [100, 292],
        [100, BUS],
      ],
    },
  ],
  labels: [
    { text: "h_{t−1}", x: 26, y: TOP - 10, anchor: "start" },
    { text: "h_t", x: 620, y: TOP - 10, anchor: "end" },
    { text: "gradient back: × z_t per step (1)", x: 320, y: TOP - 14 },
    { text: "h_{t−1}, x_t", x: 26, y: BUS - 8, anchor: "start" },
    { text: "x_t", x: 106, y: 290, anchor: "start" },
    { text: "r", x: 170, y: GATES - 20, anchor: "start" },
    { text: "z", x: 250, y: GATES - 20, anchor: "start" },
    { text: "n (2)", x: 450, y: GATES - 20, anchor: "start" },
  ],
};

export const CELL_DIAGRAMS: Readonly<Record<CellKind, CellDiagramData>> = { lstm, gru };
