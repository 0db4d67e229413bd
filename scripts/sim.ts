/**
 * The simulation CLI.
 *   npm run --silent sim -- trace --spec FILE      (FILE may be "-" for stdin)
 *   npm run --silent sim -- run --scenario ID [--param name=value ...]
 *   npm run --silent sim -- list
 *   npm run --silent sim -- plot ...               (scripts/sim-plot.ts, lib/plot)
 *   npm run --silent sim -- train ... | reproduce  (scripts/sim-train.ts, lib/sim/train)
 * stdout carries only the result JSON; every error goes to stderr with a non-zero exit:
 * 2 for bad input (the message names the field and the allowed range), 1 for anything else.
 */
import { readFile } from "node:fs/promises";
import { runScenario, scenarios, SimInputError, trace } from "../lib/sim";

const USAGE = `usage:
  sim trace --spec FILE                      run a trace spec (JSON file, or - for stdin)
  sim run --scenario ID [--param name=value ...]
  sim list                                   scenario ids, titles and lessons
  sim plot --scenario ID [--param name=value ...] --out FILE.svg
  sim train [--task adding|remember-bit|temporal-order] [--model lstm|lstm-1997|gru|rnn|irnn]
            [--lag N] [--hidden N] [--iterations N] [--seed N] ...   (lib/sim/train/README.md)
  sim reproduce [--seeds N]                  adding problem: solved seeds per lag and model`;

class UsageError extends Error {}

function flags(args: string[], allowed: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!m || !allowed.includes(m[1] ?? ""))
      throw new UsageError(`unexpected argument ${JSON.stringify(arg)}`);
    const name = m[1] ?? "";
    const value = m[2] ?? args[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

async function readSpec(path: string): Promise<unknown> {
  let text: string;
  try {
    text = path === "-" ? await readStdin() : await readFile(path, "utf8");
  } catch (e) {
    throw new UsageError(
      `--spec: cannot read ${JSON.stringify(path)} (${e instanceof Error ? e.message : String(e)})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new SimInputError([
      { path: "spec", message: `not valid JSON (${e instanceof Error ? e.message : String(e)})` },
    ]);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function print(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "trace": {
      const spec = flags(rest, ["spec"]).get("spec");
      if (!spec || spec.length !== 1) throw new UsageError("trace needs exactly one --spec FILE");
      print(trace(await readSpec(spec[0] ?? "")));
      return 0;
    }
    case "run": {
      const f = flags(rest, ["scenario", "param"]);
      const id = f.get("scenario");
      if (!id || id.length !== 1) throw new UsageError("run needs exactly one --scenario ID");
      const params: Record<string, string> = {};
      for (const p of f.get("param") ?? []) {
        const eq = p.indexOf("=");
        if (eq <= 0)
          throw new UsageError(`--param must look like name=value, got ${JSON.stringify(p)}`);
        params[p.slice(0, eq)] = p.slice(eq + 1);
      }
      print(runScenario(id[0] ?? "", params));
      return 0;
    }
    case "list":
      print(
        Object.values(scenarios).map((s) => ({ id: s.id, title: s.title, lessonId: s.lessonId })),
      );
      return 0;
    case "plot": {
      let mod: { plotCommand(argv: string[]): Promise<number> };
      try {
        mod = await import("./sim-plot");
      } catch (e) {
        process.stderr.write(
          `sim plot: the plot module scripts/sim-plot.ts could not be loaded (${e instanceof Error ? e.message : String(e)}).\n`,
        );
        return 1;
      }
      return mod.plotCommand(rest);
    }
    case "train":
    case "reproduce":
      return (await import("./sim-train")).trainCommand(command, rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stderr.write(USAGE + "\n");
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command)}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof SimInputError) {
      process.stderr.write(
        `error: ${e.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("\n  ")}\n`,
      );
      process.exitCode = 2;
    } else if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n${USAGE}\n`);
      process.exitCode = 2;
    } else {
      process.stderr.write(`error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    }
  },
);
