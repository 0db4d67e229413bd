/** `npm run build:wasm`: regenerates lib/sim/wasm/gate-kernel.bytes.ts from gate-kernel.wat. */
import { writeFileSync } from "node:fs";
import { assembleGateKernel, BYTES_MODULE_PATH, renderBytesModule } from "./wasm/assemble";

async function main(): Promise<void> {
  const bytes = await assembleGateKernel();
  writeFileSync(BYTES_MODULE_PATH, renderBytesModule(bytes));
  process.stdout.write(`${BYTES_MODULE_PATH}: ${bytes.length} bytes of WebAssembly\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
