import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { DEMO, expect, test } from "./support/fixtures";

/**
 * Every instructor page and API (and the learner class APIs) against every role. Owner = the
 * demo instructor on a class made for this test (the seeded class is left alone for other
 * specs); "other" is a second instructor; a guessed id answers 404 exactly like someone else's.
 */
const ROLES = ["anon", "guest", "learner", "other", "owner"] as const;
type Role = (typeof ROLES)[number];
type Expect = Record<Role, number>;

const page = (ownerStatus = 200): Expect => ({
  anon: 307,
  guest: 307,
  learner: 404,
  other: 404,
  owner: ownerStatus,
});
const api = (ownerStatus = 200): Expect => ({
  anon: 401,
  guest: 403,
  learner: 403,
  other: 404,
  owner: ownerStatus,
});

interface Row {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: string;
  body?: Record<string, unknown>;
  expected: Expect;
}

const run = Date.now().toString(36);
const CLASS_NAME = `Access table ${run}`;
const SHARE_EMAIL = `co-${run}@example.com`;

// Order matters only at the end: sharing before unsharing, removing the learner last.
const ROWS: Row[] = [
  {
    method: "GET",
    path: "/instructor",
    expected: { anon: 307, guest: 307, learner: 404, other: 200, owner: 200 },
  },
  { method: "GET", path: "/instructor/classes/:classId", expected: page() },
  { method: "GET", path: "/instructor/classes/:classId/items", expected: page() },
  { method: "GET", path: "/instructor/classes/:classId/manage", expected: page() },
  { method: "GET", path: "/instructor/classes/:classId/learners/:learnerId", expected: page() },
  { method: "GET", path: "/instructor/classes/guessed-class-id", expected: page(404) },
  {
    method: "GET",
    path: "/instructor/classes/:classId/learners/guessed-learner",
    expected: page(404),
  },
  {
    method: "GET",
    path: "/api/instructor/classes",
    expected: { anon: 401, guest: 403, learner: 403, other: 200, owner: 200 },
  },
  {
    method: "POST",
    path: "/api/instructor/classes",
    body: { name: `Scratch ${run}` },
    expected: { anon: 401, guest: 403, learner: 403, other: 201, owner: 201 },
  },
  { method: "GET", path: "/api/instructor/classes/:classId", expected: api() },
  {
    method: "PATCH",
    path: "/api/instructor/classes/:classId",
    body: { name: CLASS_NAME },
    expected: api(),
  },
  { method: "POST", path: "/api/instructor/classes/:classId/join-code", body: {}, expected: api() },
  { method: "GET", path: "/api/instructor/classes/:classId/instructors", expected: api() },
  {
    method: "POST",
    path: "/api/instructor/classes/:classId/instructors",
    body: { email: SHARE_EMAIL },
    expected: api(201),
  },
  {
    method: "DELETE",
    path: "/api/instructor/classes/:classId/instructors",
    body: { email: SHARE_EMAIL },
    expected: api(204),
  },
  { method: "GET", path: "/api/instructor/classes/:classId/learners", expected: api() },
  { method: "GET", path: "/api/instructor/classes/:classId/learners/:learnerId", expected: api() },
  { method: "GET", path: "/api/instructor/classes/:classId/items", expected: api() },
  { method: "GET", path: "/api/instructor/classes/:classId/export/progress.csv", expected: api() },
  { method: "GET", path: "/api/instructor/classes/:classId/export/progress.json", expected: api() },
  { method: "GET", path: "/api/instructor/classes/:classId/export/items.csv", expected: api() },
  { method: "GET", path: "/api/instructor/classes/:classId/export/items.json", expected: api() },
  {
    method: "GET",
    path: "/api/instructor/classes/:classId/export/secrets.txt",
    expected: api(404),
  },
  { method: "GET", path: "/api/instructor/classes/guessed-class-id", expected: api(404) },
  {
    method: "GET",
    path: "/api/instructor/classes/:classId/learners/guessed-learner",
    expected: api(404),
  },
  {
    method: "GET",
    path: "/api/classes",
    expected: { anon: 401, guest: 200, learner: 200, other: 200, owner: 200 },
  },
  {
    method: "GET",
    path: "/api/classes/:classId",
    expected: { anon: 401, guest: 404, learner: 200, other: 404, owner: 404 },
  },
  {
    method: "DELETE",
    path: "/api/instructor/classes/:classId/learners/:learnerId",
    expected: api(204),
  },
];

const contexts = {} as Record<Role, APIRequestContext>;
const ids = { classId: "", learnerId: "" };

async function newContext(baseURL: string) {
  return playwrightRequest.newContext({ baseURL, maxRedirects: 0 });
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  if (!baseURL) throw new Error("baseURL is not set");
  for (const role of ROLES) contexts[role] = await newContext(baseURL);
  expect((await contexts.guest.post("/api/auth/guest", { data: {} })).ok()).toBe(true);
  const signUp = (role: "learner" | "instructor", who: string) => ({
    data: {
      name: `Access ${who}`,
      email: `access-${who}-${run}@example.com`,
      password: `pw-${run}-long`,
      role,
    },
  });
  expect(
    (await contexts.learner.post("/api/auth/sign-up", signUp("learner", "learner"))).ok(),
  ).toBe(true);
  expect((await contexts.other.post("/api/auth/sign-up", signUp("instructor", "other"))).ok()).toBe(
    true,
  );
  expect((await contexts.owner.post("/api/auth/sign-in", { data: DEMO.instructor })).ok()).toBe(
    true,
  );

  const created = await contexts.owner.post("/api/instructor/classes", {
    data: { name: CLASS_NAME },
  });
  expect(created.status()).toBe(201);
  const { class: cls } = (await created.json()) as { class: { id: string; joinCode: string } };
  ids.classId = cls.id;
  const joined = await contexts.learner.post("/api/classes/join", { data: { code: cls.joinCode } });
  expect(joined.status()).toBe(201);
  const me = (await (await contexts.learner.get("/api/me")).json()) as { user: { id: string } };
  ids.learnerId = me.user.id;
});

test.afterAll(async () => {
  await Promise.all(ROLES.map((role) => contexts[role]?.dispose()));
});

for (const row of ROWS) {
  test(`${row.method} ${row.path}: ${ROLES.map((r) => `${r} ${row.expected[r]}`).join(", ")}`, async () => {
    const url = row.path.replace(":classId", ids.classId).replace(":learnerId", ids.learnerId);
    const seen: Partial<Record<Role, number>> = {};
    for (const role of ROLES) {
      const response = await contexts[role].fetch(url, {
        method: row.method,
        ...(row.body ? { data: row.body } : {}),
      });
      seen[role] = response.status();
      if (response.status() === 307) expect(response.headers().location).toContain("/sign-in");
    }
    expect(seen).toEqual(row.expected);
  });
}
