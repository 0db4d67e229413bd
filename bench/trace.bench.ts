/**
 * `npm run bench:trace [-- --runs 5 --no-build]`: a benchmark, not a test. Loads a lesson, the
 * lab and the instructor's class page in Debian's Chromium as a phone (Lighthouse's mobile
 * screen and user agent) with the CPU slowed down 4x, records a performance trace of each
 * load, and prints the main thread's longest task and the blocking time (each task's time over
 * 50 ms, summed) from navigation until the page is quiet. Unlike Lighthouse's simulated TBT,
 * these are measured, so they move less with the machine's load (printed with them).
 * `--no-build` measures the build in .next as it is, even when the sources are newer.
 */
import type { Browser } from "@playwright/test";
import { machineLoad, summarize } from "./support/bench-app";
import {
  benchArg,
  launchChromium,
  lessonLabAndClass,
  runBench,
  withBenchServer,
} from "./support/bench-pages";

const RUNS = Number(benchArg("runs") ?? 5);
/** Lighthouse 12's mobile emulation: a Moto G Power. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  userAgent:
    "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Mobile Safari/537.36",
};
const CPU_SLOWDOWN = 4;
/** The page counts as loaded when no long task has started for this long. */
const QUIET_MS = 3000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

interface Load {
  longestMs: number;
  blockingMs: number;
  tasksOver50: number;
}

/** Top-level tasks on every renderer main thread in a trace. */
function mainThreadTasks(events: TraceEvent[]): number[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter(
      (e) =>
        e.ph === "X" &&
        (e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask") &&
        mainThreads.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => (e.dur ?? 0) / 1000);
}

async function traceLoad(browser: Browser, url: string, cookie?: string): Promise<Load> {
  const context = await browser.newContext(PHONE);
  if (cookie) {
    await context.setExtraHTTPHeaders({ cookie });
  }
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  await browser.startTracing(page, {
    categories: ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline"],
  });
  await page.goto(url, { waitUntil: "load" });
  await page.waitForTimeout(QUIET_MS);
  const buffer = await browser.stopTracing();
  await context.close();
  const { traceEvents } = JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] };
  const tasks = mainThreadTasks(traceEvents);
  const long = tasks.filter((ms) => ms > 50);
  return {
    longestMs: Math.max(0, ...tasks),
    blockingMs: long.reduce((sum, ms) => sum + ms - 50, 0),
    tasksOver50: long.length,
  };
}

async function measure(browser: Browser, baseUrl: string): Promise<string[]> {
  const rows: string[] = [];
  for (const page of await lessonLabAndClass(baseUrl)) {
    // One load first to warm the server's caches and compiled routes.
    await traceLoad(browser, `${baseUrl}${page.path}`, page.cookie);
    const loads: Load[] = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(await traceLoad(browser, `${baseUrl}${page.path}`, page.cookie));
    }
    const median = (pick: (load: Load) => number) => summarize(loads.map(pick)).median;
    const each = loads.map((l) => Math.round(l.longestMs)).join(", ");
    rows.push(
      `${page.name.padEnd(18)}${`${Math.round(median((l) => l.longestMs))} ms`.padStart(10)}` +
        `${`${Math.round(median((l) => l.blockingMs))} ms`.padStart(12)}` +
        `${String(median((l) => l.tasksOver50)).padStart(8)}   (${each})`,
    );
  }
  return rows;
}

runBench(() =>
  withBenchServer(3415, async (server) => {
    const browser = await launchChromium();
    try {
      const rows = await measure(browser, server.url);
      console.log(
        `\nMain thread on a phone (412 px, mobile user agent, CPU ${CPU_SLOWDOWN}x slower), ` +
          `median of ${RUNS} loads; ${machineLoad()}`,
      );
      console.log(
        `${"page".padEnd(18)}${"longest".padStart(10)}${"blocking".padStart(12)}${">50ms".padStart(8)}   (longest, each load)`,
      );
      for (const row of rows) console.log(row);
    } finally {
      await browser.close();
    }
  }),
);
