import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from "@/lib/http/body";
import { jsonRoute } from "@/lib/http/route";

const echo = jsonRoute(z.object({ name: z.string() }).loose(), (input) =>
  Promise.resolve(Response.json(input)),
);

async function send(body: BodyInit, headers: Record<string, string> = {}) {
  const init: RequestInit & { duplex?: "half" } = {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  };
  if (body instanceof ReadableStream) init.duplex = "half";
  const response = await echo(new Request("http://localhost/x", init));
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

function chunked(text: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  return new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 1000)
        controller.enqueue(bytes.slice(at, at + 1000));
      controller.close();
    },
  });
}

describe("jsonRoute body limits", () => {
  it("refuses a declared Content-Length over the limit with 413 naming it", async () => {
    const { status, json } = await send("{}", { "content-length": String(MAX_BODY_BYTES + 1) });
    expect(status).toBe(413);
    expect(json.error).toMatch(/64 KiB/);
    expect(json.fields).toEqual({ body: "must be at most 64 KiB" });
  });

  it("counts a chunked body, which announces no length", async () => {
    const big = JSON.stringify({ name: "x".repeat(MAX_BODY_BYTES) });
    expect((await send(chunked(big))).status).toBe(413);
    expect((await send(chunked(JSON.stringify({ name: "ok" })))).status).toBe(200);
  });

  it("counts bytes, not characters", async () => {
    const name = "é".repeat(MAX_BODY_BYTES / 2);
    expect((await send(chunked(JSON.stringify({ name })))).status).toBe(413);
  });

  it("takes a body just under the limit", async () => {
    const name = "x".repeat(MAX_BODY_BYTES - 20);
    expect((await send(JSON.stringify({ name }))).status).toBe(200);
  });

  it.each([
    [
      "deep nesting",
      `{"name":"a","x":${"[".repeat(MAX_JSON_DEPTH + 1)}${"]".repeat(MAX_JSON_DEPTH + 1)}}`,
    ],
    ["very deep nesting", "[".repeat(60_000)],
    ["__proto__", '{"name":"a","__proto__":{"polluted":true}}'],
    ["constructor", '{"name":"a","constructor":{"prototype":{"polluted":true}}}'],
    ["a nested __proto__", '{"name":"a","x":{"__proto__":{"polluted":true}}}'],
    ["a NUL character", '{"name":"a\\u0000b"}'],
    ["malformed JSON", '{"name":'],
  ])("answers %s with a 400 that names the problem", async (_label, body) => {
    const { status, json } = await send(body);
    expect(status).toBe(400);
    expect(typeof json.error).toBe("string");
    expect(Object.keys(json.fields as object).length).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("keeps strings that merely mention the keys", async () => {
    const { status, json } = await send('{"name":"__proto__ constructor"}');
    expect(status).toBe(200);
    expect(json.name).toBe("__proto__ constructor");
  });
});
