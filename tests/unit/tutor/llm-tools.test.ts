import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getQuestion } from "@/lib/content";
import { instantiateQuestion } from "@/lib/learning/grading";
import { createLlmProvider, respond, respondStream } from "@/lib/tutor";
import { MAX_TOOL_ROUNDS } from "@/lib/tutor/llm/agent";
import { startFakeLlm, type FakeLlm, type FakeRequest } from "../../support/fake-llm";
import { collect } from "./collect-stream";

let fake: FakeLlm;
beforeAll(async () => {
  fake = await startFakeLlm("tools");
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.mode = "tools";
  fake.toolScript = [];
  fake.requests.length = 0;
});

const llm = () =>
  createLlmProvider({ baseUrl: fake.baseUrl, model: "fake-1", apiKey: "sk-test", timeoutMs: 2000 });

const toolResults = (r: FakeRequest | undefined) =>
  (r?.messages ?? []).filter((m) => m.role === "tool").map((m) => m.content ?? "");

describe("the model with tools", () => {
  it("offers the four tools and answers from a course search it asked for", async () => {
    fake.toolScript = [
      [{ name: "search_course", arguments: { query: "constant error carousel" } }],
    ];
    const reply = await respond(
      { message: "what is the constant error carousel?" },
      { llm: llm() },
    );
    expect(fake.requests).toHaveLength(2);
    expect(fake.requests[0]?.tools?.map((t) => t.function.name)).toEqual([
      "search_course",
      "run_scenario",
      "give_hint",
      "check_draft",
    ]);
    const [result] = toolResults(fake.requests[1]);
    expect(result).toMatch(/^\[S1\] /);
    expect(result).toMatch(/carousel/i);
    expect(reply.engine).toBe("llm");
    expect(reply.reply).toMatch(/^From the course tools: \[S1\]/);
    expect(reply.citations.map((c) => c.id)).toContain("why-lstm-gradients-do-not-vanish-backward");
  });

  it("runs the scenario the model asks for and shows that plot, clamping out-of-range dials", async () => {
    fake.toolScript = [
      [
        {
          name: "run_scenario",
          arguments: {
            scenarioId: "why-lstm-solves-vanishing-gradients",
            params: { forgetBias: 99 },
          },
        },
      ],
    ];
    const reply = await respond({ message: "run the lstm with forget bias 99" }, { llm: llm() });
    const [result] = toolResults(fake.requests[1]);
    expect(result).toMatch(/^Ran .*; 99 was run as 8\./);
    expect(reply.engine).toBe("llm");
    expect(reply.plot?.scenarioId).toBe("why-lstm-solves-vanishing-gradients");
    expect(reply.plot?.params.forgetBias).toBe(8);
  });

  it("tells the model what was wrong with a bad call, and the reply still comes", async () => {
    fake.toolScript = [
      [
        {
          name: "run_scenario",
          arguments: { scenarioId: "gru-vs-lstm", params: { temperature: 2 } },
        },
        { name: "search_course", arguments: "{not json" },
        { name: "delete_everything", arguments: {} },
      ],
    ];
    const reply = await respond({ message: "show the gru against the lstm" }, { llm: llm() });
    expect(toolResults(fake.requests[1])).toEqual([
      expect.stringMatching(
        /^error: params\.temperature: not a dial of gru-vs-lstm; its dials are steps, /,
      ),
      "error: arguments must be a JSON object",
      "error: no tool named delete_everything",
    ]);
    expect(reply.engine).toBe("llm");
  });

  it("streams tool calls split over chunks, then the answer", async () => {
    fake.toolScript = [[{ name: "search_course", arguments: { query: "forget gate bias" } }]];
    const { texts, final } = await collect(
      respondStream({ message: "why does the forget gate bias matter?" }, { llm: llm() }),
    );
    expect(fake.requests[0]?.stream).toBe(true);
    expect(toolResults(fake.requests[1])[0]).toMatch(/^\[S1\] /);
    expect(final.engine).toBe("llm");
    expect(texts.join("").trim()).toBe(final.reply.replace(/\s+/g, " "));
  });

  it(`stops offering tools after ${MAX_TOOL_ROUNDS} rounds, so the model has to answer`, async () => {
    const search = [{ name: "search_course", arguments: { query: "gradient clipping" } }];
    fake.toolScript = Array.from({ length: 10 }, () => search);
    const reply = await respond({ message: "explain gradient clipping" }, { llm: llm() });
    expect(fake.requests).toHaveLength(MAX_TOOL_ROUNDS + 1);
    expect(fake.requests.at(-1)?.tools).toBeUndefined();
    expect(reply.engine).toBe("llm");
  });

  it("keeps quiz answers, calculations and off-topic replies built-in", async () => {
    fake.toolScript = [[{ name: "search_course", arguments: { query: "x" } }]];
    const offTopic = await respond({ message: "how do I make fluffy pancakes?" }, { llm: llm() });
    const calc = await respond({ message: "what is sigmoid(2)^50?" }, { llm: llm() });
    expect(offTopic.engine).toBe("builtin");
    expect(calc.engine).toBe("builtin");
    expect(fake.requests).toHaveLength(0);
  });
});

