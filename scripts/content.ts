/**
 * Content CLI.
 *   npm run --silent content -- export     the whole bank as JSON on stdout (nothing else)
 *   npm run content -- validate            load and check everything; exit 1 naming file and field
 *   npm run content -- validate --extra F  also check draft questions from a JSON file
 *                                          ({"questions": [...]}) against the bank
 *   npm run content -- train-keys          rerun the trainer for every variant of the training
 *                                          questions and rewrite lib/content/train-keys.json
 * validate also instantiates every simulated question with several seeds, renders every TeX
 * snippet with KaTeX (throwOnError), checks that no hint gives away a computed key, and that
 * no typical wrong answer of a numeric question is graded correct at any parameters a learner
 * can draw.
 */
import { readFileSync, writeFileSync } from "node:fs";
import katex from "katex";

type Issue = string;

async function load() {
  // Importing the bank runs the zod checks; a ContentError here names the file and field.
  const content = await import("@/lib/content");
  const learning = await import("@/lib/learning/grading");
  const { exportBank } = await import("@/lib/content/export");
  return { content, learning, exportBank };
}

function texIssues(
  where: string,
  text: string,
  split: (t: string) => { tex: string; display: boolean }[],
): Issue[] {
  try {
    return split(text).flatMap(({ tex, display }) => {
      try {
        katex.renderToString(tex, { throwOnError: true, displayMode: display });
        return [];
      } catch (e) {
        return [`${where}: TeX "${tex}": ${e instanceof Error ? e.message : String(e)}`];
      }
    });
  } catch (e) {
    return [`${where}: ${e instanceof Error ? e.message : String(e)}`];
  }
}

async function validate(extra: string | undefined): Promise<Issue[]> {
  const { content, learning } = await load();
  const issues: Issue[] = [];
  let questions = content.questions;
  const extraIds = new Set<string>();
  if (extra !== undefined) {
    const raw: unknown = JSON.parse(readFileSync(extra, "utf8"));
    const entries =
      typeof raw === "object" && raw !== null && "questions" in raw ? raw.questions : raw;
    const files = [
      ...content.QUESTION_FILES,
      { file: extra, entries: Array.isArray(entries) ? entries : [entries] },
    ];
    questions = content.loadQuestions(files, {
      lessons: content.lessons,
      misconceptions: content.misconceptions,
    });
    for (const q of questions.slice(content.questions.length)) extraIds.add(q.id);
  }
  const split = content.mathSnippets;
  for (const l of content.lessons) {
    const file = `lib/content/lessons/${l.id}.ts`;
    issues.push(...texIssues(`${file}: summary`, l.summary, split));
    l.sections.forEach((s, i) =>
      issues.push(...texIssues(`${file}: sections[${i}].body`, s.body, split)),
    );
  }
  for (const q of questions) {
    const file = `${extraIds.has(q.id) ? extra : `lib/content/questions/${q.lessonId}.ts`}: ${q.id}`;
    if (q.type === "numeric") issues.push(...collisionIssues(file, q, learning, content.sig));
    const seeds = "sim" in q && q.sim ? ["a", "b", "c", "d", "e", "f"] : ["a"];
    for (const seed of seeds) {
      let inst;
      try {
        inst = learning.instantiateQuestion(q, seed);
      } catch (e) {
        issues.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
        continue;
      }
      const texts: [string, string][] = [
        ["prompt", inst.prompt],
        ["explanation", inst.explanation],
        ...inst.hints.map((h, i): [string, string] => [`hints[${i}]`, h]),
      ];
      // Instances shuffle their options: name each by its place in the file.
      if ("options" in inst && "options" in q)
        for (const o of inst.options) {
          const i = q.options.findIndex((bank) => bank.id === o.id);
          texts.push([`options[${i}].text`, o.text]);
        }
      if (inst.type === "ordering")
        inst.items.forEach((o, i) => texts.push([`items[${i}].text`, o.text]));
      for (const [field, text] of texts)
        issues.push(...texIssues(`${file}: ${field} (seed ${seed})`, text, split));
      if (inst.type === "numeric") {
        const key = content.sig(inst.key.value);
        inst.hints.forEach((h, i) => {
          if (h.includes(key))
            issues.push(`${file}: hints[${i}] (seed ${seed}): gives away the key ${key}`);
        });
        if (inst.prompt.includes(key))
          issues.push(`${file}: prompt (seed ${seed}): gives away the key ${key}`);
      }
    }
  }
  return issues;
}

type Loaded = Awaited<ReturnType<typeof load>>;
type NumericQuestion = Extract<Loaded["content"]["questions"][number], { type: "numeric" }>;

/** Typical wrong answers the grader would accept, over every parameter combination. */
function collisionIssues(
  file: string,
  q: NumericQuestion,
  learning: Loaded["learning"],
  sig: (v: number) => string,
): Issue[] {
  const tol = `${q.tolerance.kind === "relative" ? `${q.tolerance.value * 100} %` : q.tolerance.value}`;
  return learning
    .numericCollisions(q)
    .map(
      (c) =>
        `${file}: wrongAnswers: "${c.misconception}"${c.formula ? ` (${c.formula})` : ""} = ${sig(c.entered)} ` +
        `is graded correct against the key ${sig(c.key)} ± ${tol} at ${JSON.stringify(c.params)}`,
    );
}

/** Training is too slow for a request: the runs behind the training questions are made here. */
async function writeTrainKeys(): Promise<void> {
  const { computeTrainKey, trainKeyVariants, TRAIN_KEY_SETTINGS } =
    await import("@/lib/content/train-keys");
  const entries = [];
  for (const { lag, seed, model } of trainKeyVariants()) {
    const started = process.hrtime.bigint();
    const entry = computeTrainKey(lag, seed, model);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stderr.write(
      `lag ${lag} seed ${seed} ${model}: solved at ${entry.solvedAt ?? "—"} (${seconds.toFixed(1)} s)\n`,
    );
    entries.push(entry);
  }
  const file = "lib/content/train-keys.json";
  writeFileSync(file, `${JSON.stringify({ settings: TRAIN_KEY_SETTINGS, entries }, null, 2)}\n`);
  process.stderr.write(`wrote ${entries.length} runs to ${file}\n`);
}

async function main(): Promise<number> {
  const command = process.argv[2];
  if (command === "export") {
    const { learning, exportBank } = await load();
    const bank = exportBank((q, seed) => {
      const inst = learning.instantiateQuestion(q, seed);
      const key =
        inst.type === "numeric"
          ? inst.key.value
          : inst.type === "predict-plot"
            ? inst.key.correctOptionId
            : "";
      const wrongAnswers =
        inst.type === "numeric"
          ? {
              wrongAnswers: inst.key.wrongAnswers.map(({ value, misconception, formula }) => ({
                value,
                misconception,
                ...(formula !== undefined ? { formula } : {}),
              })),
            }
          : {};
      return { params: inst.params, prompt: inst.prompt, key, ...wrongAnswers };
    });
    process.stdout.write(JSON.stringify(bank, null, 2) + "\n");
    return 0;
  }
  if (command === "validate") {
    const at = process.argv.indexOf("--extra");
    const issues = await validate(at > 0 ? process.argv[at + 1] : undefined);
    for (const issue of issues) process.stderr.write(`${issue}\n`);
    if (issues.length > 0) return 1;
    process.stderr.write("content ok\n");
    return 0;
  }
  if (command === "train-keys") {
    await writeTrainKeys();
    return 0;
  }
  process.stderr.write("usage: content export | validate | train-keys\n");
  return 2;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // ContentError lists "file: path: message" lines.
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
