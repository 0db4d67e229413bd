import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

/** Checks the page with axe; serious and critical violations fail the test, listed by rule. */
export async function expectAccessible(page: Page): Promise<void> {
  // Next streams a dynamic page's metadata after its body: after a server action's redirect the
  // <title> can arrive a moment after the content this test waited for.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    blocking.map(
      (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

export const test = base.extend<{ account: NewAccount }>({
  // Unique per test and worker, so parallel tests never collide on an email.
  account: async ({}, use, testInfo) => {
    const id = `${Date.now().toString(36)}-${testInfo.workerIndex}-${testInfo.testId.slice(0, 6)}`;
    await use({
      name: `Test Learner ${id}`,
      email: `e2e-${id}@example.com`,
      password: `pw-${id}-long`,
    });
  },
});

export { expect };

/** Goes to a page and waits until React has hydrated it (see HydrationMarker). */
export async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("html[data-app-ready]")).toBeAttached();
}

export const DEMO = {
  instructor: { email: "instructor@demo.test", password: "instructor-demo-1" },
  learner: { email: "learner@demo.test", password: "learner-demo-1" },
} as const;

/** Signs up through the form and waits until the header shows the new account. */
export async function signUp(
  page: Page,
  account: NewAccount,
  role: "learner" | "instructor" = "learner",
) {
  await open(page, "/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByLabel(role === "learner" ? "a learner" : "an instructor").check();
  await page.getByRole("button", { name: "Create account" }).click();
  // Navigating away before the server action answers would cancel it.
  await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
}

/**
 * Signs in through the form. By default waits until signed in; with `expectFailure` it only
 * submits, and the caller checks the message.
 */
export async function signIn(
  page: Page,
  email: string,
  password: string,
  options: { expectFailure?: boolean } = {},
) {
  await open(page, "/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (options.expectFailure) {
    await expect(formAlert(page)).toBeVisible();
  } else {
    await expect(page.getByTestId("signed-in-as")).toBeVisible();
  }
}

/** The page's own alert (Next's route announcer is an alert too, outside <main>). */
export function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}
