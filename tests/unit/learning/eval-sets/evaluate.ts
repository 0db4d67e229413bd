/**
 * The short-text grader against labelled sets of learner answers. Each answer was labelled by
 * hand (correct / partial / incorrect, the rubric ideas it states, the misconception it
 * states) before it was graded. The tuning set may be read while writing rubrics; the
 * held-out set was written independently and is only scored. Any file of the same shape can be
 * scored from the command line:
 *
 *   npx tsx tests/unit/learning/eval-sets/evaluate.ts <file.json> [--list]
 *
 * prints agreement, precision and recall of "correct", the confusion matrix and the answers
 * labelled with a misconception that got full credit; --list also prints every disagreement.
 *
 * short-answers-author-probe.json holds 95 answers the rubric author wrote and labelled before
 * grading them, in four rounds, as a check between rounds of rubric changes; its labels are one
 * person's reading of the same conventions, so it is a sanity check, not a held-out set.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { z } from "zod";
import { getQuestion } from "@/lib/content";
import { gradeResponse, instantiateQuestion, type GradeResult } from "@/lib/learning/grading";

export const Label = z.enum(["correct", "partial", "incorrect"]);
export type Label = z.infer<typeof Label>;

export const LabelledAnswer = z.object({
  questionId: z.string(),
  answer: z.string(),
  label: Label,
  /** 1-based rubric idea numbers the answer states. */
  ideas: z.array(z.number().int().min(1)),
  misconception: z.string().nullable(),
  kind: z.string(),
});
export type LabelledAnswer = z.infer<typeof LabelledAnswer>;

export const ANSWER_SETS = {
  tuning: "short-answers.json",
  heldOut: "short-answers-heldout.json",
  round3: "short-answers-round3.json",
  probe2: "short-answers-probe2.json",
  round4: "short-answers-round4.json",
  /** Never tuned on: written independently after the last round of tuning, scored once. */
  heldAside: "short-answers-heldaside.json",
} as const;

/** Any labelled answer file (a JSON array of LabelledAnswer); throws naming the bad entry. */
export function loadAnswerFile(path: string): LabelledAnswer[] {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  return z.array(LabelledAnswer).parse(raw);
}

export function loadAnswers(set: keyof typeof ANSWER_SETS): LabelledAnswer[] {
  return loadAnswerFile(join(__dirname, ANSWER_SETS[set]));
}

export function verdict(grade: GradeResult): Label {
  if (grade.correct) return "correct";
  return grade.fraction > 0 ? "partial" : "incorrect";
}

export interface Scored {
  item: LabelledAnswer;
  grade: GradeResult;
  predicted: Label;
}

export function score(items: readonly LabelledAnswer[]): Scored[] {
  return items.map((item) => {
    const q = getQuestion(item.questionId);
    if (!q) throw new Error(`no question ${item.questionId}`);
    const grade = gradeResponse(instantiateQuestion(q, "eval"), {
      type: "short-text",
      text: item.answer,
    });
    return { item, grade, predicted: verdict(grade) };
  });
}

export interface Metrics {
  n: number;
  agreement: number;
  precisionCorrect: number;
  recallCorrect: number;
  /** Answers labelled with a misconception that the grader gave full credit. */
  fullCreditWithMisconception: number;
  confusion: Record<Label, Record<Label, number>>;
}

export function metrics(scored: readonly Scored[]): Metrics {
  const confusion = Object.fromEntries(
    Label.options.map((l) => [l, Object.fromEntries(Label.options.map((p) => [p, 0]))]),
  ) as Record<Label, Record<Label, number>>;
  for (const s of scored) confusion[s.item.label][s.predicted]++;
  const agree = scored.filter((s) => s.item.label === s.predicted).length;
  const predictedCorrect = scored.filter((s) => s.predicted === "correct").length;
  const labelledCorrect = scored.filter((s) => s.item.label === "correct").length;
  const truePositive = confusion.correct.correct;
  return {
    n: scored.length,
    agreement: agree / Math.max(1, scored.length),
    precisionCorrect: truePositive / Math.max(1, predictedCorrect),
    recallCorrect: truePositive / Math.max(1, labelledCorrect),
    fullCreditWithMisconception: scored.filter(
      (s) => s.item.misconception !== null && s.grade.correct,
    ).length,
    confusion,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/** The report the command line prints. */
export function report(scored: readonly Scored[], list = false): string {
  const m = metrics(scored);
  const agreeing = scored.filter((s) => s.item.label === s.predicted).length;
  const lines = [
    `answers: ${m.n}`,
    `agreement: ${agreeing}/${m.n} = ${pct(m.agreement)}`,
    `precision of "correct": ${pct(m.precisionCorrect)}`,
    `recall of "correct": ${pct(m.recallCorrect)}`,
    `misconception answers at full credit: ${m.fullCreditWithMisconception}`,
    "",
    `labelled \\ graded   ${Label.options.map((l) => l.padStart(9)).join(" ")}`,
    ...Label.options.map(
      (l) =>
        `${l.padEnd(18)} ${Label.options.map((p) => String(m.confusion[l][p]).padStart(9)).join(" ")}`,
    ),
  ];
  const shown = scored.filter(
    (s) =>
      (list && s.item.label !== s.predicted) || (s.item.misconception !== null && s.grade.correct),
  );
  if (shown.length > 0) lines.push("");
  for (const s of shown)
    lines.push(
      `[${s.item.label} -> ${s.predicted}] ${s.item.questionId}` +
        ` (tagged: ${s.grade.misconceptions.join(", ") || "none"}): ${s.item.answer}`,
    );
  return lines.join("\n");
}

function main(args: readonly string[]): number {
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length === 0) {
    console.error("usage: npx tsx tests/unit/learning/eval-sets/evaluate.ts <file.json> [--list]");
    return 2;
  }
  for (const file of files) {
    console.log(`# ${file}`);
    console.log(report(score(loadAnswerFile(resolve(file))), args.includes("--list")));
  }
  return 0;
}

// Run as a script (tsx), not when a test imports the module.
if (process.argv[1] && resolve(process.argv[1]) === __filename)
  process.exitCode = main(process.argv.slice(2));
