import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getQuestion } from "@/lib/content";
import { instantiateQuestion } from "@/lib/learning/grading";
import {
  createLlmProvider,
  FALLBACK_NOTICE,
  llmConfigFromEnv,
  respond,
  respondStream,
  TutorLlmEnv,
  WITHHELD_NOTICE,
} from "@/lib/tutor";
import { startFakeLlm, type FakeLlm } from "../../support/fake-llm";
import { collect } from "./collect-stream";

let fake: FakeLlm;
beforeAll(async () => {
  fake = await startFakeLlm();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.mode = "normal";
  fake.requests.length = 0;
});

const provider = (timeoutMs = 1000) =>
  createLlmProvider({ baseUrl: fake.baseUrl, model: "fake-1", apiKey: "sk-test", timeoutMs });
const ASK = { message: "what is the constant error carousel?" };

describe("LLM provider and fallback", () => {
  it("answers explanations with the model, keeping retrieval's citations", async () => {
    const reply = await respond(ASK, { llm: provider() });
    expect(reply.engine).toBe("llm");
    expect(reply.reply).toMatch(/^According to /);
    expect(reply.citations[0]?.id).toBe("why-lstm-gradients-do-not-vanish-backward");
    expect(fake.requests[0]?.authorization).toBe("Bearer sk-test");
    expect(fake.requests[0]?.model).toBe("fake-1");
  });

  it("streams the model's reply in chunks, then the final reply", async () => {
    const { texts, final } = await collect(respondStream(ASK, { llm: provider() }));
    expect(fake.requests[0]?.stream).toBe(true);
    expect(final.engine).toBe("llm");
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join("").trim()).toBe(final.reply.replace(/\s+/g, " "));
  });

  it("streams built-in replies by sentence", async () => {
    const { texts, final } = await collect(respondStream(ASK));
    expect(final.engine).toBe("builtin");
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.join("")).toBe(final.reply);
  });

  it.each([
    ["slow", "times out"],
    ["error", "answers HTTP 500"],
    ["junk", "returns junk"],
  ] as const)("falls back with a notice: mode %s (the model %s)", async (mode, _why) => {
    fake.mode = mode;
    fake.slowMs = 1500;
    const started = Date.now();
    const reply = await respond(ASK, { llm: provider(200) });
    expect(reply.engine).toBe("fallback");
    expect(reply.notice).toBe(FALLBACK_NOTICE);
    expect(reply.reply).toMatch(/constant error carousel/i);
    expect(Date.now() - started).toBeLessThan(1200);
    const streamed = await collect(respondStream(ASK, { llm: provider(200) }));
    expect(streamed.final.engine).toBe("fallback");
    expect(streamed.final.notice).toBe(FALLBACK_NOTICE);
  });

  describe("with a question open", () => {
    const ID = "bptt-basics/vanishing-condition";
    const q = getQuestion(ID);
    if (!q) throw new Error("missing question");
    const inst = instantiateQuestion(q, "s1");
    const correct = inst.type === "single-choice" ? inst.options.find((o) => o.correct) : undefined;
    const ask = { message: "explain what bounds the gradient of a tanh RNN", questionId: ID };

    it("never shows the model the key or the explanation, only the public question", async () => {
      await respond(ask, { llm: provider(), attemptSeed: "s1", hintsTaken: 1 });
      const sent = JSON.stringify(fake.requests[0]?.messages ?? []);
      expect(sent).toContain(inst.prompt.slice(0, 40).replace(/\\/g, "\\\\"));
      expect(sent).not.toContain('"correct"');
      expect(sent).not.toContain(inst.explanation.slice(0, 60).replace(/\\/g, "\\\\"));
      expect(sent).toContain("Hints already shown");
    });

    it("guards a leaky model's reply, plain and streamed", async () => {
      fake.mode = "leaky";
      fake.leakText = `Easy: ${correct?.text ?? ""}. That is option A.`;
      const reply = await respond(ask, { llm: provider(), attemptSeed: "s1" });
      expect(reply.engine).toBe("fallback");
      expect(reply.notice).toBe(WITHHELD_NOTICE);
      expect(reply.reply).not.toContain(correct?.text ?? "#");
      const { texts, final } = await collect(
        respondStream(ask, { llm: provider(), attemptSeed: "s1" }),
      );
      expect(texts.join("")).not.toContain(correct?.text ?? "#");
      expect(final.notice).toBe(WITHHELD_NOTICE);
    });
  });
});

describe("TutorLlmEnv", () => {
  it("accepts all three variables or none", () => {
    expect(llmConfigFromEnv(TutorLlmEnv.parse({}))).toBeUndefined();
    const env = TutorLlmEnv.parse({
      TUTOR_LLM_BASE_URL: "http://127.0.0.1:9/v1",
      TUTOR_LLM_MODEL: "m",
      TUTOR_LLM_API_KEY: "k",
    });
    expect(llmConfigFromEnv(env)).toEqual({
      baseUrl: "http://127.0.0.1:9/v1",
      model: "m",
      apiKey: "k",
    });
  });

  it("rejects a partial configuration, naming all three", () => {
    const r = TutorLlmEnv.safeParse({ TUTOR_LLM_BASE_URL: "http://127.0.0.1:9/v1" });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(
      /TUTOR_LLM_BASE_URL, TUTOR_LLM_MODEL and TUTOR_LLM_API_KEY must be set together/,
    );
  });
});
