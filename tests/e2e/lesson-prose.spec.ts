import { expect } from "@playwright/test";
import { test } from "./support/fixtures";

/*
 * A lesson requested as HTML carries its prose in the HTML only (StaticHtml); every other way
 * of showing the page must still show all of it: a client-side navigation to it, and back and
 * forward, where the router shows the page again from its cache.
 */

const LESSON = "/lessons/why-lstm-solves-vanishing-gradients";
const TITLE = "Why does the LSTM solve";

test("a lesson's prose is whole on load, after navigating to it, and after back and forward", async ({
  page,
}) => {
  const math = page.locator("main .prose .katex");
  let onLoad = 0;

  await test.step("loaded as a page", async () => {
    await page.goto(LESSON);
    await expect(page.locator("html")).toHaveAttribute("data-app-ready", "true");
    onLoad = await math.count();
    expect(onLoad).toBeGreaterThan(10);
    await expect(page.locator("main .prose").first()).toContainText("RNN");
  });

  await test.step("back from the home page", async () => {
    await page.getByRole("link", { name: "All lessons" }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
    await expect(math).toHaveCount(onLoad);
  });

  await test.step("forward to home, then a link from there", async () => {
    await page.goForward();
    await expect(page).toHaveURL(/\/$/);
    await page.locator(`main a[href="${LESSON}"]`).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(TITLE);
    await expect(math).toHaveCount(onLoad);
  });
});
