import { describe, expect, it } from "vitest";
import { z } from "zod";
import { jsonRoute, route } from "@/lib/http/route";

const handled = jsonRoute(z.object({}).loose(), () => Promise.resolve(Response.json({ ok: 1 })));
const bare = route(() => Promise.resolve(new Response(null, { status: 204 })));
const HOST = "app.example.test";

function request(method: string, headers: Record<string, string>, body?: string) {
  return new Request(`http://${HOST}/api/x`, {
    method,
    headers: { host: HOST, ...headers },
    ...(body === undefined ? {} : { body }),
  });
}

describe("the JSON API refuses cross-site state changes", () => {
  it.each([
    ["a text/plain form body", { "content-type": "text/plain" }],
    ["a urlencoded form body", { "content-type": "application/x-www-form-urlencoded" }],
    ["a multipart form body", { "content-type": "multipart/form-data; boundary=x" }],
    ["no Content-Type at all (a no-cors fetch)", {}],
  ])("POST with %s is a 415 naming the header", async (_label, headers) => {
    const response = await handled(request("POST", headers, '{"a":1}'));
    expect(response.status).toBe(415);
    const json = (await response.json()) as { error: string; fields: Record<string, string> };
    expect(json.error).toMatch(/Content-Type: application\/json/);
    expect(json.fields).toEqual({ "content-type": "must be application/json" });
  });

  it.each([
    ["another origin", { origin: "https://evil.example" }],
    ["a sibling port", { origin: `http://${HOST}:8080` }],
    ["an opaque origin", { origin: "null" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
  ])("JSON from %s is a 403 with a message", async (_label, headers) => {
    const json = { "content-type": "application/json", ...headers };
    for (const call of [handled(request("POST", json, "{}")), bare(request("DELETE", json))]) {
      const response = await call;
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: string }).error).toMatch(/another site/);
    }
  });

  it.each([
    ["this origin", { origin: `http://${HOST}` }],
    ["no Origin (curl, scripts)", {}],
    ["Sec-Fetch-Site: same-origin", { "sec-fetch-site": "same-origin", origin: `http://${HOST}` }],
    [
      "the host a proxy says it served",
      { origin: "https://tutor.school.test", "x-forwarded-host": "tutor.school.test" },
    ],
  ])("JSON from %s passes", async (_label, headers) => {
    const response = await handled(
      request("POST", { "content-type": "application/json; charset=utf-8", ...headers }, "{}"),
    );
    expect(response.status).toBe(200);
  });

  it("lets reads and a bare DELETE through, but not a DELETE with a form body", async () => {
    expect((await bare(request("GET", { "sec-fetch-site": "none" }))).status).toBe(204);
    expect((await bare(request("DELETE", {}))).status).toBe(204);
    const form = request("DELETE", { "content-type": "text/plain" }, "x");
    expect((await bare(form)).status).toBe(415);
  });
});
