/**
 * `npm run bench:pages [-- --runs 3]`: a benchmark, not a test. Starts the production build on
 * a throwaway database and runs Lighthouse 12 (its default mobile settings: a Moto G Power
 * sized screen, simulated slow 4G and a 4x CPU slowdown, the same on every page and run) in
 * Debian's Chromium on home, a lesson, the lab and the instructor's class page (signed in as the
 * demo instructor, whose session cookie goes with every request). Each page runs `--runs` times;
 * the medians are printed: performance, accessibility and best-practices scores, LCP, TBT, and
 * the JavaScript sent to the browser (transfer bytes of every script, gzip as served).
 * A busy machine makes the performance score pessimistic: the load average is printed with it,
 * and so is a second table of figures that do not depend on it: the HTML document (raw and
 * gzip, and how much of it is the RSC payload, the data React hydrates from), the scripts, the
 * page's DOM elements, and the main thread's tasks over 50 ms (in Lighthouse's unthrottled
 * trace, before its 4x slowdown is simulated).
 * `--reports DIR` keeps every run's full report; `--no-build` measures the build in .next as it is.
 */
import { execFile } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { promisify } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, machineLoad, summarize } from "./support/bench-app";
import {
  benchArg,
  lessonLabAndClass,
  runBench,
  withBenchServer,
  type BenchPage,
} from "./support/bench-pages";

const RUNS = Number(benchArg("runs") ?? 3);
/** A folder to keep every run's full Lighthouse report in (JSON), to read what cost the score. */
const REPORTS = benchArg("reports");
const GOALS = { performance: 95, accessibility: 100, bestPractices: 95 };

interface Run {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  scriptBytes: number;
  scriptCount: number;
  domElements: number;
  /** Main-thread tasks over 50 ms in the observed (unthrottled) trace. */
  tasksOver50: number;
  /** Long tasks in Lighthouse's simulation (4x CPU): what TBT adds up. */
  simulatedLongTasks: number;
}

/** The HTML document as the server sends it, measured once per page outside Lighthouse. */
interface DocumentWeight {
  rawBytes: number;
  gzipBytes: number;
  /** The inline `self.__next_f.push(…)` scripts: the RSC payload. */
  payloadRawBytes: number;
  payloadGzipBytes: number;
}

const run = promisify(execFile);

/** The parts of Lighthouse's report (its "LHR") read here. */
interface Lhr {
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

interface Diagnostics {
  numTasksOver50ms?: number;
}

interface NetworkItem {
  resourceType?: string;
  transferSize?: number;
}

/**
 * The Lighthouse CLI in a plain Node process: Lighthouse sends some of its own functions to
 * the page as source text, and tsx's transform of them (a __name helper) does not exist there.
 */
async function lighthouseReport(url: string, port: number, cookie?: string): Promise<Lhr> {
  const args = [
    "node_modules/lighthouse/cli/index.js",
    url,
    `--port=${port}`,
    "--output=json",
    "--output-path=stdout",
    "--quiet",
    "--only-categories=performance,accessibility,best-practices",
  ];
  if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  if (REPORTS) {
    mkdirSync(REPORTS, { recursive: true });
    const name = new URL(url).pathname.replace(/[^a-z0-9]+/gi, "_");
    writeFileSync(join(REPORTS, `${name}-${Date.now()}.json`), stdout);
  }
  return JSON.parse(stdout) as Lhr;
}

/** Lighthouse exits non-zero on a runtime error; its report, when it wrote one, says which. */
function failedReport(error: { stdout?: string; message?: string }): Lhr {
  try {
    return JSON.parse(error.stdout ?? "") as Lhr;
  } catch {
    return { runtimeError: { message: error.message ?? "no report" }, categories: {}, audits: {} };
  }
}

/** On a loaded machine Lighthouse now and then loses its trace (NO_NAVSTART): try again. */
async function lighthouseWithRetries(url: string, port: number, cookie?: string): Promise<Lhr> {
  for (let attempt = 1; ; attempt++) {
    const lhr = await lighthouseReport(url, port, cookie).catch(failedReport);
    if (!lhr.runtimeError) return lhr;
    if (attempt === 3) throw new Error(`${url}: ${lhr.runtimeError.message}`);
    console.log(`  (Lighthouse failed: ${lhr.runtimeError.message}; running it again)`);
  }
}

async function lighthouseRun(url: string, port: number, cookie?: string): Promise<Run> {
  const lhr = await lighthouseWithRetries(url, port, cookie);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const details = lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined;
  const items = details?.items ?? [];
  const scripts = items.filter((item) => item.resourceType === "Script");
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    lcpMs: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN,
    tbtMs: lhr.audits["total-blocking-time"]?.numericValue ?? NaN,
    scriptBytes: scripts.reduce((sum, item) => sum + (item.transferSize ?? 0), 0),
    scriptCount: scripts.length,
    domElements: lhr.audits["dom-size"]?.numericValue ?? NaN,
    tasksOver50: detailItems<Diagnostics>(lhr, "diagnostics")[0]?.numTasksOver50ms ?? NaN,
    simulatedLongTasks: detailItems(lhr, "long-tasks").length,
  };
}

