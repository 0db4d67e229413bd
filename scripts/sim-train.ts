/**
 * `sim train` and `sim reproduce` (lib/sim/train).
 *   sim train --task adding --model lstm --lag 50 --hidden 16 --iterations 2000 --seed 1
 *   sim reproduce [--seeds 10]
 * Flags are the fields of TrainSpec in kebab-case (--forget-bias, --stop-when-solved) plus
 * --every (points per curve block). Bad flags: a message naming the flag and exit code 2.
 */
import { SimInputError, type SimIssue } from "../lib/sim";
import { REPRODUCTION, reproduceRow, trainReport } from "../lib/sim/train";

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
const camel = (s: string) => s.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const STRING_FLAGS = new Set(["task", "model", "optimizer"]);

function parseFlags(args: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const m = /^--([a-z0-9-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new SimInputError([{ path: arg, message: "expected a flag like --lag 50" }]);
    const name = m[1] ?? "";
    const value = m[2] ?? args[++i];
    if (value === undefined)
      throw new SimInputError([{ path: `--${name}`, message: "needs a value" }]);
    const key = camel(name);
    if (STRING_FLAGS.has(key)) out[key] = value;
    else if (value === "true" || value === "false") out[key] = value === "true";
    else out[key] = value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : value;
  }
  return out;
}

/** Re-labels spec issues with the flag that carries the field. */
function asFlags(e: unknown): never {
  if (e instanceof SimInputError) {
    throw new SimInputError(
      e.issues.map((i): SimIssue => ({ ...i, path: i.path ? `--${kebab(i.path)}` : i.path })),
    );
  }
  throw e;
}

function print(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}

export function trainCommand(command: "train" | "reproduce", args: string[]): number {
  const flags = parseFlags(args);
  if (command === "train") {
    const { every, ...spec } = flags;
    if (every !== undefined && !(Number.isInteger(every) && (every as number) >= 1))
      throw new SimInputError([
        { path: "--every", message: `must be an integer >= 1, got ${JSON.stringify(every)}` },
      ]);
    let report;
    try {
      report = trainReport(spec, every as number | undefined);
    } catch (e) {
      asFlags(e);
    }
    print(report);
    return 0;
  }
  const { seeds, ...rest } = flags;
  if (Object.keys(rest).length > 0)
    throw new SimInputError([
      {
        path: `--${kebab(Object.keys(rest)[0]!)}`,
        message: "unknown flag (reproduce takes --seeds N)",
      },
    ]);
  const n = seeds ?? 10;
  if (!(Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 100))
    throw new SimInputError([
      { path: "--seeds", message: `must be an integer in [1, 100], got ${JSON.stringify(n)}` },
    ]);
  const list = Array.from({ length: n as number }, (_, i) => i + 1);
  const rows = REPRODUCTION.map((cell) => reproduceRow(cell, list));
  print({
    settings:
      "adam, learning rate 0.01, batch 32, no clipping, forget bias 1, stop at the first solved iteration",
    rows: rows.map((r) => ({
      task: r.task,
      lag: r.lag,
      model: r.model,
      hidden: r.hidden,
      iterations: r.iterations,
      solved: `${r.solved}/${r.seeds.length}`,
      solvedAt: r.solvedAt,
      seconds: r.seconds,
    })),
  });
  return 0;
}
