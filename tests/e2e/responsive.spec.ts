import { expect, test } from "@playwright/test";
import { lessons } from "@/lib/content";

for (const path of [
  "/",
  "/sign-up",
  "/lab",
  "/lessons/why-lstm-solves-vanishing-gradients",
  "/glossary",
]) {
  test(`${path} fits a phone screen without sideways scrolling`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
  });
}

/** A common phone width: code blocks and display math wider than this scroll in their own box. */
const PHONE_WIDTH = 390;

test(`every lesson fits ${PHONE_WIDTH} px without sideways scrolling, deep dives open`, async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: PHONE_WIDTH, height: 844 });
  const wide: string[] = [];
  for (const lesson of lessons) {
    await page.goto(`/lessons/${lesson.id}`);
    const width = await page.evaluate(() => {
      // Closed deep dives hide their code from layout: open them, and lay out every section.
      document.querySelectorAll("details").forEach((d) => (d.open = true));
      document.querySelectorAll<HTMLElement>("*").forEach((e) => {
        if (getComputedStyle(e).contentVisibility === "auto") e.style.contentVisibility = "visible";
      });
      return document.documentElement.scrollWidth;
    });
    if (width > PHONE_WIDTH) wide.push(`${lesson.id}: ${width} px`);
  }
  expect(wide).toEqual([]);
});
