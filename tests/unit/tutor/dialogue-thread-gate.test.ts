/**
 * The gate between a casual follow-up and an off-topic question mid-thread: words that name no
 * subject (slang, time adverbs, "like i'm 10") keep a turn on the thread, a thing the course
 * never covers keeps it off; and a terse follow-up leaves the thread's lesson where its questions
 * put it.
 */
import { describe, expect, it } from "vitest";
import { foreignWords } from "@/lib/tutor/dialogue/foreign";
import { followUpOf, leansOnThread, resolvePronoun } from "@/lib/tutor/dialogue/followup";
import { advance, emptyState } from "@/lib/tutor/dialogue/state";
import type { TutorReply } from "@/lib/tutor";
import { lastReply } from "./thread";

describe("words that name a subject the course does not cover", () => {
  it.each([
    ["could it bake bread?", "bread"],
    ["what about my dog?", "dog"],
    ["and in Tokyo?", "tokyo"],
    ["how about soccer?", "soccer"],
  ])("%s names %s", (message, word) => {
    expect(foreignWords(message)).toContain(word);
  });

  it.each([
    "explain it like i'm 10",
    "ok and these days tho?",
    "hmm",
    "so what do people normally go with",
    "lol so it's basically a hack?",
    "which way round again?",
    "is that a lot in practice",
  ])("%s names nothing", (message) => {
    expect(foreignWords(message)).toEqual([]);
  });
});

describe("leaning on the thread", () => {
  const state = { topic: "bptt-basics", turns: 2 };

  it.each(["and these days tho?", "hmm ok, should i be worried?", "dumb it down like i'm 10"])(
    "%s leans on the thread",
    (message) => {
      expect(leansOnThread(message, state)).toBe(true);
    },
  );

  it.each(["can it bake bread?", "what about my dog tho?", "so is it sunny in Tokyo?"])(
    "%s does not",
    (message) => {
      expect(leansOnThread(message, state)).toBe(false);
    },
  );

  it("reads a bare condition as the thread's question under it", () => {
    expect(followUpOf("for tanh then?")).toEqual({
      kind: "what-about",
      subject: "tanh then",
      via: "for",
    });
    expect(followUpOf("on a cupcake?")).toBeUndefined();
  });

  it("reads a possessive as the thread's subject", () => {
    expect(resolvePronoun("so what does its gradient look like?", "what is norm clipping?")).toBe(
      "so what does the norm clipping's gradient look like?",
    );
    // A question that is no definition still names its subject first.
    expect(resolvePronoun("walk me through its gates", "a friend says the lstm is overkill")).toBe(
      "walk me through the lstm's gates",
    );
    expect(resolvePronoun("so its just slower?", "a friend says the lstm is overkill")).toBe(
      "so its just slower?",
    );
  });
});

describe("the thread's lesson", () => {
  const reply = (id: string): TutorReply => ({
    reply: "…",
    citations: [{ id, title: id }],
    intent: "explain",
    effects: [],
    engine: "builtin",
  });

  it("stays put after a terse follow-up answered from another lesson", () => {
    const prev = { ...emptyState(), topic: "gru", turns: 1 };
    expect(advance(prev, reply("bptt-basics"), { followed: true }).topic).toBe("gru");
    expect(advance(prev, reply("bptt-basics"), { asked: "what is bptt?" }).topic).toBe(
      "bptt-basics",
    );
  });
});

describe("mid-thread turns, end to end", () => {
  it.each([
    ["why does the forget gate help the gradient survive?", "explain like i'm 10 pls"],
    ["what did the 1997 lstm truncate?", "ok and these days?"],
  ])("%s → %s stays on the thread", async (first, second) => {
    const r = await lastReply([first, second]);
    expect(r.intent).not.toBe("off-topic");
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it.each([
    ["why do gradients explode in rnns?", "could it bake bread?"],
    ["what is a gru?", "and what about my dog tho?"],
    ["explain the forget gate", "whats the capital of spain"],
  ])("%s → %s is still declined", async (first, second) => {
    const r = await lastReply([first, second]);
    expect(r.intent).toBe("off-topic");
    expect(r.citations).toEqual([]);
  });

  it("keeps a why after a possessive follow-up in the subject's lesson", async () => {
    const r = await lastReply([
      "how do skip connections help deep stacks?",
      "ok and their jacobian?",
      "how come?",
    ]);
    expect(r.citations[0]?.id).toBe("how-to-fix-vanishing-gradients");
  });

  it("asks a bare condition of the thread's question", async () => {
    const r = await lastReply([
      "what bound did pascanu put on each step's jacobian norm?",
      "for tanh then?",
    ]);
    expect(r.citations[0]?.id).toBe("bptt-basics");
  });

  it("keeps a conjunction-led statement question in the thread's lesson", async () => {
    const r = await lastReply([
      "what is backpropagation through time?",
      "and it reuses one weight matrix at every step?",
    ]);
    expect(r.citations[0]?.id).toBe("bptt-basics");
  });

  it("shortens the last answer itself when asked for the gist of it", async () => {
    const r = await lastReply(["can clipping make a small gradient longer?", "tl;dr"]);
    expect(r.reply).toMatch(/^In short: Clipping makes long gradients shorter/);
  });
});
