import type { Page } from "@playwright/test";
import { expect, expectAccessible, signUp, test } from "./support/fixtures";

const PAGE = "/lab/train";

async function openTrain(page: Page, query = "") {
  await page.goto(`${PAGE}${query}`);
  await expect(page.locator("[data-hydrated=true]")).toBeAttached();
}

const iteration = async (page: Page) =>
  Number((await page.getByTestId("train-iteration").textContent())?.match(/\d+/)?.[0] ?? "-1");

const plotPaths = (page: Page) =>
  page
    .getByTestId("train-plots")
    .locator("path[data-series-id]")
    .evaluateAll((paths) => paths.map((p) => p.getAttribute("d")).join("|"));

test.describe("training side by side", () => {
  test("Start trains and draws, Pause stops the count, Reset clears it", async ({ page }) => {
    await openTrain(page);
    await expect(page.getByTestId("train-iteration")).toHaveText(/Iteration 0 of 2000/);
    const before = await plotPaths(page);

    await page.getByRole("button", { name: "Start" }).click();
    await expect.poll(() => iteration(page), { timeout: 20_000 }).toBeGreaterThan(20);
    await expect.poll(() => plotPaths(page)).not.toBe(before);
    // The gradient strip has a row per model and a cell per step (lag 50: steps 0..50).
    await expect(page.locator("[data-chart=heatmap] rect")).toHaveCount(4 * 51);

    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.locator("[data-status=paused]")).toBeAttached();
    const paused = await iteration(page);
    await page.waitForTimeout(1000);
    expect(await iteration(page)).toBe(paused);
    // The prediction is locked once training has started and shown beside the outcome.
    await expect(page.getByTestId("outcome-lstm")).toContainText("you said no");

    await page.getByRole("button", { name: "Reset" }).click();
    await expect(page.getByTestId("train-iteration")).toHaveText(/Iteration 0 of 2000/);
    await expect(page.getByRole("button", { name: "Start" })).toBeEnabled();
  });

  test("parameters round-trip through the URL and out-of-range values get a note", async ({
    page,
  }) => {
    await openTrain(page, "?lag=20");
    await expect(page.getByRole("slider", { name: /lag/i })).toHaveValue("20");
    await expect(page.getByText("which will solve lag 20?")).toBeVisible();
    // Without a session the prediction stays in the page, and the page says so.
    await expect(page.getByTestId("prediction-page-only")).toContainText("this page only");

    const slider = page.getByRole("slider", { name: /forget/i });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/[?&]lag=20(&|$)/);
    await expect(page).toHaveURL(/[?&]forgetBias=1\.5(&|$)/);

    await openTrain(page, "?lag=99999");
    await expect(page.getByTestId("param-notice")).toContainText("lag");
    await expect(page.getByRole("slider", { name: /lag/i })).toHaveValue("200");
  });

  test("has no serious accessibility violations, before and while training", async ({ page }) => {
    await openTrain(page);
    await expectAccessible(page);
    await page.getByRole("button", { name: "Start" }).click();
    await expect.poll(() => iteration(page), { timeout: 20_000 }).toBeGreaterThan(5);
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.locator("[data-status=paused]")).toBeAttached();
    await expectAccessible(page);
  });

  test("at the defaults the LSTM leaves chance and solves the task", async ({ page }, testInfo) => {
    test.setTimeout(200_000);
    await openTrain(page);
    const chance = 1 / 6; // the adding problem's chance-level mean squared error
    const lstm = page.locator("tr[data-model=lstm]");
    const started = Date.now();
    await page.getByRole("button", { name: "Start" }).click();
    // Leaving chance: the mean of the last 10 batches below half of chance. (At 0.9 x chance a
    // 10-batch mean dips below by noise alone, within the first hundred iterations.)
    await expect
      .poll(async () => Number((await lstm.getAttribute("data-loss")) ?? "NaN"), {
        timeout: 150_000,
        intervals: [250],
      })
      .toBeLessThan(0.5 * chance);
    const left = (Date.now() - started) / 1000;
    const leftAt = await iteration(page);
    await expect(page.getByTestId("solved-lstm")).toHaveText(/^\d+$/, { timeout: 150_000 });
    const solved = (Date.now() - started) / 1000;
    const solvedAt = await page.getByTestId("solved-lstm").textContent();
    testInfo.annotations.push({
      type: "lstm",
      description: `left chance ${left.toFixed(1)} s (iteration ${leftAt}); solved at ${solvedAt} after ${solved.toFixed(1)} s`,
    });
    console.log(
      `LSTM left chance after ${left.toFixed(1)} s (iteration ${leftAt}); solved at iteration ${solvedAt} after ${solved.toFixed(1)} s`,
    );
    expect(left).toBeLessThan(90);
    // Seed 1 solves the adding problem at lag 50 at iteration 690 (lib/sim/train/README.md).
    expect(solvedAt).toBe("690");
  });

  test("a learner's prediction is stored, shown back with the run's result, and listed on the progress page", async ({
    page,
    account,
  }) => {
    test.setTimeout(120_000);
    await signUp(page, account);
    // 50 iterations: short enough to run to the end, too short for any model to solve lag 10.
    await openTrain(page, "?lag=10&iterations=50");
    await expect(page.getByTestId("prediction-page-only")).toHaveCount(0);
    await page.getByRole("checkbox", { name: "LSTM", exact: true }).check();
    await page.getByRole("button", { name: "Commit prediction" }).click();
    const status = page.getByTestId("prediction-status");
    await expect(status).toContainText("You predicted LSTM would solve it");

    await openTrain(page, "?lag=10&iterations=50");
    await expect(status).toContainText("You predicted LSTM would solve it");
    await expect(page.getByRole("checkbox", { name: "LSTM", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "LSTM", exact: true })).toBeDisabled();

    const stored = page.waitForResponse(
      (r) => r.url().includes("/api/predictions/") && r.request().method() === "PATCH",
    );
    await page.getByRole("button", { name: "Start" }).click();
    await expect(page.locator("[data-status=finished]")).toBeAttached({ timeout: 90_000 });
    expect((await stored).status()).toBe(200);
    const result = page.getByTestId("prediction-result");
    const lstm = "You predicted the LSTM would solve lag 10; it did not in 50 iterations.";
    await expect(result).toContainText(lstm);

    await openTrain(page, "?lag=10&iterations=50");
    await expect(result).toContainText(lstm);
    await expectAccessible(page);
    await expect(result).toContainText(
      "You predicted the RNN (tanh) would not solve lag 10; it did not in 50 iterations.",
    );
    // Other settings are another prediction: nothing committed there yet.
    await openTrain(page, "?lag=11&iterations=50");
    await expect(page.getByRole("button", { name: "Commit prediction" })).toBeVisible();

    await page.goto("/progress");
    const listed = page.getByTestId("train-predictions");
    await expect(listed).toContainText("Adding problem, lag 10");
    await expect(listed).toContainText(lstm);
    await expectAccessible(page);
  });
});
