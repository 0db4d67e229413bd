/**
 * A long-range failure under windowed truncated BPTT has a first suspect before the gradient's
 * decay: no gradient crosses a window boundary, so a dependency longer than the window is
 * carried by the forward pass but never learned from (Williams and Peng 1990). When the learner
 * names both lengths and the gap is the longer, the reply says so with their numbers.
 */
import { passages } from "../retrieval";
import { symptomRegime } from "../retrieval/symptoms";
import { splitSentences } from "../sentences";

const WINDOWED =
  /\b(?:tbptt|truncated (?:bptt|backprop\w*)|windowed|\d+[- ](?:step|token)s? windows?|windows? of \d+)\b/i;
const WINDOW_LENGTH = /\b(\d+)[- ](?:step|token)s? windows?\b|\bwindows? of (\d+)\b/i;
const GAP_LENGTH =
  /\b(\d+)\+? (?:(?:time[- ]?)?steps|tokens|words|characters) (?:earlier|back|ago|before|later)\b/i;

const SECTION = "why-lstm-gradients-do-not-vanish-backward#windowed";

export interface WindowDiagnosis {
  lessonId: string;
  opening: string;
}

function lengthIn(re: RegExp, message: string): number | undefined {
  const m = re.exec(message);
  const found = m?.[1] ?? m?.[2];
  return found === undefined ? undefined : Number(found);
}

/** The window as the cause of a long-range failure, or undefined. */
export function windowToBlame(message: string): WindowDiagnosis | undefined {
  if (!WINDOWED.test(message) || symptomRegime(message) !== "vanishing") return undefined;
  const section = passages.find((p) => p.id === SECTION);
  const price = section
    ? splitSentences(section.text).filter((s) => /\blonger than\b/.test(s))
    : [];
  if (!section || price.length === 0) return undefined;
  const k = lengthIn(WINDOW_LENGTH, message);
  const gap = lengthIn(GAP_LENGTH, message);
  const lead =
    k !== undefined && gap !== undefined && gap > k
      ? `Look at the window first: with $k = ${k}$, no gradient reaches back ${gap} steps.`
      : "Look at the window length first.";
  return { lessonId: section.lessonId, opening: `${lead} ${price.join(" ")}` };
}
