import { randomInt } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { LESSON } from "./access/content";
import {
  accountEmail,
  accountPassword,
  ROLES,
  ROWS,
  rowTitle,
  spareInstructorEmail,
  type AccountRole,
  type Fixture,
  type Outcome,
  type Role,
  type Row,
} from "./access/table";
import { expect, test } from "./support/fixtures";

/**
 * Runs the route × role table (tests/e2e/access/): each row's request once per role, and the
 * statuses compared as one record, so a failure shows the whole row at once.
 */

const run = `${Date.now().toString(36)}${randomInt(1000)}`;
// Failed sign-ins and guests' tutor messages are limited per address: an address of our own
// keeps this table's requests and other specs' from counting against each other.
const ADDRESS = `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
const PASSWORD = accountPassword(run);
const ACCOUNTS = ROLES.filter((role): role is AccountRole => role !== "anon" && role !== "guest");
const emailOf = (role: AccountRole) => accountEmail(role, run);

const sessions = {} as Record<Role, APIRequestContext>;
const extra: APIRequestContext[] = [];
const fixture: Fixture = {
  run,
  classId: "",
  code: "",
  learnerId: "",
  otherLearnerId: "",
  attemptId: "",
  conversationId: "",
  conversationTitle: `Why does the forget gate keep gradients ${run}`,
};

async function newSession(role: Role): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({
    baseURL: test.info().project.use.baseURL,
    maxRedirects: 0,
    extraHTTPHeaders: { "x-forwarded-for": ADDRESS },
  });
  if (role === "guest") {
    expect((await context.post("/api/auth/guest", { data: {} })).status()).toBe(201);
  } else if (role !== "anon") {
    const signIn = await context.post("/api/auth/sign-in", {
      data: { email: emailOf(role), password: PASSWORD },
    });
    expect(signIn.status()).toBe(200);
  }
  return context;
}

async function json<T>(response: { status(): number; json(): Promise<unknown> }, status: number) {
  expect(response.status()).toBe(status);
  return (await response.json()) as T;
}

test.describe.configure({ mode: "default" });

test.beforeAll(async () => {
  for (const role of ["anon", "guest"] as const) sessions[role] = await newSession(role);
  for (const role of ACCOUNTS) {
    sessions[role] = await newSession("anon");
    const data = {
      name: `Access ${role} ${run}`,
      email: emailOf(role),
      password: PASSWORD,
      role: role.toLowerCase().endsWith("instructor") ? "instructor" : "learner",
    };
    await json(await sessions[role].post("/api/auth/sign-up", { data }), 201);
  }
  // Classes are shared only with existing instructor accounts: the share rows need one.
  const spare = await newSession("anon");
  extra.push(spare);
  const spareData = { name: `Spare ${run}`, email: spareInstructorEmail(run), password: PASSWORD };
  await json(
    await spare.post("/api/auth/sign-up", { data: { ...spareData, role: "instructor" } }),
    201,
  );
  const { learner, otherLearner, instructor } = sessions;

  const created = await instructor.post("/api/instructor/classes", {
    data: { name: `Access table ${run}` },
  });
  const { class: cls } = await json<{ class: { id: string; joinCode: string } }>(created, 201);
  fixture.classId = cls.id;
  fixture.code = cls.joinCode;
  const share = { data: { email: emailOf("coInstructor") } };
  await json(await instructor.post(`/api/instructor/classes/${cls.id}/instructors`, share), 201);
  await json(await learner.post("/api/classes/join", { data: { code: cls.joinCode } }), 201);
  type Me = { user: { id: string } };
  fixture.learnerId = (await json<Me>(await learner.get("/api/me"), 200)).user.id;
  fixture.otherLearnerId = (await json<Me>(await otherLearner.get("/api/me"), 200)).user.id;

  const attempt = await learner.post("/api/attempts", { data: { lessonId: LESSON } });
  fixture.attemptId = (await json<{ attemptId: string }>(attempt, 201)).attemptId;
  const turn = await learner.post("/api/tutor", { data: { message: fixture.conversationTitle } });
  fixture.conversationId = (await json<{ conversationId: string }>(turn, 200)).conversationId;
});

test.afterAll(async () => {
  await Promise.all([...Object.values(sessions), ...extra].map((context) => context.dispose()));
});

function urlOf(row: Row): string {
  const ids: Record<string, string> = { ...fixture };
  const path = row.route.replace(/:(\w+)/g, (_param, name: string) => {
    const value = row.params?.[name] ?? ids[name];
    if (value === undefined) throw new Error(`${rowTitle(row)}: no value for :${name}`);
    return encodeURIComponent(typeof value === "string" ? value : value(fixture));
  });
  return row.query ? `${path}?${row.query(fixture)}` : path;
}

/** Asks as one role: the status (a redirect with its target path) and whether `shows` showed. */
async function ask(row: Row, role: Role): Promise<{ outcome: Outcome; shown: boolean }> {
  let context = sessions[role];
  if (row.freshSession) {
    context = await newSession(role);
    extra.push(context);
  }
  const body = typeof row.body === "function" ? row.body(fixture, role) : row.body;
  const response = await context.fetch(urlOf(row), {
    method: row.method,
    // A string body is sent as text: declared JSON, as the app's own pages send every body.
    ...(body === undefined ? {} : { data: body }),
    ...(typeof body === "string" ? { headers: { "content-type": "application/json" } } : {}),
  });
  const status = response.status();
  const location = response.headers().location;
  const outcome: Outcome =
    status >= 300 && status < 400 && location
      ? (`${status} ${new URL(location, "http://x").pathname}` as Outcome)
      : status;
  const shown = row.shows ? (await response.text()).includes(row.shows.text(fixture)) : false;
  return { outcome, shown };
}

async function askEveryone(row: Row) {
  // Reads run side by side; writes one role after another, in the order of ROLES.
  if (row.method === "GET" && !row.freshSession) {
    return Promise.all(ROLES.map((role) => ask(row, role)));
  }
  const answers = [];
  for (const role of ROLES) answers.push(await ask(row, role));
  return answers;
}

for (const row of ROWS) {
  const title = rowTitle(row);
  if (row.pending) {
    test.fixme(`${title}: pending, ${row.pending}`, () => {});
    continue;
  }
  test(title, async () => {
    const answers = await askEveryone(row);
    const seen = Object.fromEntries(ROLES.map((role, i) => [role, answers[i]?.outcome]));
    expect(seen).toEqual(row.want);
    if (row.shows) {
      expect(ROLES.filter((_role, i) => answers[i]?.shown)).toEqual(row.shows.to);
    }
  });
}
