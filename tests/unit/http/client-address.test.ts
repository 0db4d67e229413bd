import { describe, expect, it } from "vitest";
import {
  clientAddressOf,
  PEER_ADDRESS_HEADER,
  TrustedProxiesSetting,
  UNKNOWN_PEER,
} from "@/lib/http/client-address";

const trusted = (value?: string) => TrustedProxiesSetting.parse(value);
const headers = (peer: string | null, forwarded?: string) => {
  const h = new Headers();
  if (peer !== null) h.set(PEER_ADDRESS_HEADER, peer);
  if (forwarded !== undefined) h.set("x-forwarded-for", forwarded);
  return h;
};

describe("the address a request counts against", () => {
  it("is the socket's by default, whatever X-Forwarded-For says", () => {
    expect(clientAddressOf(headers("203.0.113.9", "1.2.3.4"), trusted())).toBe("203.0.113.9");
    expect(clientAddressOf(headers("::ffff:127.0.0.1", "1.2.3.4"), trusted(""))).toBe("127.0.0.1");
  });

  it("is one shared unknown address without the socket's (never the client's own word)", () => {
    expect(clientAddressOf(headers(null, "1.2.3.4"), trusted("1"))).toBe(UNKNOWN_PEER);
  });

  it("with a hop count, is the entry that many hops left of the socket", () => {
    const chain = headers("10.0.0.2", "6.6.6.6, 198.51.100.7");
    expect(clientAddressOf(chain, trusted("1"))).toBe("198.51.100.7");
    const twoProxies = headers("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1");
    expect(clientAddressOf(twoProxies, trusted("2"))).toBe("198.51.100.7");
    // A chain shorter than the hops ends at its left-most entry.
    expect(clientAddressOf(headers("10.0.0.2"), trusted("3"))).toBe("10.0.0.2");
  });

  it("with ranges, is the right-most address outside them", () => {
    const proxies = trusted("10.0.0.0/8, ::1");
    expect(clientAddressOf(headers("::1", "6.6.6.6, 198.51.100.7, 10.1.2.3"), proxies)).toBe(
      "198.51.100.7",
    );
    // Not from a trusted proxy: its X-Forwarded-For is ignored.
    expect(clientAddressOf(headers("198.51.100.8", "6.6.6.6"), proxies)).toBe("198.51.100.8");
  });

  it("is cut to 64 characters (the rate-limit keys are indexed)", () => {
    expect(clientAddressOf(headers("10.0.0.1", "a".repeat(3000)), trusted("1"))).toHaveLength(64);
  });
});

describe("TRUSTED_PROXIES", () => {
  it.each([
    ["", "none"],
    ["0", "none"],
    ["2", "hops"],
    ["10.0.0.0/8,192.168.1.1, fd00::/8", "ranges"],
  ])("%j is %s", (value, kind) => {
    expect(trusted(value).kind).toBe(kind);
  });

  it.each(["10.0.0.0/33", "proxy.internal", "1.2.3.4/x", "21", "10.0.0.0/8,,"])(
    "refuses %j with what it expects",
    (value) => {
      const result = TrustedProxiesSetting.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/hop count|prefix|CIDR/);
    },
  );
});