describe("tools on the learner's question never hand the model a key", () => {
  const ID = "bptt-basics/vanishing-condition";
  const question = getQuestion(ID);
  if (!question) throw new Error(`missing ${ID}`);
  const instance = instantiateQuestion(question, "s1");
  const correct =
    instance.type === "single-choice" ? instance.options.find((o) => o.correct) : undefined;
  if (!correct) throw new Error("expected a single-choice question");

  it("gives the next hint once per reply, with the app's hint effect", async () => {
    fake.toolScript = [
      [
        { name: "give_hint", arguments: {} },
        { name: "give_hint", arguments: {} },
      ],
    ];
    const reply = await respond(
      { message: "I'm stuck, can I get a hint?", questionId: ID },
      { llm: llm(), attemptSeed: "s1", hintsTaken: 0 },
    );
    const [first, second] = toolResults(fake.requests[1]);
    expect(first).toContain(`**Hint 1 of ${instance.hints.length}:**`);
    expect(second).toBe("A hint was already given in this reply.");
    expect(reply.engine).toBe("llm");
    expect(reply.effects).toEqual([{ type: "hint", questionId: ID, hintIndex: 0 }]);
  });

  it("searching for the key's own words returns lesson text without the key or the explanation", async () => {
    fake.toolScript = [[{ name: "search_course", arguments: { query: correct.text } }]];
    await respond(
      { message: "explain what bounds the gradient of a tanh RNN", questionId: ID },
      { llm: llm(), attemptSeed: "s1" },
    );
    const shown = fake.requests.flatMap((r) => r.messages.map((m) => m.content ?? "")).join("\n");
    expect(shown).toContain(instance.prompt.slice(0, 40));
    expect(shown).not.toContain(instance.explanation.slice(0, 60));
    const results = toolResults(fake.requests[1]);
    expect(results[0]).toMatch(/^\[S1\] |^No course passage/);
    for (const result of results) expect(result.includes(correct.text)).toBe(false);
  });

  it("gives formative feedback on a short-text draft, never the model answer", async () => {
    const SHORT = "why-lstm-solves-vanishing-gradients/explain-cell-path";
    expect(getQuestion(SHORT)?.type).toBe("short-text");
    fake.toolScript = [[{ name: "check_draft", arguments: {} }]];
    const draft = "the gradient just gets smaller at every step because of the weights";
    const reply = await respond(
      { message: draft, questionId: SHORT },
      { llm: llm(), attemptSeed: "s1" },
    );
    const [feedback] = toolResults(fake.requests[1]);
    expect(feedback).toMatch(/^Feedback on your draft \(not graded\):/);
    expect(reply.engine).toBe("llm");
    expect(reply.intent).toBe("feedback");
  });
});