function detailItems<T>(lhr: Lhr, audit: string): T[] {
  return (lhr.audits[audit]?.details as { items?: T[] } | undefined)?.items ?? [];
}

const PAYLOAD_SCRIPT = /<script[^>]*>self\.__next_f\.push\([\s\S]*?<\/script>/g;

async function documentWeight(url: string, cookie?: string): Promise<DocumentWeight> {
  const response = await fetch(url, {
    headers: { accept: "text/html", ...(cookie ? { cookie } : {}) },
  });
  const html = await response.text();
  const payload = (html.match(PAYLOAD_SCRIPT) ?? []).join("");
  return {
    rawBytes: Buffer.byteLength(html),
    gzipBytes: gzipSync(html).length,
    payloadRawBytes: Buffer.byteLength(payload),
    payloadGzipBytes: gzipSync(payload).length,
  };
}

function medianRun(runs: Run[]): Run {
  const median = (pick: (run: Run) => number) => summarize(runs.map(pick)).median;
  return {
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    bestPractices: median((r) => r.bestPractices),
    lcpMs: median((r) => r.lcpMs),
    tbtMs: median((r) => r.tbtMs),
    scriptBytes: median((r) => r.scriptBytes),
    scriptCount: median((r) => r.scriptCount),
    domElements: median((r) => r.domElements),
    tasksOver50: median((r) => r.tasksOver50),
    simulatedLongTasks: median((r) => r.simulatedLongTasks),
  };
}

function printRow(name: string, r: Run, all: Run[]) {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  const perfs = all.map((run) => run.performance).join("/");
  console.log(
    `${name.padEnd(26)} ${String(r.performance).padStart(4)} (${perfs})`.padEnd(44) +
      `${String(r.accessibility).padStart(5)} ${String(r.bestPractices).padStart(5)} ` +
      `${(r.lcpMs / 1000).toFixed(1).padStart(5)} s ${r.tbtMs.toFixed(0).padStart(5)} ms ` +
      `${kib(r.scriptBytes).padStart(8)} in ${r.scriptCount} scripts`,
  );
}

function printWeightRow(name: string, r: Run, doc: DocumentWeight) {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)}`;
  console.log(
    `${name.padEnd(18)}` +
      `${kib(doc.rawBytes).padStart(7)} / ${kib(doc.gzipBytes).padStart(5)} KiB` +
      `${kib(doc.payloadRawBytes).padStart(8)} / ${kib(doc.payloadGzipBytes).padStart(5)} KiB` +
      `${kib(r.scriptBytes).padStart(8)} KiB` +
      `${kib(doc.gzipBytes + r.scriptBytes).padStart(8)} KiB` +
      `${String(r.domElements).padStart(7)}` +
      `${String(r.tasksOver50).padStart(7)}` +
      `${String(r.simulatedLongTasks).padStart(7)}`,
  );
}

async function main(baseUrl: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const pages: BenchPage[] = [{ name: "home", path: "/" }, ...(await lessonLabAndClass(baseUrl))];
    const rows: { name: string; median: Run; all: Run[]; doc: DocumentWeight }[] = [];
    for (const page of pages) {
      const doc = await documentWeight(`${baseUrl}${page.path}`, page.cookie);
      const all: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        all.push(await lighthouseRun(`${baseUrl}${page.path}`, chrome.port, page.cookie));
        console.log(`  ${page.name} run ${i + 1}/${RUNS}: performance ${all.at(-1)?.performance}`);
      }
      rows.push({ name: page.name, median: medianRun(all), all, doc });
    }
    console.log(
      `\nLighthouse 12 mobile (simulated slow 4G, 4x CPU slowdown), median of ${RUNS} runs; ${machineLoad()}`,
    );
    console.log(
      `${"page".padEnd(26)} perf (each run)`.padEnd(44) +
        `${"a11y".padStart(5)} ${"b.p.".padStart(5)} ${"LCP".padStart(7)} ${"TBT".padStart(8)}   JavaScript (transfer)`,
    );
    for (const row of rows) printRow(row.name, row.median, row.all);
    console.log(
      `\nWeight and work, independent of the load (medians; HTML measured once; KiB raw / gzip):`,
    );
    console.log(
      `${"page".padEnd(18)}${"HTML".padStart(19)}${"of it RSC payload".padStart(22)}` +
        `${"JS gzip".padStart(12)}${"HTML+JS".padStart(12)}${"DOM".padStart(7)}` +
        `${">50ms".padStart(7)}${"sim.lt".padStart(7)}`,
    );
    for (const row of rows) printWeightRow(row.name, row.median, row.doc);
    console.log(
      "(>50ms: main-thread tasks over 50 ms in the unthrottled trace; sim.lt: long tasks in " +
        "Lighthouse's 4x-slowdown simulation, which TBT adds up.)",
    );
    console.log(
      `\nGoals: performance ≥ ${GOALS.performance}, accessibility ${GOALS.accessibility}, ` +
        `best practices ≥ ${GOALS.bestPractices}.`,
    );
  } finally {
    chrome.kill();
  }
}

runBench(() => withBenchServer(3414, (server) => main(server.url)));
