/**
 * Writes lib/tutor/retrieval/lesson-examples.json, the labelled learner questions the lesson
 * prior learns from: every concept and misconception question of the development eval sets
 * with the lesson that should answer it first. Sets kept aside (`*-aside`) and the sanity set
 * (`check`) are never read, so they stay untuned; a set that is still held out must not be in
 * tests/unit/tutor/eval-sets when this runs. Run: `npx tsx scripts/lesson-examples.ts`;
 * `--without <set>` leaves one set out, to measure the prior on questions it has not seen.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadSets } from "../tests/unit/tutor/eval-sets/sets";

const ROOT = "tests/unit/tutor/eval-sets";
const OUT = "lib/tutor/retrieval/lesson-examples.json";
const FAMILIES = new Set(["answers", "misconceptions"]);

function developmentSets(names: readonly string[]): string[] {
  return names.filter((d) => !d.endsWith("-aside") && d !== "check").sort();
}

function main() {
  const flag = process.argv.indexOf("--without");
  const without = flag >= 0 ? process.argv[flag + 1] : undefined;
  const dirs = developmentSets(
    readdirSync(ROOT, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== without)
      .map((d) => d.name),
  );
  const seen = new Set<string>();
  const examples: { question: string; lesson: string; from: string }[] = [];
  for (const dir of dirs)
    for (const set of loadSets(join(ROOT, dir))) {
      if (!FAMILIES.has(set.family)) continue;
      for (const c of set.cases) {
        const lesson = c.expect.lessons?.[0];
        const question = c.question?.trim();
        if (!lesson || !question || seen.has(question.toLowerCase())) continue;
        seen.add(question.toLowerCase());
        examples.push({ question, lesson, from: dir });
      }
    }
  writeFileSync(OUT, `${JSON.stringify(examples, null, 2)}\n`);
  console.log(`${examples.length} examples from ${dirs.length} sets → ${OUT}`);
}

main();
