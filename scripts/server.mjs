/**
 * `npm start`: Next's production server behind a plain node:http listener, for one reason.
 * Next gives route handlers the request headers but not the TCP peer, and it fills in
 * X-Forwarded-For only when the client sent none, so from inside the app a client could name
 * its own address. This listener writes the socket's address into the header below (replacing
 * any header of that name the client sent); lib/http/client-address.ts reads it.
 */
import { createServer } from "node:http";

// `next start` always serves the production build as production; so does this.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

/** Keep in step with PEER_ADDRESS_HEADER in lib/http/client-address.ts. */
const PEER_ADDRESS_HEADER = "x-gradient-tutor-peer";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

const app = next({ dev: false, dir: process.cwd(), port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  handle(request, response).catch((error) => {
    console.error(`Failed to handle ${request.method} ${request.url}`, error);
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});

// Idle keep-alive connections are closed by the client side (a proxy, a browser) rather than
// here: a server closing one just as the client reuses it resets that request (ECONNRESET).
// Longer than the usual 60 s idle timeout of load balancers, as their guides ask of backends.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname ?? "localhost"}:${port}`);
});

/** As `next start` does: stop accepting, let requests in flight finish, then close Next. */
let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  server.close(() => {
    app
      .close()
      .catch((error) => console.error(error))
      .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
