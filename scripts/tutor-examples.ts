/**
 * Writes the labelled learner messages the tutor's two learned readers train on, from the
 * development eval sets: lib/tutor/retrieval/lesson-examples.json (every concept and
 * misconception question with the lesson that should answer it first, for the lesson prior)
 * and lib/tutor/answer/misconception-claims.json (every misconception message with the
 * catalogue entry it voices, for the misconception classifier) and
 * lib/tutor/answer/sentence-examples.json (every concept question with the course sentences of
 * its lessons that say what a right answer must mention, for the sentence ranker). Sets kept aside (`*-aside`) and the sanity set
 * (`check`) are never read, so they stay untuned, nor are the sets whose figures are quoted as
 * held-out ones (eval-sets/untrained.ts). Run: `npx tsx scripts/tutor-examples.ts`;
 * `--without <set>` leaves one set out, to measure the prior on questions it has not seen.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format, resolveConfig } from "prettier";
import { z } from "zod";
import { sentencesByLesson } from "../lib/tutor/answer/sentence-table";
import { loadSets, type EvalCase } from "../tests/unit/tutor/eval-sets/sets";
import { untrained } from "../tests/unit/tutor/eval-sets/untrained";

const ROOT = "tests/unit/tutor/eval-sets";
const LESSONS_OUT = "lib/tutor/retrieval/lesson-examples.json";
const CLAIMS_OUT = "lib/tutor/answer/misconception-claims.json";
const SENTENCES_OUT = "lib/tutor/answer/sentence-examples.json";
const FAMILIES = new Set(["answers", "misconceptions"]);

function developmentSets(names: readonly string[]): string[] {
  return names.filter((d) => !untrained(d)).sort();
}

/** `[--without <set>]`, where the set is one of the development sets. */
function parseArgs(argv: readonly string[], sets: readonly string[]) {
  const Args = z.union([z.tuple([]), z.tuple([z.literal("--without"), z.string()])]);
  const parsed = Args.safeParse(argv);
  if (!parsed.success)
    throw new Error("usage: npx tsx scripts/tutor-examples.ts [--without <set>]");
  const without = parsed.data[1];
  if (without !== undefined && !sets.includes(without))
    throw new Error(`--without: "${without}" is not a development set (${sets.join(", ")})`);
  return { without };
}

interface SentenceExample {
  question: string;
  lessons: string[];
  positives: string[];
  from: string;
}

/**
 * The sentences of a concept question's lessons that mention the most of what a right answer
 * must mention (its mustMention groups): what a reply should quote. Sentences that mention
 * fewer are left out, since "new" or "1.0" alone is in dozens of sentences that answer nothing.
 */
function sentenceExample(c: EvalCase, from: string): SentenceExample | undefined {
  const { lessons = [], mustMention = [] } = c.expect;
  const question = c.question?.trim();
  if (!question || lessons.length === 0) return undefined;
  const groups = mustMention.map((g) => g.map((p) => p.toLowerCase()));
  const covered = lessons
    .flatMap((l) => sentencesByLesson.get(l) ?? [])
    .map((s) => {
      const text = s.text.toLowerCase();
      return { key: s.key, groups: groups.filter((g) => g.some((p) => text.includes(p))).length };
    });
  const most = Math.max(0, ...covered.map((s) => s.groups));
  if (most === 0) return undefined;
  const positives = covered.filter((s) => s.groups === most).map((s) => s.key);
  return { question, lessons, positives, from };
}

async function main() {
  const all = developmentSets(
    readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  );
  const { without } = parseArgs(process.argv.slice(2), all);
  const dirs = all.filter((d) => d !== without);
  const seen = new Set<string>();
  const examples: { question: string; lesson: string; from: string }[] = [];
  const claims: { claim: string; misconception: string; from: string }[] = [];
  const sentences: SentenceExample[] = [];
  for (const dir of dirs)
    for (const set of loadSets(join(ROOT, dir))) {
      if (!FAMILIES.has(set.family)) continue;
      for (const c of set.cases) {
        const lesson = c.expect.lessons?.[0];
        const question = c.question?.trim();
        if (!question || seen.has(question.toLowerCase())) continue;
        seen.add(question.toLowerCase());
        if (lesson) examples.push({ question, lesson, from: dir });
        const labelled = set.family === "answers" ? sentenceExample(c, dir) : undefined;
        if (labelled) sentences.push(labelled);
        if (c.expect.misconception)
          claims.push({ claim: question, misconception: c.expect.misconception, from: dir });
      }
    }
  writeFileSync(LESSONS_OUT, `${JSON.stringify(examples, null, 2)}\n`);
  writeFileSync(CLAIMS_OUT, `${JSON.stringify(claims, null, 2)}\n`);
  // In the repository's own format, so the check on formatting passes on a fresh file.
  const style = await resolveConfig(SENTENCES_OUT);
  writeFileSync(
    SENTENCES_OUT,
    await format(JSON.stringify(sentences), { ...style, parser: "json" }),
  );
  console.log(
    `${examples.length} lesson examples, ${claims.length} claims, ${sentences.length} sentence examples from ${dirs.length} sets`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 2;
});
