import { expect, test } from "./support/fixtures";

const badSignUps = [
  {
    name: "bad email",
    body: { name: "A", email: "nope", password: "long-enough" },
    field: "email",
  },
  {
    name: "short password",
    body: { name: "A", email: "a@example.com", password: "x" },
    field: "password",
  },
  {
    name: "unknown role",
    body: { name: "A", email: "a@example.com", password: "long-enough", role: "admin" },
    field: "role",
  },
  {
    name: "missing name",
    body: { email: "a@example.com", password: "long-enough" },
    field: "name",
  },
] as const;

for (const { name, body, field } of badSignUps) {
  test(`POST /api/auth/sign-up with ${name} answers 400 naming ${field}`, async ({ request }) => {
    const response = await request.post("/api/auth/sign-up", { data: body });
    expect(response.status()).toBe(400);
    const json = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(Object.keys(json.fields)).toContain(field);
    expect(json.error).toContain(`${field}:`);
  });
}

test("a body that is not JSON answers 400", async ({ request }) => {
  const response = await request.post("/api/auth/sign-in", {
    data: Buffer.from("{not json"),
    headers: { "content-type": "application/json" },
  });
  expect(response.status()).toBe(400);
  expect(((await response.json()) as { error: string }).error).toContain("JSON");
});

test("no session answers 401; a session answers the user", async ({ request, account }) => {
  expect((await request.get("/api/me")).status()).toBe(401);
  const signUp = await request.post("/api/auth/sign-up", { data: account });
  expect(signUp.status()).toBe(201);
  const cookie = signUp.headers()["set-cookie"] ?? "";
  expect(cookie).toMatch(/gt_session=/);
  expect(cookie.toLowerCase()).toContain("httponly");
  expect(cookie.toLowerCase()).toContain("samesite=lax");
  const me = await request.get("/api/me");
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { user: { email: string } }).user.email).toBe(account.email);
});

test("signing up twice with one email answers 409 naming email", async ({
  playwright,
  account,
}) => {
  const first = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const second = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await first.post("/api/auth/sign-up", { data: account })).status()).toBe(201);
  const again = await second.post("/api/auth/sign-up", { data: account });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { fields: Record<string, string> }).fields.email).toBeTruthy();
  await first.dispose();
  await second.dispose();
});
