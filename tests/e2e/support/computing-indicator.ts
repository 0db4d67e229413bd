import type { Page } from "@playwright/test";

/**
 * Records whether the lab's "computing" indicator is ever put on the page. With the WebAssembly
 * kernel and warm workers the largest run takes tens of milliseconds, so the indicator can come
 * and go between two of Playwright's polls; a MutationObserver sees every insertion. Call before
 * the slider moves; the returned function reads the record.
 */
export async function watchComputingIndicator(page: Page): Promise<() => Promise<boolean>> {
  await page.evaluate(() => {
    const record = { seen: false };
    (window as unknown as { computingIndicator: typeof record }).computingIndicator = record;
    new MutationObserver(() => {
      if (document.querySelector("progress[aria-label='Computing the simulation']"))
        record.seen = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  return () =>
    page.evaluate(
      () =>
        (window as unknown as { computingIndicator: { seen: boolean } }).computingIndicator.seen,
    );
}
