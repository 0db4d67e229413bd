import {
  request as playwrightRequest,
  type APIResponse,
  type BrowserContext,
  type Page,
} from "@playwright/test";
import { watchComputingIndicator } from "./support/computing-indicator";
import {
  expect,
  expectAccessible,
  formAlert,
  open,
  signIn,
  signUp,
  test,
} from "./support/fixtures";

const SESSION_COOKIE = "gt_session";

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no ${SESSION_COOKIE} cookie`);
  return cookie;
}

/** GET /api/me from a new client that sends only this token: does it still open a session? */
async function replay(baseURL: string, token: string): Promise<number> {
  const client = await playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}` },
  });
  try {
    return (await client.get("/api/me")).status();
  } finally {
    await client.dispose();
  }
}

function expectStaticHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
}

const nonceOf = (response: APIResponse) =>
  /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];

/** Collects the browser's Content-Security-Policy reports from the page's console. */
function cspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Content Security Policy")) {
      violations.push(`${page.url()}: ${message.text()}`);
    }
  });
  return violations;
}

test.describe("security headers", () => {
  test("a page carries a nonce CSP whose nonce is on its scripts, fresh per response", async ({
    request,
  }) => {
    const first = await request.get("/");
    expectStaticHeaders(first);
    const csp = first.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src [^;]*'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src [^;]*'unsafe-(inline|eval)'/);
    const nonce = nonceOf(first);
    const html = await first.text();
    expect(html).toContain(`nonce="${nonce}"`);
    // Every script tag carries it: none depends on 'unsafe-inline'.
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(nonceOf(await request.get("/"))).not.toBe(nonce);
  });

  test("an API response and a static file carry the headers too", async ({ request }) => {
    const api = await request.get("/api/health");
    expectStaticHeaders(api);
    // JSON is never rendered as a page: the API's policy allows nothing at all.
    expect(api.headers()["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );

    const html = await (await request.get("/")).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    if (!asset) throw new Error("no script under /_next/static on the home page");
    const file = await request.get(asset);
    expect(file.status()).toBe(200);
    // Build output gets the fixed policy (no nonce: the same bytes are served to everyone).
    expectStaticHeaders(file);
  });
});

test.describe("session cookie", () => {
  test("is HttpOnly and SameSite=Lax; Secure follows COOKIE_SECURE (false on this http server)", async ({
    page,
    account,
  }) => {
    await signUp(page, account);
    const cookie = await sessionCookie(page.context());
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    expect(cookie.secure).toBe(false);
    expect(cookie.path).toBe("/");
  });

  test("signing in replaces the browser's session; the old token opens nothing", async ({
    page,
    account,
    baseURL,
  }) => {
    if (!baseURL) throw new Error("no baseURL");
    const other = await playwrightRequest.newContext({ baseURL });
    expect((await other.post("/api/auth/sign-up", { data: account })).status()).toBe(201);
    await other.dispose();

    await test.step("through the form, from a guest session", async () => {
      expect((await page.request.post("/api/auth/guest", { data: {} })).status()).toBe(201);
      const guest = (await sessionCookie(page.context())).value;
      expect(await replay(baseURL, guest)).toBe(200);
      await signIn(page, account.email, account.password);
      const signedIn = (await sessionCookie(page.context())).value;
      expect(signedIn).not.toBe(guest);
      expect(await replay(baseURL, guest)).toBe(401);
      expect(await replay(baseURL, signedIn)).toBe(200);
    });

    await test.step("through the API, from a signed-in session", async () => {
      const before = (await sessionCookie(page.context())).value;
      const response = await page.request.post("/api/auth/sign-in", {
        data: { email: account.email, password: account.password },
      });
      expect(response.status()).toBe(200);
      const after = (await sessionCookie(page.context())).value;
      expect(after).not.toBe(before);
      expect(await replay(baseURL, before)).toBe(401);
      expect(await replay(baseURL, after)).toBe(200);
    });
  });

  test("after sign-out the old cookie no longer authenticates", async ({
    page,
    account,
    baseURL,
  }) => {
    if (!baseURL) throw new Error("no baseURL");
    await signUp(page, account);
    const token = (await sessionCookie(page.context())).value;
    expect(await replay(baseURL, token)).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    expect(await replay(baseURL, token)).toBe(401);
  });
});

test.describe("password change", () => {
  test("signs out every other device, keeps this one, and only the new password works", async ({
    page,
    browser,
    account,
    baseURL,
  }) => {
    if (!baseURL) throw new Error("no baseURL");
    const newPassword = `${account.password}-changed`;
    await signUp(page, account);
    const oldToken = (await sessionCookie(page.context())).value;
    const phone = await browser.newContext();
    const phonePage = await phone.newPage();
    try {
      await signIn(phonePage, account.email, account.password);
      expect((await phonePage.request.get("/api/me")).status()).toBe(200);

      await test.step("the account page, reached from the header, is accessible", async () => {
        await page.getByRole("link", { name: "Account" }).click();
        await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
        await expect(page.locator("html[data-app-ready]")).toBeAttached();
        await expectAccessible(page);
      });

      await test.step("a wrong current password is named at its field", async () => {
        await changePassword(page, "not-my-password", newPassword);
        await expect(formAlert(page)).toContainText("current password is not correct");
        await expect(page.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
        await expectAccessible(page);
      });

      await test.step("the right one changes it", async () => {
        await changePassword(page, account.password, newPassword);
        await expect(
          page.getByRole("status").filter({ hasText: "Your password was changed" }),
        ).toBeVisible();
        await expect(page.getByTestId("signed-in-as")).toHaveText(account.name);
        expect((await page.request.get("/api/me")).status()).toBe(200);
        expect(await replay(baseURL, oldToken)).toBe(401);
      });

      await test.step("the other device is signed out", async () => {
        expect((await phonePage.request.get("/api/me")).status()).toBe(401);
        await open(phonePage, "/");
        await expect(phonePage.getByRole("link", { name: "Sign in" })).toBeVisible();
      });

      await test.step("the old password fails, the new one works", async () => {
        await phone.clearCookies();
        await signIn(phonePage, account.email, account.password, { expectFailure: true });
        await expect(formAlert(phonePage)).toContainText("do not match");
        await signIn(phonePage, account.email, newPassword);
      });
    } finally {
      await phone.close();
    }
  });

  test("the page sends visitors to sign in; the API answers 401 and 403 by role", async ({
    page,
    request,
  }) => {
    const redirect = await request.get("/account", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expect(redirect.headers().location).toBe("/sign-in?next=/account");

    const body = { currentPassword: "whatever-1", newPassword: "something-new-1" };
    expect((await request.post("/api/auth/password", { data: body })).status()).toBe(401);

    expect((await page.request.post("/api/auth/guest", { data: {} })).status()).toBe(201);
    const guest = await page.request.post("/api/auth/password", { data: body });
    expect(guest.status()).toBe(403);
    expect(((await guest.json()) as { error: string }).error).toMatch(/Guest/);
    await open(page, "/account");
    await expect(page.getByRole("main")).toContainText("no password to change");

    const same = await page.request.post("/api/auth/password", {
      data: { currentPassword: "same-password-1", newPassword: "same-password-1" },
    });
    expect(same.status()).toBe(400);
    expect(((await same.json()) as { fields: Record<string, string> }).fields).toHaveProperty(
      "newPassword",
    );
  });
});

async function changePassword(page: Page, current: string, next: string) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password", { exact: true }).fill(next);
  await page.getByLabel("New password again").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

test.describe("content security policy in the browser", () => {
  test("an injected inline handler is refused and reported (the check below can see it)", async ({
    page,
  }) => {
    const violations = cspViolations(page);
    await open(page, "/");
    // The shape of an XSS payload that slipped past escaping. (Playwright's addScriptTag would
    // not do: it copies the page's nonce onto the tag it adds.)
    await page.evaluate(() => {
      const box = document.createElement("div");
      box.innerHTML = `<img src="data:," onerror="document.documentElement.dataset.injected='yes'">`;
      document.body.append(box);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.locator("html").getAttribute("data-injected")).toBeNull();
  });

  test("home, a lesson, the lab and the tutor run without a single violation", async ({
    page,
    account,
  }) => {
    test.setTimeout(120_000);
    const violations = cspViolations(page);
    await signUp(page, account);
    await open(page, "/");
    await open(page, "/lessons/what-problem-lstm-solves");
    await page.getByRole("button", { name: "Start the questions" }).click();
    await expect(page.getByText("Question 1 of")).toBeVisible();

    await test.step("the lab, with a run large enough for the worker", async () => {
      await page.goto("/lab/why-lstm-solves-vanishing-gradients");
      await expect(page.locator("[data-hydrated=true]")).toBeAttached();
      const sawIndicator = await watchComputingIndicator(page);
      await page.getByRole("slider", { name: /sequence length/i }).focus();
      await page.keyboard.press("End");
      await page.getByRole("slider", { name: /hidden units/i }).focus();
      await page.keyboard.press("End");
      await expect(page.getByRole("progressbar")).toBeHidden({ timeout: 30_000 });
      await expect(page.getByTestId("plot-caption")).toContainText("Hidden units = 64 units");
      expect(await sawIndicator(), "the run went to the worker").toBe(true);
    });

    await test.step("the tutor, with a streamed reply", async () => {
      await open(page, "/tutor");
      await page.getByLabel("Message to the tutor").fill("why do gradients vanish in an RNN?");
      await page.getByRole("button", { name: "Send" }).click();
      const reply = page.getByTestId("tutor-log").locator("li[data-role='assistant']").first();
      await expect(reply).toBeVisible();
      await expect(reply).not.toHaveAttribute("data-partial", "true", { timeout: 30_000 });
    });

    await open(page, "/account");
    expect(violations).toEqual([]);
  });
});
