/**
 * Every page a learner and an instructor can reach with the demo data shows rendered text: no
 * raw {{templates}}, no $…$ TeX spans, no bare TeX commands, in the page text, in SVG labels or
 * in their titles and descriptions. KaTeX keeps its TeX source in a hidden MathML annotation;
 * that copy is removed before reading, everything else counts (closed <details> are opened).
 */
import type { Page } from "@playwright/test";
import { DEMO, expect, open, signIn, test } from "./support/fixtures";

const RAW = [
  { name: "a {{template}}", pattern: /\{\{/ },
  { name: "a $…$ TeX span", pattern: /\$[^$\n]{1,200}\$/ },
  { name: "a bare TeX command", pattern: /\\[a-zA-Z]+/ },
];

async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    document.querySelectorAll("details").forEach((d) => {
      d.open = true;
    });
    document.querySelectorAll(".katex-mathml").forEach((n) => n.remove());
    const svg = [...document.querySelectorAll("svg text, svg title, svg desc")]
      .map((n) => n.textContent ?? "")
      .join("\n");
    return `${document.body.innerText}\n${svg}`;
  });
}

/** The raw markup a page shows, with some context, or [] when it reads clean. */
async function rawOn(page: Page, path: string): Promise<string[]> {
  await open(page, path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const text = await visibleText(page);
  return RAW.flatMap(({ name, pattern }) => {
    const m = pattern.exec(text);
    if (!m) return [];
    const at = m.index;
    return [`${path}: ${name}: …${text.slice(Math.max(0, at - 60), at + 80)}…`];
  });
}

async function linksOn(page: Page, prefix: RegExp): Promise<string[]> {
  const hrefs = await page
    .locator("a[href]")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.filter((h) => prefix.test(h)).map((h) => h.split("#")[0] ?? h))];
}

async function ask(page: Page, message: string) {
  const log = page.getByTestId("tutor-log");
  const before = await log.locator("li[data-role='assistant']").count();
  await page.getByLabel("Message to the tutor").fill(message);
  await page.getByRole("button", { name: "Send" }).click();
  const reply = log.locator("li[data-role='assistant']").nth(before);
  await expect(reply).not.toHaveAttribute("data-partial", "true", { timeout: 30_000 });
}

test.describe.configure({ mode: "serial" });

test("a learner's pages show rendered text only", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO.learner.email, DEMO.learner.password);
  const found: string[] = [];
  await test.step("the tutor, with a quiz and an explanation in the transcript", async () => {
    await open(page, "/tutor");
    await ask(page, "quiz me on the forget gate");
    await ask(page, "why does the LSTM cell keep its gradient?");
    found.push(...(await rawOn(page, "/tutor")));
  });
  for (const path of ["/", "/progress", "/review", "/classes", "/lab"]) {
    await test.step(path, async () => {
      found.push(...(await rawOn(page, path)));
    });
  }
  const lessons = await (async () => {
    await open(page, "/");
    return linksOn(page, /^\/lessons\/[a-z0-9-]+$/);
  })();
  expect(lessons.length).toBe(7);
  let answered = 0;
  for (const path of lessons) {
    await test.step(path, async () => {
      await open(page, path);
      const start = page.getByRole("button", { name: "Start the questions" });
      if (await start.isVisible()) {
        await start.click();
        await expect(page.getByText(/Question \d+ of/)).toBeVisible();
      }
      found.push(...(await rawOn(page, path)));
      // Feedback and corrections too: answer the current question with its first option.
      const quiz = page.locator("#quiz");
      const option = quiz.locator("input[type=radio], input[type=checkbox]").first();
      if ((await quiz.locator("[data-quiz-ready]").count()) > 0 && (await option.count()) > 0) {
        await option.check();
        await quiz.getByRole("button", { name: /Submit answer|Try again/ }).click();
        await expect(page.getByTestId("feedback")).toBeVisible();
        answered += 1;
        const text = await visibleText(page);
        for (const { name, pattern } of RAW)
          if (pattern.test(text)) found.push(`${path} after answering: ${name}`);
      }
    });
  }
  await open(page, "/lab");
  for (const path of await linksOn(page, /^\/lab\/[a-z0-9-]+/)) {
    await test.step(path, async () => {
      found.push(...(await rawOn(page, path)));
    });
  }
  await open(page, "/classes");
  for (const path of await linksOn(page, /^\/classes\/[^/]+$/)) {
    found.push(...(await rawOn(page, path)));
  }
  expect(answered, "lessons whose feedback was read").toBeGreaterThan(0);
  expect(found).toEqual([]);
});

test("an instructor's pages show rendered text only", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  const found: string[] = [...(await rawOn(page, "/instructor"))];
  const classes = await linksOn(page, /^\/instructor\/classes\/[^/]+$/);
  expect(classes.length).toBeGreaterThan(0);
  for (const cls of classes) {
    for (const path of [cls, `${cls}/items`, `${cls}/manage`]) {
      await test.step(path, async () => {
        found.push(...(await rawOn(page, path)));
      });
    }
    await open(page, cls);
    const learners = await linksOn(page, /^\/instructor\/classes\/[^/]+\/learners\/[^/?]+$/);
    expect(learners.length).toBeGreaterThan(0);
    for (const path of learners) {
      await test.step(path, async () => {
        found.push(...(await rawOn(page, path)));
      });
    }
  }
  // Ids stay in exports: the item table names questions by title.
  await open(page, `${classes[0] ?? ""}/items`);
  await expect(page.getByTestId("item-table")).not.toContainText(
    "how-lstm-handles-exploding-gradients/",
  );
  expect(found).toEqual([]);
});
