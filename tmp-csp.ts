import { chromium } from "@playwright/test";
import { startBenchServer, CHROMIUM_PATH, CHROMIUM_FLAGS } from "./bench/support/bench-app";
(async () => {
  const server = await startBenchServer(3415);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  page.on("console", (m) => console.log("console", m.type(), m.text().slice(0, 300)));
  await page.addInitScript({ content: "document.addEventListener('securitypolicyviolation', e => console.log('VIOLATION', e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber, e.sample))" });
  for (const p of ["/", "/lessons/why-lstm-solves-vanishing-gradients", "/lab/why-lstm-solves-vanishing-gradients"]) {
    console.log("==", p);
    await page.goto(server.url + p);
    await page.waitForTimeout(3000);
  }
  await browser.close(); await server.stop();
})();
