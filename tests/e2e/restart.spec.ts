import { startServer, throwawayDatabaseUrl } from "./support/server";
import { expect, test, open } from "./support/fixtures";

// Its own server on its own port and database, so restarting it disturbs no other test.
const PORT = Number(process.env.E2E_RESTART_PORT ?? 3118);

test("accounts, sessions and progress survive a server restart", async ({ page, account }) => {
  test.setTimeout(180_000);
  const databaseUrl = throwawayDatabaseUrl();
  let server = await startServer({ port: PORT, databaseUrl });
  const lessonTitle = "What problem does the LSTM solve?";
  try {
    await test.step("sign up and start a lesson", async () => {
      await signUpAt(server.url);
      await open(page, `${server.url}/`);
      const card = page.getByRole("listitem").filter({ hasText: lessonTitle });
      await card.getByRole("button", { name: "Start lesson" }).click();
      await expect(page.getByRole("heading", { level: 1, name: lessonTitle })).toBeVisible();
    });
    await test.step("restart the server", async () => {
      await server.stop();
      server = await startServer({ port: PORT, databaseUrl });
    });
    await test.step("still signed in, progress still there", async () => {
      await open(page, `${server.url}/`);
      await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
      await expect(page.getByTestId("continue-lesson")).toHaveText(lessonTitle);
    });
  } finally {
    await server.stop();
  }

  async function signUpAt(base: string) {
    await open(page, `${base}/sign-up`);
    await page.getByLabel("Name").fill(account.name);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
  }
});
