import { expect, test } from "@playwright/test";
import { createPgCluster, pgClusterAvailable } from "../support/pg-cluster";
import { dropSchema, pgAvailable, pgUrl, uniqueSchemaName } from "../support/pg-server";
import { HttpLearner } from "../support/load/http-learner";
import { checkStored, sqliteIntegrity } from "../support/load/stored";
import { LOAD_PASSWORD, runLoad, type LoadResult } from "../support/load/run-load";
import { startServer, throwawayDatabaseUrl, type TestServer } from "./support/server";

/**
 * The load and fault runs of `npm run bench:load`, in short form: real servers (the production
 * build), real HTTP, real databases. Each test has its own servers, ports and database, so the
 * kills and restarts here disturb no other spec. No browser is needed.
 */
const PORT = Number(process.env.E2E_FAULT_PORT ?? 3140);
const tag = (name: string) =>
  `${name}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Every answer submit got 201 (or 200 for a retried one) or a retryable 503: never a 500. */
function expectNoServerErrors(result: LoadResult, allowed: string[] = ["200", "201"]) {
  expect(result.unexpected).toEqual([]);
  for (const status of Object.keys(result.outcomes)) expect(allowed).toContain(status);
}

test.describe.configure({ timeout: 180_000 });

test("SQLite, one instance: every acknowledged answer is stored", async () => {
  const server = await startServer({ port: PORT, databaseUrl: throwawayDatabaseUrl() });
  try {
    const runTag = tag("sqlite");
    const result = await runLoad({
      baseUrls: [server.url],
      learners: 8,
      durationMs: 3000,
      tag: runTag,
    });
    expectNoServerErrors(result);
    expect(result.acknowledged.length).toBeGreaterThan(30);
    const check = await checkStored(server.databaseUrl, runTag, result.acknowledged);
    expect(check.missing).toEqual([]);
    expect(check.stored).toBe(check.acknowledged);
  } finally {
    await server.stop();
  }
});

test("PostgreSQL, two instances: shared sessions, limits and answers", async () => {
  test.skip(!(await pgAvailable()) && !process.env.CI, "PostgreSQL is not running here");
  const schema = uniqueSchemaName("e2e_two");
  const databaseUrl = pgUrl(schema);
  const servers: TestServer[] = [];
  try {
    servers.push(await startServer({ port: PORT + 1, databaseUrl }));
    servers.push(await startServer({ port: PORT + 2, databaseUrl }));
    const [a, b] = servers.map((s) => s.url) as [string, string];

    await test.step("a session made on one instance works on the other, and ends on both", async () => {
      const onA = new HttpLearner(a, `${tag("session")}@example.com`);
      await onA.signUp(LOAD_PASSWORD);
      const onB = onA.on(b);
      expect((await onB.get("/api/me")).status).toBe(200);
      expect((await onB.post("/api/auth/sign-out", {})).status).toBeLessThan(400);
      expect((await onA.get("/api/me")).status).toBe(401);
    });

    await test.step("failed sign-ins count across instances", async () => {
      const email = `${tag("limit")}@example.com`;
      await new HttpLearner(a, email).signUp(LOAD_PASSWORD);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) {
        const client = new HttpLearner(i % 2 ? a : b, email);
        statuses.push(
          (await client.post("/api/auth/sign-in", { email, password: "wrong-password" })).status,
        );
      }
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      expect(statuses[5]).toBe(429);
    });

    await test.step("learners spread over both instances: acknowledged = stored", async () => {
      const runTag = tag("pg2");
      const result = await runLoad({
        baseUrls: [a, b],
        learners: 8,
        durationMs: 3000,
        tag: runTag,
      });
      expectNoServerErrors(result);
      expect(result.acknowledged.length).toBeGreaterThan(20);
      const check = await checkStored(databaseUrl, runTag, result.acknowledged);
      expect(check.missing).toEqual([]);
      expect(check.stored).toBe(check.acknowledged);
    });
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await dropSchema(schema).catch(() => undefined);
  }
});

test("kill -9 in the middle of a load run: acknowledged answers survive, learners resume", async () => {
  const databaseUrl = throwawayDatabaseUrl();
  let server = await startServer({ port: PORT + 3, databaseUrl });
  const runTag = tag("crash");
  const stop = new AbortController();
  let result: LoadResult | undefined;
  try {
    const load = runLoad({
      baseUrls: [server.url],
      learners: 8,
      durationMs: 20_000,
      tag: runTag,
      signal: stop.signal,
      onStart: () => {
        setTimeout(() => {
          void server.kill().then(() => stop.abort());
        }, 1500);
      },
    });
    result = await load;
    expect(result.acknowledged.length).toBeGreaterThan(10);

    server = await startServer({ port: PORT + 3, databaseUrl });
    const check = await checkStored(databaseUrl, runTag, result.acknowledged);
    // Answers in flight at the kill may be stored without having been acknowledged; never the
    // other way round.
    expect(check.missing).toEqual([]);
    expect(check.stored).toBeGreaterThanOrEqual(check.acknowledged);
    expect(sqliteIntegrity(databaseUrl)).toBe("ok");

    const learner = result.learners[0]?.on(server.url);
    if (!learner) throw new Error("no learner");
    expect((await learner.get("/api/me")).status).toBe(200);
    const last = result.acknowledged.filter((a) => a.email === learner.email).at(-1);
    if (!last) throw new Error("the first learner had no acknowledged answer");
    const view = await learner.get<{ attemptId: string; current: unknown }>(
      `/api/attempts/${last.attemptId}`,
    );
    expect(view.status).toBe(200);
    expect(view.body.attemptId).toBe(last.attemptId);
  } finally {
    await server.stop();
  }
});

test("PostgreSQL stopped and started during use: retryable 503s, then service resumes", async () => {
  test.skip(!pgClusterAvailable() && !process.env.CI, "PostgreSQL binaries are not installed");
  const cluster = createPgCluster(PORT + 50);
  let server: TestServer | undefined;
  try {
    server = await startServer({ port: PORT + 4, databaseUrl: cluster.url });
    const runTag = tag("pgdown");
    let restartedAt = Number.POSITIVE_INFINITY;
    const result = await runLoad({
      baseUrls: [server.url],
      learners: 6,
      durationMs: 7000,
      tag: runTag,
      onStart: () => {
        setTimeout(() => {
          cluster.stop();
          setTimeout(() => {
            cluster.start();
            restartedAt = Date.now();
          }, 2000);
        }, 1500);
      },
    });
    // Every failure was recognised as the outage it was (a 500 logs "Unhandled error").
    const log = server.output();
    expect(log.slice(log.indexOf("Unhandled error"))).not.toContain("Unhandled error");
    // While the database was down the app answered 503 (the driver retried each after a pause).
    expect(result.outcomes["503"] ?? 0).toBeGreaterThan(0);
    expectNoServerErrors(result, ["200", "201", "503"]);
    expect(result.acknowledged.filter((a) => a.at > restartedAt).length).toBeGreaterThan(5);
    const check = await checkStored(cluster.url, runTag, result.acknowledged);
    expect(check.missing).toEqual([]);
    expect(check.stored).toBe(check.acknowledged);
  } finally {
    await server?.stop();
    cluster.destroy();
  }
});
