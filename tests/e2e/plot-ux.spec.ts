import { expect, open, signIn, test, DEMO } from "./support/fixtures";
import type { Page } from "@playwright/test";

/*
 * Plots on a phone: every <text> in every plot is drawn at 11 CSS px or more (font size times
 * the SVG's scale on screen), values can be read by touch, the header takes at most two rows,
 * and the dashboard's chart labels stay inside their charts.
 */

const LAB = "/lab/why-lstm-solves-vanishing-gradients";
const LESSON = "/lessons/why-lstm-solves-vanishing-gradients";
const PHONE = { width: 390, height: 844 };

/** Rendered size of every visible <text> in every SVG image inside <main>, smallest first. */
async function textSizes(page: Page) {
  return page.evaluate(() => {
    const out: { size: number; text: string }[] = [];
    for (const el of document.querySelectorAll<SVGTextElement>("main svg[role=img] text")) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.textContent?.trim() === "") continue;
      const ctm = el.getScreenCTM();
      if (!ctm) continue;
      const scale = Math.hypot(ctm.a, ctm.b);
      out.push({
        size: parseFloat(getComputedStyle(el).fontSize) * scale,
        text: el.textContent ?? "",
      });
    }
    return out.sort((a, b) => a.size - b.size);
  });
}

async function expectReadableText(page: Page) {
  // Plots lay out at their box width after hydration: wait for that before measuring.
  await expect(page.locator("[data-hydrated=true]").first()).toBeAttached();
  await page.waitForTimeout(300);
  const sizes = await textSizes(page);
  expect(sizes.length).toBeGreaterThan(10);
  expect(sizes.filter((s) => s.size < 11 - 0.01)).toEqual([]);
}

test.describe("at 390 px", () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  for (const path of [LAB, LESSON]) {
    test(`${path}: no plot text below 11 px`, async ({ page }) => {
      await open(page, path);
      await expectReadableText(page);
    });
  }

  test("a tap on the plot reads values; the hint speaks of touch, not hover", async ({ page }) => {
    await open(page, LAB);
    await expect(page.locator("[data-hydrated=true]")).toBeAttached();
    const readout = page.locator("p[aria-live=polite]").first();
    await expect(readout).toContainText("Tap");
    await expect(readout).not.toContainText("Hover");
    const plot = page.getByRole("group", { name: /interactive plot/ }).first();
    await plot.tap({ position: { x: 200, y: 150 } });
    await expect(readout).toContainText("=");
    await expect(page.locator(".plot-cursor").first()).toBeAttached();
  });

  test("the header takes at most two rows", async ({ page }) => {
    await open(page, "/");
    // Rows by vertical overlap: items centred on one row have different tops.
    const rows = await page.evaluate(() => {
      const inner = document.querySelector(".site-header-inner");
      const boxes = [...(inner?.children ?? [])]
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.height > 0)
        .sort((a, b) => a.top - b.top);
      let count = 0;
      let bottom = -Infinity;
      for (const r of boxes) {
        if (r.top >= bottom - 2) count += 1;
        bottom = Math.max(bottom, r.bottom);
      }
      return count;
    });
    expect(rows).toBeLessThanOrEqual(2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(1);
  });
});

test.describe("at 390 px, on a phone that says so in its user agent", () => {
  test.use({
    viewport: PHONE,
    hasTouch: true,
    isMobile: true,
    userAgent:
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) " +
      "Chrome/130.0.0.0 Mobile Safari/537.36",
  });

  for (const path of [LAB, LESSON]) {
    test(`${path}: plots come laid out for a phone and are kept, text 11 px or more`, async ({
      page,
    }) => {
      const served = await (await page.request.get(path)).text();
      const plotWidths = () =>
        page
          .locator("main [role=group] svg")
          .evaluateAll((svgs) => svgs.map((s) => (s as SVGSVGElement).viewBox.baseVal.width));
      await open(page, path);
      await expectReadableText(page);
      const widths = await plotWidths();
      expect(widths.length).toBeGreaterThan(0);
      // The phone's layout width, not the box's 358 px: the plots were not laid out again.
      for (const width of widths) expect(served).toContain(`viewBox="0 0 ${width} `);
      expect(new Set(widths)).toEqual(new Set([350]));
    });
  }
});

test("the home page's Start lesson opens the lesson at its top, not at the quiz", async ({
  page,
}) => {
  await open(page, "/");
  const card = page.getByRole("listitem").filter({ hasText: "What problem does the LSTM solve?" });
  await card.getByRole("button", { name: "Start lesson" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "What problem does the LSTM solve?" }),
  ).toBeVisible();
  expect(new URL(page.url()).hash).toBe("");
  await expect(page.getByTestId("source-origin")).toContainText("five questions");
});

test("the site has an icon and a web app manifest", async ({ page }) => {
  for (const path of ["/favicon.ico", "/icon.svg"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
  }
  const manifest = await page.request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(await manifest.json()).toMatchObject({ name: "Gradient Tutor", start_url: "/" });
  await open(page, "/");
  await expect(page.locator('link[rel="icon"]').first()).toBeAttached();
});

test("dashboard chart labels stay inside their charts, at 1280 and 390 px", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await page.getByRole("link", { name: "Sequence Models, autumn cohort" }).click();
  await expect(page.getByRole("img", { name: /Mastery heatmap/ })).toBeVisible();
  for (const viewport of [{ width: 1280, height: 900 }, PHONE]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(300);
    const escaped = await page.evaluate(() => {
      const out: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>("svg[data-chart]")) {
        const frame = svg.getBoundingClientRect();
        for (const t of svg.querySelectorAll("text")) {
          const r = t.getBoundingClientRect();
          if (r.width === 0) continue;
          if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1)
            out.push(`${svg.dataset.chart}: ${t.textContent}`);
        }
      }
      return out;
    });
    expect(escaped, `at ${viewport.width} px`).toEqual([]);
    const sizes = await textSizes(page);
    expect(sizes.filter((s) => s.size < 11 - 0.01)).toEqual([]);
  }
});
