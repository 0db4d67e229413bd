// A Prisma generator that only writes the DMMF it is given to `dmmf.json` in its output
// folder. It speaks the generator protocol of @prisma/generator-helper by hand (JSON-RPC:
// requests on stdin, answers on stderr) because that package is not installed.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

const answer = (id, result) =>
  process.stderr.write(`${JSON.stringify({ jsonrpc: "2.0", id, result })}\n`);

createInterface({ input: process.stdin }).on("line", (line) => {
  const message = JSON.parse(line);
  if (message.method === "getManifest") {
    answer(message.id, { manifest: { prettyName: "DMMF dump", requiresEngines: [] } });
  } else if (message.method === "generate") {
    const output = message.params.generator.output.value;
    writeFileSync(path.join(output, "dmmf.json"), JSON.stringify(message.params.dmmf));
    answer(message.id, null);
  }
});
