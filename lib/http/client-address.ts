import { BlockList, isIP } from "node:net";
import { z } from "zod";

/**
 * Which network address a request counts against in the rate limits.
 *
 * X-Forwarded-For is whatever the client wrote, plus one entry appended by each proxy on the
 * way; only entries written by proxies we run can be believed. So by default the address is
 * the TCP peer (`npm start` passes it to the app in PEER_ADDRESS_HEADER, see
 * scripts/server.mjs), and X-Forwarded-For is ignored. With TRUSTED_PROXIES the chain
 * "X-Forwarded-For entries, then the peer" is read from the right, skipping our own proxies:
 * either a number of hops, or the proxies' address ranges; the first address not skipped is
 * the client. Entries left of it are the client's own words and never matter.
 */

/** Written by scripts/server.mjs from the socket, replacing any header of that name sent in. */
export const PEER_ADDRESS_HEADER = "x-gradient-tutor-peer";

/** When the app runs without scripts/server.mjs (`next dev`), every client is this one address. */
export const UNKNOWN_PEER = "unknown";

/** Longer than any IPv6 address with a zone; the key built from it is indexed. */
const MAX_ADDRESS_CHARS = 64;

export type TrustedProxies =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "ranges"; ranges: BlockList; text: string };

/** "::ffff:10.0.0.1" (an IPv4 client of a dual-stack socket) is 10.0.0.1. */
function normalise(address: string): string {
  const trimmed = address.trim().replace(/^\[(.*)\](:\d+)?$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return (mapped?.[1] ?? trimmed).toLowerCase();
}

function parseRange(text: string, ranges: BlockList): string | null {
  const [address = "", prefixText, ...rest] = text.trim().split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return `"${text.trim()}" is not an address or CIDR range`;
  const type = family === 4 ? "ipv4" : "ipv6";
  const max = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max || prefixText === "") {
    return `"${text.trim()}" has a prefix length outside 0–${max}`;
  }
  ranges.addSubnet(address, prefix, type);
  return null;
}

/**
 * TRUSTED_PROXIES: unset or empty for none, a hop count (1 = one proxy in front of the app),
 * or a comma-separated list of proxy addresses and CIDR ranges (10.0.0.0/8, ::1).
 */
export const TrustedProxiesSetting = z
  .string()
  .optional()
  .transform((raw, context): TrustedProxies => {
    const text = (raw ?? "").trim();
    if (text === "" || text === "0") return { kind: "none" };
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops > 20) {
        context.addIssue({ code: "custom", message: "a hop count is at most 20" });
        return z.NEVER;
      }
      return { kind: "hops", hops };
    }
    const ranges = new BlockList();
    for (const part of text.split(",")) {
      const problem = parseRange(part, ranges);
      if (problem) {
        context.addIssue({
          code: "custom",
          message: `${problem}; expected a hop count (like 1) or addresses/CIDR ranges (like 10.0.0.0/8,::1)`,
        });
        return z.NEVER;
      }
    }
    return { kind: "ranges", ranges, text };
  });

function isTrustedRange(address: string, ranges: BlockList): boolean {
  const family = isIP(address);
  return family !== 0 && ranges.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** The address to count a request against, from its headers (see the comment at the top). */
export function clientAddressOf(headers: Headers, trusted: TrustedProxies): string {
  const peer = normalise(headers.get(PEER_ADDRESS_HEADER) ?? "") || UNKNOWN_PEER;
  let address = peer;
  if (trusted.kind !== "none" && peer !== UNKNOWN_PEER) {
    const forwarded = (headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map(normalise)
      .filter((entry) => entry !== "");
    const chain = [...forwarded, peer];
    if (trusted.kind === "hops") {
      address = chain[Math.max(0, chain.length - 1 - trusted.hops)] ?? peer;
    } else {
      let at = chain.length - 1;
      while (at > 0 && isTrustedRange(chain[at] ?? "", trusted.ranges)) at -= 1;
      address = chain[at] ?? peer;
    }
  }
  // The rate-limit keys are indexed, and PostgreSQL refuses index entries past about 2.7 kB.
  return address.slice(0, MAX_ADDRESS_CHARS);
}
