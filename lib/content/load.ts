/**
 * Loading content: each file's entries are parsed with zod, then checked against the rest of the
 * bank (lesson concepts, misconception catalogue, unique ids, hints that give the answer away).
 * Errors name the file and the field: "lib/content/questions/x.ts: questions[3].hints: at least
 * two hints required".
 */
import type { z } from "zod";
import { placeholdersIn } from "./params";
import { LessonMeta, Question, type Misconception } from "./schema";

export interface ContentIssue {
  file: string;
  /** e.g. "questions[3].hints" */
  path: string;
  message: string;
}

export class ContentError extends Error {
  override name = "ContentError";
  constructor(readonly issues: ContentIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.path}: ${i.message}`).join("\n"));
  }
}

export interface ContentFile<T> {
  /** Repository path of the file the entries come from. */
  file: string;
  entries: readonly T[];
}

export function formatPath(root: string, path: readonly PropertyKey[]): string {
  let out = root;
  for (const p of path) out += typeof p === "number" ? `[${p}]` : `.${String(p)}`;
  return out;
}

function parseEntries<S extends z.ZodType>(
  schema: S,
  root: string,
  files: readonly ContentFile<unknown>[],
): { file: string; index: number; value: z.infer<S> }[] {
  const issues: ContentIssue[] = [];
  const out: { file: string; index: number; value: z.infer<S> }[] = [];
  for (const { file, entries } of files) {
    entries.forEach((entry, index) => {
      const parsed = schema.safeParse(entry);
      if (parsed.success) out.push({ file, index, value: parsed.data });
      else {
        for (const issue of parsed.error.issues) {
          issues.push({
            file,
            path: formatPath(`${root}[${index}]`, issue.path),
            message: issue.message,
          });
        }
      }
    });
  }
  if (issues.length > 0) throw new ContentError(issues);
  return out;
}

export function loadLessons(files: readonly ContentFile<unknown>[]): LessonMeta[] {
  const parsed = parseEntries(LessonMeta, "lessons", files);
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  for (const { file, index, value } of parsed) {
    if (seen.has(value.id))
      issues.push({
        file,
        path: `lessons[${index}].id`,
        message: `duplicate lesson id "${value.id}"`,
      });
    seen.add(value.id);
  }
  for (const { file, index, value } of parsed) {
    value.prerequisites.forEach((p, j) => {
      if (!seen.has(p))
        issues.push({
          file,
          path: `lessons[${index}].prerequisites[${j}]`,
          message: `unknown lesson "${p}"`,
        });
    });
  }
  if (issues.length > 0) throw new ContentError(issues);
  return parsed.map((p) => p.value);
}

export interface Catalogues {
  lessons: readonly LessonMeta[];
  misconceptions: readonly Misconception[];
}

export function loadQuestions(files: readonly ContentFile<unknown>[], cat: Catalogues): Question[] {
  const parsed = parseEntries(Question, "questions", files);
  const issues: ContentIssue[] = [];
  const seen = new Set<string>();
  for (const { file, index, value } of parsed) {
    const add = (path: string, message: string) =>
      issues.push({ file, path: `questions[${index}]${path ? `.${path}` : ""}`, message });
    if (seen.has(value.id)) add("id", `duplicate question id "${value.id}"`);
    seen.add(value.id);
    checkQuestion(value, cat, add);
  }
  if (issues.length > 0) throw new ContentError(issues);
  return parsed.map((p) => p.value);
}

type Add = (path: string, message: string) => void;

function checkQuestion(q: Question, cat: Catalogues, add: Add): void {
  const lesson = cat.lessons.find((l) => l.id === q.lessonId);
  if (!lesson) return add("lessonId", `unknown lesson "${q.lessonId}"`);
  if (!q.id.startsWith(`${q.lessonId}/`)) add("id", `must start with "${q.lessonId}/"`);
  q.concepts.forEach((c, i) => {
    if (!lesson.concepts.includes(c))
      add(`concepts[${i}]`, `"${c}" is not a concept of lesson "${lesson.id}"`);
  });
  const known = new Set(cat.misconceptions.map((m) => m.id));
  const checkMisc = (path: string, id: string | undefined) => {
    if (id !== undefined && !known.has(id)) add(path, `unknown misconception "${id}"`);
  };
  const leaks = (secret: string, what: string) => {
    const s = secret.trim().toLowerCase();
    q.hints.forEach((h, i) => {
      if (s.length > 0 && h.toLowerCase().includes(s)) add(`hints[${i}]`, `gives away the ${what}`);
    });
  };
  const sim = "sim" in q ? q.sim : undefined;
  if (!sim) {
    for (const [field, text] of [
      ["prompt", q.prompt],
      ["explanation", q.explanation],
    ] as const) {
      if (placeholdersIn(text).length > 0)
        add(field, "has {{placeholders}} but the question has no sim");
    }
  }
  switch (q.type) {
    case "single-choice":
    case "multiple-select": {
      uniqueIds(q.options, "options", add);
      const right = q.options.filter((o) => o.correct).length;
      if (q.type === "single-choice" && right !== 1)
        add("options", `exactly one option must be correct, got ${right}`);
      if (q.type === "multiple-select" && (right < 1 || right === q.options.length)) {
        add("options", "at least one option must be correct and at least one wrong");
      }
      q.options.forEach((o, i) => {
        if (!o.correct && !o.misconception)
          add(`options[${i}].misconception`, "every wrong option needs a misconception");
        checkMisc(`options[${i}].misconception`, o.misconception);
        if (o.correct) leaks(o.text, "correct option's text");
      });
      break;
    }
    case "predict-plot":
      uniqueIds(q.options, "options", add);
      q.options.forEach((o, i) => checkMisc(`options[${i}].misconception`, o.misconception));
      break;
    case "numeric":
      if ((q.answer === undefined) === (q.sim === undefined))
        add("answer", "give exactly one of answer or sim");
      if (q.answer !== undefined) leaks(String(q.answer), "key");
      q.wrongAnswers?.forEach((w, i) =>
        checkMisc(`wrongAnswers[${i}].misconception`, w.misconception),
      );
      break;
    case "ordering": {
      uniqueIds(q.items, "items", add);
      const ids = q.items.map((it) => it.id);
      if (!isPermutation(q.correctOrder, ids))
        add("correctOrder", "must list every item id exactly once");
      q.wrongOrders?.forEach((w, i) => {
        if (!isPermutation(w.order, ids))
          add(`wrongOrders[${i}].order`, "must list every item id exactly once");
        checkMisc(`wrongOrders[${i}].misconception`, w.misconception);
      });
      break;
    }
    case "short-text":
      uniqueIds(q.rubric.ideas, "rubric.ideas", add);
      q.rubric.misconceptionPatterns?.forEach((m, i) =>
        checkMisc(`rubric.misconceptionPatterns[${i}].misconception`, m.misconception),
      );
      break;
  }
}

function uniqueIds(list: readonly { id: string }[], path: string, add: Add): void {
  const seen = new Set<string>();
  list.forEach((o, i) => {
    if (seen.has(o.id)) add(`${path}[${i}].id`, `duplicate id "${o.id}"`);
    seen.add(o.id);
  });
}

export function isPermutation(order: readonly string[], ids: readonly string[]): boolean {
  return (
    order.length === ids.length &&
    new Set(order).size === ids.length &&
    ids.every((id) => order.includes(id))
  );
}
