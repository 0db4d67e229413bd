/**
 * `npm run sim -- plot --scenario ID [--param name=value ...] [--theme light|dark] --out FILE.svg`
 * Runs one scenario and writes the standalone SVG (every panel, caption with mode and
 * parameters): the same file the lab's "Download SVG" button produces.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { describeParamRange, rejectedParamFields } from "../lib/plot";
import { renderPlotSvgString } from "../lib/plot/standalone";
import { getScenario, parseScenarioParams, scenarios } from "../lib/sim";
import type { ParamValues } from "../lib/sim/scenario-types";

const USAGE =
  "usage: sim plot --scenario ID [--param name=value ...] [--theme light|dark] --out FILE.svg";

const PlotArgs = z.object({
  scenario: z
    .string({ error: "--scenario ID is required" })
    .min(1, { error: "--scenario ID is required" }),
  out: z
    .string({ error: "--out FILE.svg is required" })
    .regex(/\.svg$/i, { error: "--out must name a .svg file" }),
  params: z.array(
    z.string().regex(/^[A-Za-z_][\w]*=/, {
      error: (iss) => `--param must look like name=value, got ${String(iss.input)}`,
    }),
  ),
  theme: z.enum(["light", "dark"], { error: "--theme must be light or dark" }).default("light"),
});
type PlotArgs = z.infer<typeof PlotArgs>;

/** --flag value and --flag=value, repeatable --param; anything else is an error. */
function tokenize(argv: string[]): Record<string, unknown> {
  const raw: { params: string[]; [flag: string]: unknown } = { params: [] };
  const args = argv[0] === "plot" ? argv.slice(1) : argv;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? "";
    const match = /^--(scenario|param|out|theme)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const [, flag = "", inline] = match;
    const value = inline ?? args[(i += 1)];
    if (value === undefined) throw new Error(`--${flag} needs a value`);
    if (flag === "param") raw.params.push(value);
    else raw[flag] = value;
  }
  return raw;
}

function parseArgs(argv: string[]): PlotArgs {
  const parsed = PlotArgs.safeParse(tokenize(argv));
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => i.message).join("; "));
  return parsed.data;
}

export async function plotCommand(argv: string[]): Promise<number> {
  let args: PlotArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    process.stderr.write(
      `sim plot: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`,
    );
    return 1;
  }

  const definition = getScenario(args.scenario);
  if (!definition) {
    const known = Object.keys(scenarios).sort().join(", ");
    process.stderr.write(
      `sim plot: unknown scenario "${args.scenario}". Known scenarios: ${known}\n`,
    );
    return 1;
  }

  const raw = Object.fromEntries(
    args.params.map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
  );
  const unknown = Object.keys(raw).filter((name) => !(name in definition.params));
  let values: ParamValues;
  try {
    if (unknown.length > 0) throw new Error("unknown parameters");
    values = parseScenarioParams(definition, raw);
  } catch (error) {
    const fields = unknown.length > 0 ? unknown : rejectedParamFields(error, definition.params);
    const lines =
      fields.length > 0
        ? fields.map(
            (f) => `--param ${f}=${String(raw[f])}: ${describeParamRange(f, definition.params)}`,
          )
        : [error instanceof Error ? error.message : String(error)];
    process.stderr.write(
      `sim plot: invalid parameters for ${definition.id}\n${lines.map((l) => `  ${l}`).join("\n")}\n`,
    );
    return 1;
  }

  try {
    const result = definition.run(values);
    const svg = renderPlotSvgString(result, {
      params: values,
      paramDefs: definition.params,
      theme: args.theme,
      title: definition.title,
    });
    await mkdir(dirname(args.out), { recursive: true });
    await writeFile(args.out, svg, "utf8");
    process.stdout.write(
      `Wrote ${args.out} (${result.panels.length} panel(s), ${svg.length} bytes)\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`sim plot: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
