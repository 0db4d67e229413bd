/**
 * What the page benches (bench:pages, bench:trace, bench:lab) repeat around their
 * measurement: their command-line options, the pages they load (signing in as the demo
 * instructor for the class page), and the production build and server they load them from.
 */
import { chromium, type Browser } from "@playwright/test";
import type { TestServer } from "@/tests/e2e/support/server";
import {
  benchPort,
  CHROMIUM_FLAGS,
  CHROMIUM_PATH,
  ensureProductionBuild,
  firstClassPath,
  signInCookie,
  startBenchServer,
} from "./bench-app";

/** The lesson every page bench loads: the course's first, with its plot and most of its math. */
export const LESSON = "why-lstm-solves-vanishing-gradients";

/** The value after `--name` on the command line, if given. */
export function benchArg(name: string): string | undefined {
  return process.argv.find((_, i) => process.argv[i - 1] === `--${name}`);
}

export function benchFlag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}

export interface BenchPage {
  name: string;
  path: string;
  /** The session cookie the page needs, for a page behind sign-in. */
  cookie?: string;
}

/** A lesson, the lab and the demo instructor's class page (signed in), in that order. */
export async function lessonLabAndClass(baseUrl: string): Promise<BenchPage[]> {
  const cookie = await signInCookie(baseUrl);
  return [
    { name: "lesson", path: `/lessons/${LESSON}` },
    { name: "lab", path: `/lab/${LESSON}` },
    { name: "instructor class", path: await firstClassPath(baseUrl, cookie), cookie },
  ];
}

/**
 * Runs `measure` against the production server on BENCH_PORT (else `fallbackPort`), building
 * first when the build is older than the sources, unless `--no-build` asks to measure the build
 * in .next as it is. The server stops however `measure` ends.
 */
export async function withBenchServer<T>(
  fallbackPort: number,
  measure: (server: TestServer) => Promise<T>,
): Promise<T> {
  if (!benchFlag("no-build")) ensureProductionBuild();
  const server = await startBenchServer(benchPort(fallbackPort));
  try {
    return await measure(server);
  } finally {
    await server.stop();
  }
}

/** Debian's Chromium, with the flags the e2e tests use. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** A bench's main: errors print and exit non-zero (a bench has no test runner to report them). */
export function runBench(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
