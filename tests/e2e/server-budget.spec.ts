import { expect, open, test } from "./support/fixtures";

// The lab's spectral sweep at 200 steps and 32 units costs about a second of CPU: past the
// server's budget, so the page arrives without the plot and the browser's worker draws it.
const WORST =
  "/lab/spectral-radius-sweep?steps=200&hiddenSize=32&activation=tanh&matrix=gaussian&inputScale=2&seed=7";

test("a worst-case lab link is computed in the browser, not on the server", async ({ page }) => {
  const response = await page.request.get(WORST);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain("too large to compute on the server");

  await open(page, WORST);
  await expect(page.getByTestId("plot-caption")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("too large to compute on the server")).toBeHidden();
});
