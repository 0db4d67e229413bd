import { E2E_PORT } from "../../../playwright.config";
import { startServer, throwawayDatabaseUrl } from "./server";

export default async function globalSetup() {
  const server = await startServer({ port: E2E_PORT, databaseUrl: throwawayDatabaseUrl() });
  process.env.E2E_BASE_URL = server.url;
  return async () => server.stop();
}
