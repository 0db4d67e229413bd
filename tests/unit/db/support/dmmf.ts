// The models as Prisma itself understands them: the DMMF, obtained by running the installed
// Prisma CLI's `generate` on a copy of schema.prisma whose only generator is dmmf-generator.mjs.
// Why this source: the generated client's runtimeDataModel lacks nullability, uniques and
// indexes, @prisma/internals (getDMMF) is not installed, and a hand-written parser would drift
// from Prisma's. The generator protocol is public and `generate` works offline
// (lib/db/README.md, "Prisma offline").
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export type DmmfDefault = string | number | boolean | { name: string; args: unknown[] };

export interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: unknown;
  default?: DmmfDefault;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
}

export interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
  primaryKey: { name: string | null; fields: string[] } | null;
}

export interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  fields: { name: string }[];
}

export interface Datamodel {
  models: DmmfModel[];
  enums: unknown[];
  indexes: DmmfIndex[];
}

const root = process.cwd();
const generator = path.join(root, "tests/unit/db/support/dmmf-generator.mjs");
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");

export function loadDatamodel(schemaPath = path.join(root, "prisma/schema.prisma")): Datamodel {
  const dir = mkdtempSync(path.join(tmpdir(), "gradient-tutor-dmmf-"));
  try {
    const models = readFileSync(schemaPath, "utf8").replace(/^generator\s+\w+\s*\{[^}]*\}/gm, "");
    const dumper = `generator dmmf {\n  provider = ${JSON.stringify(`node "${generator}"`)}\n  output   = ${JSON.stringify(dir)}\n}\n`;
    writeFileSync(path.join(dir, "schema.prisma"), `${models}\n${dumper}`);
    execFileSync(
      process.execPath,
      [prismaCli, "generate", "--schema", path.join(dir, "schema.prisma")],
      {
        // Run from the temp folder so the repo's prisma.config.ts is not picked up.
        cwd: dir,
        env: {
          ...process.env,
          // generate never runs the schema engine but wants a file there (lib/db/README.md).
          PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
        },
        stdio: ["ignore", "ignore", "pipe"],
      },
    );
    const dmmf = JSON.parse(readFileSync(path.join(dir, "dmmf.json"), "utf8")) as {
      datamodel: Datamodel;
    };
    return dmmf.datamodel;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
