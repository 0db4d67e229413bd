import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  callApi,
  NETWORK_ERROR,
  pathOf,
  UNREADABLE_RESPONSE,
} from "@/lib/contracts/fetch";
import { quizContracts } from "@/lib/contracts/quiz";

const hint = { hint: "Look at the product.", hintIndex: 0, hintsLeft: 1 };
const body = { attemptId: "a1", questionId: "l/q", hintIndex: 0 };

function answer(status: number, json: unknown) {
  const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(json), { status })));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(ApiError);
      return error as ApiError;
    },
  );

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("callApi: the one typed fetch of the browser", () => {
  it("sends the contract's method and JSON body and returns the parsed answer", async () => {
    const fetch = answer(200, { ...hint, extra: "dropped" });
    await expect(callApi(quizContracts.hint, { body })).resolves.toEqual(hint);
    expect(fetch).toHaveBeenCalledWith(
      "/api/hints",
      expect.objectContaining({ method: "POST", body: JSON.stringify(body) }),
    );
  });

  it("fills path parameters, encoded", () => {
    expect(pathOf("/api/attempts/:attemptId", { attemptId: "a/b c" })).toBe(
      "/api/attempts/a%2Fb%20c",
    );
    expect(() => pathOf("/api/attempts/:attemptId")).toThrow(/attemptId/);
  });

  it("rejects an answer that does not match the response schema", async () => {
    answer(200, { hint: 3 });
    const error = await failure(callApi(quizContracts.hint, { body }));
    expect(error.message).toBe(UNREADABLE_RESPONSE);
  });

  it("carries the server's message and field errors on an error status", async () => {
    answer(422, { error: "hintIndex: too far", fields: { hintIndex: "too far" } });
    const error = await failure(callApi(quizContracts.hint, { body }));
    expect(error).toMatchObject({
      status: 422,
      message: "hintIndex: too far",
      fields: { hintIndex: "too far" },
    });
  });

  it("names the status when the error body is not ours", async () => {
    answer(502, "<html>");
    const error = await failure(callApi(quizContracts.hint, { body }));
    expect(error.message).toBe("The server answered 502.");
  });

  it("reports an unreachable network as status 0", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.reject(new TypeError("Failed to fetch"))),
    );
    const error = await failure(callApi(quizContracts.hint, { body }));
    expect(error).toMatchObject({ status: 0, message: NETWORK_ERROR });
  });
});
