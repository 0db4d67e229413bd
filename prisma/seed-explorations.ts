import { getLesson, type Question } from "@/lib/content";
import type { ExplorationMove } from "@/lib/contracts/exploration";
import { getScenario, type NumberParamDef } from "@/lib/sim";

/**
 * The slider moves a demo learner made on the lesson's plot before a try, or none: what the
 * instructor's drill-down replays and item analysis counts. A learner tries a few values of the
 * slider the question is about (forget-gate bias on a forget-bias question, the clipping
 * threshold on a clipping one), sometimes then the sequence length too. Values sit on the
 * slider's grid, times increase and end before the answer. Driven by its own generator so the
 * rest of the demo data stays as it was.
 */

/** The slider a question's concepts point at, in the order tried. */
const SLIDERS_FOR_CONCEPT: Record<string, readonly string[]> = {
  "forget-gate-bias": ["forgetBias"],
  "gradient-clipping": ["clipThreshold"],
  "exploding-gradient": ["recurrentScale", "weightScale"],
  "spectral-norm": ["recurrentScale"],
  "truncated-bptt": ["recurrentScale"],
  "constant-error-carousel": ["recurrentScale"],
  "residual-connections": ["branchScale"],
  initialisation: ["weightScale"],
  "activation-derivatives": ["weightScale"],
  "cell-state-path": ["forgetBias", "steps"],
  "lstm-gates": ["forgetBias"],
  "long-term-dependencies": ["steps", "depth"],
  "vanishing-gradient": ["steps", "depth"],
};
/** The second slider some learners move afterwards: how far back the gradient travels. */
const LENGTH_SLIDERS = ["steps", "depth"];

type Sliders = Record<string, NumberParamDef>;

function slidersOf(question: Question): Sliders {
  const params = getScenario(getLesson(question.lessonId)?.scenarioId ?? "")?.params ?? {};
  return Object.fromEntries(
    Object.entries(params).filter(
      (entry): entry is [string, NumberParamDef] => entry[1].kind === "number",
    ),
  );
}

function focusSlider(question: Question, sliders: Sliders): string | undefined {
  for (const concept of question.concepts) {
    const name = SLIDERS_FOR_CONCEPT[concept]?.find((n) => n in sliders);
    if (name) return name;
  }
  return Object.keys(sliders).find((n) => n !== "seed");
}

/** Questions about the plot itself (a prediction, a simulated key) draw more exploring. */
const isAboutThePlot = (q: Question) => q.type === "predict-plot" || "sim" in q;

export function exploreChance(question: Question, skill: number, tryNumber: number): number {
  if (tryNumber > 1) return 0.25;
  return isAboutThePlot(question) ? 0.2 + 0.35 * skill : 0.05 + 0.15 * skill;
}

const decimals = (step: number) => (String(step).split(".")[1] ?? "").length;

/** `value` moved onto the slider's grid and range. */
function onGrid(def: NumberParamDef, value: number): number {
  const snapped = def.min + Math.round((value - def.min) / def.step) * def.step;
  const inRange = Math.min(def.max, Math.max(def.min, snapped));
  return Number(inRange.toFixed(decimals(def.step)));
}

/** A few distinct values around the default, a tenth of the range (on the grid) apart. */
function triedValues(def: NumberParamDef, count: number, random: () => number): number[] {
  const stride = Math.max(1, Math.round((def.max - def.min) / 10 / def.step)) * def.step;
  const seen = new Set([onGrid(def, def.default)]);
  const values: number[] = [];
  for (let guard = 0; values.length < count && guard < 20; guard += 1) {
    const value = onGrid(def, def.default + (Math.floor(random() * 8) - 3) * stride);
    if (!seen.has(value)) {
      seen.add(value);
      values.push(value);
    }
  }
  return values;
}

/** The moves before one try, oldest first; empty when this learner did not explore. */
export function demoExploration(
  question: Question,
  { skill, tryNumber, timeTakenMs }: { skill: number; tryNumber: number; timeTakenMs: number },
  random: () => number,
): ExplorationMove[] {
  if (random() >= exploreChance(question, skill, tryNumber)) return [];
  const sliders = slidersOf(question);
  const focus = focusSlider(question, sliders);
  if (!focus) return [];
  const plan = triedValues(sliders[focus]!, 2 + Math.floor(random() * 3), random).map((value) => ({
    param: focus,
    value,
  }));
  const length = LENGTH_SLIDERS.find((n) => n in sliders && n !== focus);
  if (length && random() < 0.3) {
    plan.push(
      ...triedValues(sliders[length]!, 1, random).map((value) => ({ param: length, value })),
    );
  }
  let t = 1200 + Math.floor(random() * 2800);
  const moves: ExplorationMove[] = [];
  for (const move of plan) {
    // Every move settles before the answer is sent.
    if (t >= timeTakenMs - 1000) break;
    moves.push({ ...move, t });
    t += 700 + Math.floor(random() * 1800);
  }
  return moves;
}
