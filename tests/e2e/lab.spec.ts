import { readFile } from "node:fs/promises";
import { watchComputingIndicator } from "./support/computing-indicator";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const LAB = "/lab/why-lstm-solves-vanishing-gradients";

/** The server-rendered plot is visible at once; the controls respond after hydration. */
async function openLab(page: Page, query = "") {
  await page.goto(`${LAB}${query}`);
  await expect(page.locator("[data-hydrated=true]")).toBeAttached();
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    blocking.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

test.describe("simulation lab", () => {
  test("the first paint is a complete plot", async ({ page }) => {
    const response = await page.request.get(LAB);
    expect(response.status()).toBe(200);
    const html = await response.text();
    expect(html).toMatch(/<svg[^>]*role="img"/);
    expect(html).toContain("data-series-id=");
  });

  test("moving a slider by keyboard re-runs the plot and updates the URL", async ({ page }) => {
    await openLab(page);
    const slider = page.getByRole("slider", { name: /forget/i });
    const caption = page.getByTestId("plot-caption");
    // Some series (the plain RNN) do not depend on every parameter: compare all of them.
    const allPaths = () =>
      page
        .locator("path[data-series-id]")
        .evaluateAll((paths) => paths.map((p) => p.getAttribute("d")).join("|"));
    const captionBefore = await caption.textContent();
    const pathsBefore = await allPaths();

    await test.step("ArrowRight moves one step", async () => {
      await slider.focus();
      await page.keyboard.press("ArrowRight");
      await expect(page).toHaveURL(/[?&]forgetBias=/);
      await expect(caption).not.toHaveText(captionBefore ?? "");
    });

    await test.step("End jumps to the maximum", async () => {
      const max = await slider.getAttribute("max");
      await page.keyboard.press("End");
      await expect(page).toHaveURL(new RegExp(`[?&]forgetBias=${max}(&|$)`));
      await expect.poll(allPaths).not.toBe(pathsBefore);
    });

    await test.step("the shared link reproduces the plot", async () => {
      const captionNow = await caption.textContent();
      await page.reload();
      await expect(caption).toHaveText(captionNow ?? "");
    });
  });

  test("a large run goes to a worker with a progress indicator and keeps the page responsive", async ({
    page,
  }) => {
    await openLab(page);
    const caption = page.getByTestId("plot-caption");
    const sawIndicator = await watchComputingIndicator(page);
    await page.getByRole("slider", { name: /sequence length/i }).focus();
    await page.keyboard.press("End");
    await page.getByRole("slider", { name: /hidden units/i }).focus();
    await page.keyboard.press("End");
    // The main thread is free while the worker computes: a round trip returns promptly.
    const started = Date.now();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(page.getByRole("progressbar")).toBeHidden({ timeout: 30_000 });
    await expect(caption).toContainText("Hidden units = 64 units");
    await expect(caption).toContainText("Sequence length = 500 steps");
    expect(await sawIndicator(), "the computing indicator was shown while the worker ran").toBe(
      true,
    );
  });

  test("the plot readout follows the arrow keys", async ({ page }) => {
    await openLab(page);
    const plot = page.getByRole("group", { name: /interactive plot/i }).first();
    await plot.focus();
    const readout = page.locator("[aria-live=polite]").first();
    await expect(readout).toContainText(/= /);
    const atStart = await readout.textContent();
    await page.keyboard.press("ArrowRight");
    await expect(readout).not.toHaveText(atStart ?? "");
    await page.keyboard.press("End");
    await expect(page.locator(".plot-cursor").first()).toBeAttached();
  });

  test("an out-of-range parameter is clamped, with a polite note naming the field and range", async ({
    page,
  }) => {
    await openLab(page, "?forgetBias=999");
    // A status, announced politely: the page works, it only adjusted the link.
    const note = page.getByRole("status").filter({ hasText: "out of range" });
    await expect(note).toBeVisible();
    await expect(note).toContainText("forgetBias");
    await expect(note).toContainText(/between -?\d+(\.\d+)? and \d+/);
    await expect(note).toContainText("999");
    await expect(page.getByRole("alert").filter({ hasText: "out of range" })).toHaveCount(0);
    // The page still works, drawn at the nearest allowed value.
    await expect(page.locator("path[data-series-id]").first()).toBeAttached();
  });

  test("steps=99999 draws the maximum and says so", async ({ page }) => {
    await openLab(page, "?steps=99999");
    const note = page.getByTestId("param-notice");
    await expect(note).toBeVisible();
    await expect(note).toContainText("Showing 500 steps instead.");
    await expect(page.getByTestId("plot-caption")).toContainText("500");
  });

  test("an unknown scenario is a 404", async ({ page }) => {
    const response = await page.goto("/lab/no-such-scenario");
    expect(response?.status()).toBe(404);
  });

  test("exports download a standalone SVG, a PNG and CSV", async ({ page }) => {
    await openLab(page);
    const save = async (name: string) => {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name }).click();
      const file = await download;
      const path = await file.path();
      return { name: file.suggestedFilename(), body: await readFile(path) };
    };
    const svg = await save("Download SVG");
    expect(svg.name).toBe("why-lstm-solves-vanishing-gradients.svg");
    expect(svg.body.toString("utf8")).toMatch(
      /^<\?xml[^>]*>\n<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
    const png = await save("Download PNG");
    expect(png.name).toMatch(/\.png$/);
    expect([...png.body.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]); // PNG signature
    const csv = await save("Download CSV");
    expect(csv.body.toString("utf8").split("\n")[0]).toMatch(/^x,grad-norms:/);
  });

  test("has no serious or critical accessibility violations", async ({ page }) => {
    await openLab(page, "?forgetBias=999");
    await page.getByText("Data table").click();
    await expectNoSeriousViolations(page);
    await page.emulateMedia({ colorScheme: "dark" });
    await expectNoSeriousViolations(page);
  });
});
