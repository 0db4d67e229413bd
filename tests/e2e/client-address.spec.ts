// Per-address limits against real `npm start` servers: by default the address is the socket's
// and X-Forwarded-For is ignored; with TRUSTED_PROXIES=1 (one proxy in front) it is the
// right-most entry. The second server stands in for that proxy's clients, so these tests can
// also speak from many addresses: the owner of an account under attack, from a new one, gets in.
import { request as playwrightRequest } from "@playwright/test";
import { E2E_PORT } from "../../playwright.config";
import { expect, test } from "./support/fixtures";
import { startServer, throwawayDatabaseUrl, type TestServer } from "./support/server";

/** Wrong passwords one network address may send over all accounts in 15 minutes. */
const ADDRESS_LIMIT = 100;

let direct: TestServer;
let proxied: TestServer;
let run = 0;

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

test.beforeAll(async () => {
  test.setTimeout(180_000);
  [direct, proxied] = await Promise.all([
    startServer({ port: E2E_PORT + 2, databaseUrl: throwawayDatabaseUrl() }),
    startServer({
      port: E2E_PORT + 3,
      databaseUrl: throwawayDatabaseUrl(),
      env: { TRUSTED_PROXIES: "1" },
    }),
  ]);
});
test.afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
});

const unique = () => `${Date.now().toString(36)}-${(run += 1)}`;
const randomAddress = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${(run += 1) % 250}`;

/** One request without cookies (each call is a new visitor), from `forwardedFor` if given. */
async function post(server: TestServer, path: string, data: unknown, forwardedFor?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: JSON.stringify(data),
  });
  const body = (await response.json().catch(() => ({}))) as { error?: string };
  return {
    status: response.status,
    error: body.error ?? "",
    retryAfter: response.headers.get("retry-after"),
    body,
  };
}

async function newAccount(server: TestServer, forwardedFor: string) {
  const id = unique();
  const account = {
    name: `Owner ${id}`,
    email: `owner-${id}@example.com`,
    password: `pw-${id}-ok`,
  };
  expect((await post(server, "/api/auth/sign-up", account, forwardedFor)).status).toBe(201);
  return account;
}

test("by default a new X-Forwarded-For per request does not escape the address limit", async () => {
  const statuses: number[] = [];
  let last = "";
  for (let i = 0; i < ADDRESS_LIMIT + 1; i += 1) {
    const guess = { email: `nobody-${unique()}@example.com`, password: "guess-123" };
    const answer = await post(direct, "/api/auth/sign-in", guess, randomAddress());
    statuses.push(answer.status);
    last = answer.error;
  }
  expect(statuses.slice(0, ADDRESS_LIMIT).every((status) => status === 401)).toBe(true);
  expect(statuses[ADDRESS_LIMIT]).toBe(429);
  expect(last).toContain(`this network address: the limit is ${ADDRESS_LIMIT} every 15 minutes`);
});

test("behind one trusted proxy the right-most entry counts, and forged ones before it do not", async () => {
  const victim = "203.0.113.5";
  for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
    const guess = { email: `nobody-${unique()}@example.com`, password: "guess-123" };
    // What the client wrote comes first; the proxy appends the address it saw.
    const answer = await post(proxied, "/api/auth/sign-in", guess, `${randomAddress()}, ${victim}`);
    expect(answer.status).toBe(401);
  }
  const guess = { email: `nobody-${unique()}@example.com`, password: "guess-123" };
  expect((await post(proxied, "/api/auth/sign-in", guess, `1.2.3.4, ${victim}`)).status).toBe(429);
  // A forged entry naming the limited address does not lock that address's real users out...
  const neighbour = await post(proxied, "/api/auth/sign-in", guess, `${victim}, 203.0.113.6`);
  expect(neighbour.status).toBe(401);
});

test("the owner signs in from a new address while five addresses guess the password", async () => {
  const owner = await newAccount(proxied, "198.51.100.200");
  await Promise.all(
    [1, 2, 3, 4, 5].map(async (host) => {
      for (let i = 0; i < 6; i += 1) {
        const guess = { email: owner.email, password: `wrong-${i}` };
        await post(proxied, "/api/auth/sign-in", guess, `198.51.100.${host}`);
      }
    }),
  );
  // The guessing address is stopped, even with the right password...
  const guesser = await post(proxied, "/api/auth/sign-in", owner, "198.51.100.1");
  expect(guesser.status).toBe(429);
  expect(guesser.error).toContain("this account from this network address");
  // ...and the owner is not.
  expect((await post(proxied, "/api/auth/sign-in", owner, "198.51.100.77")).status).toBe(200);
});

test("a stolen session guessing on the password-change route cannot lock the owner out", async () => {
  const owner = await newAccount(proxied, "198.51.101.200");
  const thief = await playwrightRequest.newContext({
    extraHTTPHeaders: { "x-forwarded-for": "198.51.101.66" },
  });
  try {
    const stolen = await thief.post(`${proxied.url}/api/auth/sign-in`, { data: owner });
    expect(stolen.status()).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      const change = await thief.post(`${proxied.url}/api/auth/password`, {
        data: { currentPassword: `guess-${i}`, newPassword: "taken over 123" },
      });
      statuses.push(change.status());
    }
    expect(statuses).toEqual([403, 403, 403, 403, 403, 429, 429]);
  } finally {
    await thief.dispose();
  }
  expect((await post(proxied, "/api/auth/sign-in", owner, "198.51.101.77")).status).toBe(200);
});

test("sign-up answers a taken email like any refusal, and is limited per address", async () => {
  const address = "198.51.102.9";
  const taken = await newAccount(proxied, address);
  const again = await post(proxied, "/api/auth/sign-up", { ...taken, name: "Other" }, address);
  expect(again.status).toBe(409);
  // The same words, whatever the reason: never "already exists".
  expect(again.error).toBe(
    "No account could be created with this email. If you already have one, sign in.",
  );
  let last: Awaited<ReturnType<typeof post>> | undefined;
  for (let i = 0; i < 100 && last?.status !== 429; i += 1) {
    const probe = { name: "Probe", email: `probe-${unique()}@example.com`, password: "probe pw 1" };
    last = await post(proxied, "/api/auth/sign-up", probe, address);
  }
  expect(last?.status).toBe(429);
  expect(last?.error).toContain("Too many sign-ups from this network address");
  expect(last?.retryAfter).toMatch(/^\d+$/);
});

test("guests are limited per address; other addresses still get one", async () => {
  const address = "198.51.103.9";
  let status = 0;
  let created = 0;
  for (let i = 0; i < 130 && status !== 429; i += 1) {
    const fresh = await playwrightRequest.newContext({
      extraHTTPHeaders: { "x-forwarded-for": address },
    });
    status = (await fresh.post(`${proxied.url}/api/auth/guest`, { data: {} })).status();
    if (status === 201) created += 1;
    await fresh.dispose();
  }
  expect(status).toBe(429);
  expect(created).toBe(120);
  expect((await post(proxied, "/api/auth/guest", {}, "198.51.103.10")).status).toBe(201);
});

test("a name of invisible characters or with a bidi override is refused, naming the field", async () => {
  for (const name of ["\u200B\u200B", "Ada\u202Egnp.exe"]) {
    const account = { name, email: `n-${unique()}@example.com`, password: "long enough 1" };
    const answer = await post(direct, "/api/auth/sign-up", account);
    expect(answer.status).toBe(400);
    const { fields } = answer.body as { fields?: Record<string, string> };
    expect(fields?.name).toMatch(/invisible|text-direction/);
  }
});
