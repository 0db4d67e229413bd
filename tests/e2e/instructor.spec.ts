import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signIn, signUp, test } from "./support/fixtures";
import { answerSomehow, startAttempt } from "./support/quiz-api";

/**
 * The "done when": the demo instructor reads the seeded class (heatmap, item table, a
 * learner, CSVs), then runs a class of their own: rotates its code, a learner joins with the
 * new code, answers a simulation question, appears, and their plot replays. (A fresh class, so
 * the seeded class and its code stay as other specs expect them.)
 */

/** Answers the lesson's questions through the quiz API until one predict-plot answer is stored. */
async function answerUntilPredictPlot(page: Page, lessonId: string) {
  let view = await startAttempt(page.request, lessonId);
  for (let i = 0; i < 40 && view.current; i += 1) {
    const q = view.current.question;
    await answerSomehow(page.request, view.attemptId, q, {
      key: `e2e-${Date.now()}-${i}`,
      timeTakenMs: 4000,
    });
    if (q.type === "predict-plot") return q.questionId;
    view = await startAttempt(page.request, lessonId);
  }
  throw new Error(`no predict-plot question in ${lessonId}`);
}

test("the demo instructor reads the seeded class and exports it", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).toHaveURL(/\/instructor$/);
  await page.getByRole("link", { name: "Sequence Models, autumn cohort" }).click();

  await test.step("overview: heatmap with levels, who needs help, charts with numbers", async () => {
    await expect(
      page.getByRole("heading", { level: 1, name: "Sequence Models, autumn cohort" }),
    ).toBeVisible();
    const heatmap = page.getByRole("img", { name: /Mastery heatmap/ });
    await expect(heatmap).toBeVisible();
    expect(await heatmap.locator("rect:not([data-level='not-started'])").count()).toBeGreaterThan(
      0,
    );
    await expect(page.getByRole("heading", { name: "Who needs help" })).toBeVisible();
    await expect(page.getByText(/No activity for \d+ days/).first()).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("item analysis table", async () => {
    await page.getByRole("link", { name: "Item analysis" }).click();
    const table = page.getByTestId("item-table");
    await expect(table.locator("tbody tr").first()).toBeVisible();
    expect(await table.locator("tbody tr").count()).toBeGreaterThan(3);
    await expectAccessible(page);
  });

  await test.step("a learner's drill-down", async () => {
    await page.getByRole("link", { name: "Learners and settings" }).click();
    await page.getByRole("link", { name: "Amara Okafor" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Amara Okafor/ })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Attempts" })).toBeVisible();
    await expectAccessible(page);
  });

  await test.step("both CSVs download with their rows", async () => {
    await page.getByRole("link", { name: "Overview" }).click();
    for (const [name, header, row] of [
      ["Learner progress (CSV)", "learner_id,name,email", "Amara Okafor"],
      [
        "Item statistics (CSV)",
        "question_id,lesson_id,type,prompt,learners,facility",
        "what-problem-lstm-solves",
      ],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name }).click(),
      ]);
      const stream = await download.createReadStream();
      let text = "";
      for await (const chunk of stream) text += String(chunk);
      expect(text.startsWith(header)).toBe(true);
      expect(text).toContain(row);
      expect(text.trim().split("\r\n").length).toBeGreaterThan(3);
    }
  });
});

