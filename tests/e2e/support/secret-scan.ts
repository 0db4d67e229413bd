import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/**
 * Finds secret values in files the browser can download. A value counts as secret when its
 * variable's name says so; NEXT_PUBLIC_* is public by definition and left out.
 */
export const SECRET_NAME = /SECRET|KEY|TOKEN|PASSWORD|DATABASE_URL/i;
const MIN_LENGTH = 8;

export interface Secret {
  /** Where the value came from, e.g. "process.env.AUTH_SECRET" or ".env.local: AUTH_SECRET". */
  source: string;
  value: string;
}

function isSecret(name: string, value: string | undefined): value is string {
  return (
    !name.startsWith("NEXT_PUBLIC_") &&
    SECRET_NAME.test(name) &&
    value !== undefined &&
    value.length >= MIN_LENGTH &&
    // Flags and numbers are settings, not secrets, and would match by chance.
    !/^(true|false|\d+)$/i.test(value)
  );
}

/** KEY=value lines of a dotenv file (comments, `export` and quotes handled). */
export function parseDotenv(text: string): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match?.[1]) continue;
    let value = match[2] ?? "";
    const quoted = /^(["'])(.*)\1$/.exec(value);
    value = quoted ? (quoted[2] ?? "") : value.replace(/\s+#.*$/, "");
    entries[match[1]] = value;
  }
  return entries;
}

/** Secret values from the environment and from the dotenv files Next.js would load. */
export function collectSecrets(
  env: Record<string, string | undefined>,
  root: string,
  dotenvFiles = [".env", ".env.local", ".env.production", ".env.production.local"],
): Secret[] {
  const secrets: Secret[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (isSecret(name, value)) secrets.push({ source: `process.env.${name}`, value });
  }
  for (const file of dotenvFiles) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    for (const [name, value] of Object.entries(parseDotenv(readFileSync(path, "utf8")))) {
      if (isSecret(name, value)) secrets.push({ source: `${file}: ${name}`, value });
    }
  }
  return secrets;
}

/** The ways a value can appear in a bundle: as is, JSON-escaped, URL-encoded. */
function spellings(value: string): string[] {
  return [...new Set([value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])];
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

export interface Finding {
  file: string;
  source: string;
}

/** Every (file, secret) pair where the file contains the secret; and how many files were read. */
export async function scanForSecrets(
  dir: string,
  secrets: readonly Secret[],
): Promise<{ findings: Finding[]; filesScanned: number }> {
  const needles = secrets.flatMap((secret) =>
    spellings(secret.value).map((spelling) => ({
      source: secret.source,
      bytes: Buffer.from(spelling),
    })),
  );
  const findings: Finding[] = [];
  let filesScanned = 0;
  for await (const path of filesUnder(dir)) {
    filesScanned += 1;
    const content = await readFile(path);
    for (const needle of needles) {
      if (content.includes(needle.bytes)) {
        findings.push({ file: relative(dir, path), source: needle.source });
      }
    }
  }
  return { findings, filesScanned };
}
