import { DEMO, expect, formAlert, signIn, signUp, test, open } from "./support/fixtures";

test("sign up, sign out and sign in again", async ({ page, account }) => {
  await test.step("sign up", async () => {
    await signUp(page, account);
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
  });
  await test.step("sign out", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  });
  await test.step("sign in", async () => {
    await signIn(page, account.email, account.password);
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
  });
});

test("a wrong password is refused with a message, and the form keeps the email", async ({
  page,
  account,
}) => {
  await signUp(page, account);
  await page.getByRole("button", { name: "Sign out" }).click();
  await signIn(page, account.email, "not-the-password", { expectFailure: true });
  await expect(formAlert(page)).toContainText("do not match an account");
  await expect(page.getByLabel("Email")).toHaveValue(account.email);
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
});

test("sign-in is rate limited per account and address, with the limit and the wait in the message", async ({
  page,
  account,
}) => {
  await signUp(page, account);
  await page.getByRole("button", { name: "Sign out" }).click();
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn(page, account.email, `wrong-${attempt}`, { expectFailure: true });
    await expect(formAlert(page)).toContainText("do not match");
  }
  // Even the right password waits now, from this address (others are not affected).
  await signIn(page, account.email, account.password, { expectFailure: true });
  await expect(formAlert(page)).toContainText(
    /this account from this network address: the limit is 5 every 15 minutes\. Try again in 1[45] minutes/,
  );
});

test("sign-up errors name the field", async ({ page }) => {
  await open(page, "/sign-up");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
});

test("a guest's progress is kept when they create an account", async ({ page, account }) => {
  const lessonTitle = "How does the LSTM handle exploding gradients?";
  await test.step("start a lesson as a guest", async () => {
    await open(page, "/");
    const card = page.getByRole("listitem").filter({ hasText: lessonTitle });
    await card.getByRole("button", { name: "Start lesson" }).click();
    await expect(page.getByRole("heading", { level: 1, name: lessonTitle })).toBeVisible();
    await open(page, "/");
    await expect(page.getByText("Learning as a guest")).toBeVisible();
    await expect(page.getByTestId("continue-lesson")).toHaveText(lessonTitle);
  });
  await test.step("sign up keeps it", async () => {
    await page.getByRole("link", { name: "Save my progress" }).click();
    await expect(page.getByText("moves to your new account")).toBeVisible();
    await signUp(page, account);
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
    await open(page, "/");
    await expect(page.getByTestId("continue-lesson")).toHaveText(lessonTitle);
  });
  await test.step("and it is there after signing in again", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByTestId("continue-lesson")).toHaveCount(0);
    await signIn(page, account.email, account.password);
    await open(page, "/");
    await expect(page.getByTestId("continue-lesson")).toHaveText(lessonTitle);
  });
});

test("the demo instructor sees the demo class", async ({ page }) => {
  await signIn(page, DEMO.instructor.email, DEMO.instructor.password);
  await expect(page).toHaveURL(/\/instructor$/);
  const row = page.getByRole("row").filter({ hasText: "DEMO2026" });
  await expect(row).toContainText("Sequence Models, autumn cohort");
  await expect(row.getByRole("cell").nth(2)).toHaveText("13");
});

test("the demo learner signs in and finds their progress", async ({ page }) => {
  await signIn(page, DEMO.learner.email, DEMO.learner.password);
  await expect(page.getByTestId("signed-in-as")).toHaveText("Demo Learner");
  await expect(page.getByTestId("continue-lesson")).toBeVisible();
  await expect(page.getByText(/\d+ of \d+ answers correct/).first()).toBeVisible();
});

test("a learner cannot open the instructor pages", async ({ page, account }) => {
  await signUp(page, account);
  // To a learner, instructor pages do not exist.
  await open(page, "/instructor");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});
