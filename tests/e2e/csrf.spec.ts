// Cross-site request forgery against the JSON API, in Chromium: a page on another site posts
// an enctype=text/plain form whose body reads as JSON (a login CSRF: the victim's browser
// would be signed in to the attacker's account), and a page on the same site but another
// port sends a no-cors fetch. Both must be refused and leave the browser signed out.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { E2E_PORT } from "../../playwright.config";
import { expect, test } from "./support/fixtures";

const ATTACKER_PORT = E2E_PORT + 1;
let attacker: Server;
let pages: Record<string, string> = {};

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  attacker = createServer((request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(pages[request.url ?? "/"] ?? "<!doctype html><title>nothing</title>");
  });
  await new Promise<void>((resolve) => attacker.listen(ATTACKER_PORT, "127.0.0.1", resolve));
  expect((attacker.address() as AddressInfo).port).toBe(ATTACKER_PORT);
});
test.afterAll(async () => {
  await new Promise((resolve) => attacker.close(resolve));
});

/** The attacker's own account, which the forged sign-in would put the victim into. */
async function attackerAccount(request: import("@playwright/test").APIRequestContext) {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const account = { name: "Mallory", email: `mallory-${id}@example.com`, password: `pw-${id}-x` };
  const created = await request.post("/api/auth/sign-up", { data: account });
  expect(created.status()).toBe(201);
  return account;
}

async function signedIn(page: import("@playwright/test").Page, baseURL: string) {
  const cookies = await page.context().cookies(baseURL);
  return cookies.some((cookie) => cookie.name === "gt_session");
}

test("a text/plain form from another site cannot sign the browser in", async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  const account = await attackerAccount(api);
  await api.dispose();
  // The form's one field is named so that name=value is the JSON the attacker wants.
  const name = `{"email":"${account.email}","password":"${account.password}","x":"`;
  pages = {
    "/login-csrf": `<!doctype html><title>prize</title>
      <form id="f" method="post" enctype="text/plain" action="${baseURL}/api/auth/sign-in">
        <input type="hidden" name='${name}' value='"}'>
      </form>
      <script>document.getElementById("f").submit()</script>`,
  };
  const answer = page.waitForResponse(`${baseURL}/api/auth/sign-in`);
  // localhost is another site than 127.0.0.1: Chromium sends Sec-Fetch-Site: cross-site.
  await page.goto(`http://localhost:${ATTACKER_PORT}/login-csrf`);
  const response = await answer;
  expect(response.status()).toBe(403);
  expect(((await response.json()) as { error: string }).error).toMatch(/another site/);
  expect(await signedIn(page, baseURL ?? "")).toBe(false);
  const me = await page.request.get(`${baseURL}/api/me`);
  expect(me.status()).toBe(401);
});

test("a no-cors fetch from a sibling port of the same site cannot sign in either", async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await playwright.request.newContext({ baseURL });
  const account = await attackerAccount(api);
  await api.dispose();
  const body = JSON.stringify({ email: account.email, password: account.password });
  pages = {
    "/fetch-csrf": `<!doctype html><title>prize</title><script>
      fetch(${JSON.stringify(`${baseURL}/api/auth/sign-in`)}, {
        method: "POST", mode: "no-cors", credentials: "include",
        headers: { "content-type": "text/plain" }, body: ${JSON.stringify(body)},
      }).then(() => { document.title = "sent"; });
    </script>`,
  };
  const answer = page.waitForResponse(`${baseURL}/api/auth/sign-in`);
  // 127.0.0.1 on another port: same site, other origin (Sec-Fetch-Site: same-site).
  await page.goto(`http://127.0.0.1:${ATTACKER_PORT}/fetch-csrf`);
  expect((await answer).status()).toBe(403);
  await expect(page).toHaveTitle("sent");
  expect(await signedIn(page, baseURL ?? "")).toBe(false);
});

test("the app's own pages still sign in (same origin, JSON)", async ({ page, baseURL }) => {
  const response = await page.request.post(`${baseURL}/api/auth/sign-in`, {
    data: { email: "learner@demo.test", password: "learner-demo-1" },
    headers: { origin: baseURL ?? "" },
  });
  expect(response.status()).toBe(200);
});