test("a rotated code admits a learner, who appears and whose plot replays", async ({
  page,
  browser,
  account,
}) => {
  const className = `Evening cohort ${Date.now().toString(36)}`;
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).toHaveURL(/\/instructor$/);

  await test.step("create a class and rotate its join code", async () => {
    await page.getByLabel("Class name").fill(className);
    await page.getByRole("button", { name: "Create class" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: new RegExp(className) }),
    ).toBeVisible();
    const before = await page.getByTestId("join-code").innerText();
    await page.getByRole("button", { name: "Rotate join code" }).click();
    await page.getByRole("button", { name: "Yes, rotate the code" }).click();
    await expect(page.getByTestId("join-code")).not.toHaveText(before);
    await expectAccessible(page);
  });
  const code = await page.getByTestId("join-code").innerText();
  const manageUrl = page.url();

  const learnerContext = await browser.newContext();
  const learner = await learnerContext.newPage();
  await test.step("a learner joins with the new code and answers a simulation question", async () => {
    await signUp(learner, account, "learner");
    await expect(learner.getByTestId("signed-in-as")).toHaveText(account.name);
    await learner.goto("/classes");
    await learner.getByLabel("Join code").fill(code);
    await learner.getByRole("button", { name: "Join class" }).click();
    await expect(learner.getByRole("heading", { level: 1, name: className })).toBeVisible();
    await expectAccessible(learner);
    await answerUntilPredictPlot(learner, "what-problem-lstm-solves");
  });

  await test.step("the learner appears; opening them replays the plot", async () => {
    await page.goto(manageUrl);
    await page.getByRole("link", { name: account.name }).click();
    await page
      .getByRole("link", { name: /Replay plot for/ })
      .first()
      .click();
    const replay = page.getByTestId("replay-plot");
    await expect(replay.locator("svg[role=img]").first()).toBeVisible();
    expect(await replay.locator("path[data-series-id]").count()).toBeGreaterThan(0);
    await expect(
      replay.getByRole("link", { name: "Open this run in the simulation lab" }),
    ).toHaveAttribute("href", /^\/lab\/[^?]+\?/);
    await expectAccessible(page);
  });
  await learnerContext.close();
});

test("bad codes and names get clear messages, and joining twice enrols once", async ({
  browser,
  account,
}) => {
  const teacher = await browser.newContext();
  const student = await browser.newContext();
  expect((await teacher.request.post("/api/auth/sign-in", { data: DEMO.instructor })).ok()).toBe(
    true,
  );
  const created = await teacher.request.post("/api/instructor/classes", {
    data: { name: `Bad input ${Date.now()}` },
  });
  const { class: cls } = (await created.json()) as { class: { id: string; joinCode: string } };
  const rotated = (await (
    await teacher.request.post(`/api/instructor/classes/${cls.id}/join-code`, { data: {} })
  ).json()) as {
    class: { joinCode: string };
  };
  expect(
    (
      await student.request.post("/api/auth/sign-up", { data: { ...account, role: "learner" } })
    ).ok(),
  ).toBe(true);

  const cases = [
    { what: "malformed code", code: "no!", status: 400, message: /4 to 16 letters and digits/ },
    { what: "rotated code", code: cls.joinCode, status: 422, message: /replaced by a new one/ },
    {
      what: "unknown code",
      code: "ZZZZ9999",
      status: 404,
      message: /No class has the join code ZZZZ9999/,
    },
    {
      what: "current code",
      code: rotated.class.joinCode.toLowerCase(),
      status: 201,
      message: null,
    },
    {
      what: "joining twice",
      code: rotated.class.joinCode,
      status: 409,
      message: /You are already in/,
    },
  ];
  for (const c of cases) {
    await test.step(c.what, async () => {
      const response = await student.request.post("/api/classes/join", { data: { code: c.code } });
      expect(response.status()).toBe(c.status);
      if (c.message)
        expect(((await response.json()) as { error: string }).error).toMatch(c.message);
    });
  }
  const roster = (await (
    await teacher.request.get(`/api/instructor/classes/${cls.id}/learners`)
  ).json()) as {
    learners: { email: string }[];
  };
  expect(roster.learners.filter((l) => l.email === account.email)).toHaveLength(1);

  for (const [what, name, message] of [
    ["empty name", "  ", /name: Give the class a name/],
    ["1,000-character name", "x".repeat(1000), /name: A class name is at most 120 characters/],
  ] as const) {
    await test.step(what, async () => {
      const response = await teacher.request.patch(`/api/instructor/classes/${cls.id}`, {
        data: { name },
      });
      expect(response.status()).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(message);
    });
  }
  await Promise.all([teacher.close(), student.close()]);
});
