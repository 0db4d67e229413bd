/**
 * The dialogue layer: state carried between turns, follow-ups resolved against it, answers that
 * open with the answer, misconceptions corrected, calculations with their working, plot-aware
 * runs, the chat quiz's stop/skip and side questions, and off-topic honesty.
 */
import { describe, expect, it } from "vitest";
import {
  calculate,
  classify,
  DialogueState,
  detectMisconceptions,
  respond,
  topicOf,
  type HistoryTurn,
} from "@/lib/tutor";
import { findNumbers } from "@/lib/tutor/numbers";
import { thread, type ThreadExtra } from "./thread";

const last = async (messages: string[], extra: ThreadExtra = {}) =>
  (await thread(messages, extra)).at(-1)!;

describe("number reader", () => {
  it("reads a comma before three digits as thousands and any other comma as decimal", () => {
    expect(findNumbers("1,500").map((n) => n.value)).toEqual([1500]);
    expect(findNumbers("12,000,000 steps").map((n) => n.value)).toEqual([12000000]);
    expect(findNumbers("0,73").map((n) => n.value)).toEqual([0.73]);
    expect(findNumbers("1,5").map((n) => n.value)).toEqual([1.5]);
    expect(findNumbers("(6, 8)").map((n) => n.value)).toEqual([6, 8]);
  });
});

describe("dialogue state", () => {
  it("is returned with every reply, serialisable, and records topic, terms and the last run", async () => {
    const [first, second] = await thread([
      "what does gradient clipping do?",
      "what if the recurrent scale is 2?",
    ]);
    expect(first?.state?.topic).toBe("how-lstm-handles-exploding-gradients");
    expect(first?.state?.terms.length).toBeGreaterThan(0);
    expect(second?.state?.sim?.params.recurrentScale).toBe(2);
    expect(DialogueState.parse(JSON.parse(JSON.stringify(second?.state)))).toEqual(second?.state);
  });

  it("is rebuilt from the history when the client sends none", async () => {
    const reply = await respond({
      message: "why?",
      history: [
        { role: "user", content: "what does gradient clipping do?" },
        { role: "assistant", content: "…" },
      ],
    });
    expect(reply.intent).toBe("explain");
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});

describe("follow-ups stay on the thread", () => {
  it.each([
    [
      ["what does gradient clipping do?", "ok but why tho?"],
      "how-lstm-handles-exploding-gradients",
    ],
    [
      ["tell me about the 1997 truncated gradient", "do modern ones still do that?"],
      "why-lstm-gradients-do-not-vanish-backward",
    ],
    [
      ["what is the constant error carousel", "explain simpler"],
      "why-lstm-gradients-do-not-vanish-backward",
    ],
    [["how do residual connections help?", "give an example"], "how-to-fix-vanishing-gradients"],
  ])("%j", async (messages, lesson) => {
    const reply = await last(messages);
    expect(reply.intent).not.toBe("off-topic");
    expect(reply.citations[0]?.id).toBe(lesson);
  });

  it("'and with 0?' after a run re-runs it with the dial changed", async () => {
    const reply = await last(["what if the forget bias is 3 over 200 steps?", "and with 0?"]);
    expect(reply.plot?.scenarioId).toBe("why-lstm-solves-vanishing-gradients");
    expect(reply.plot?.params).toMatchObject({ forgetBias: 0, steps: 200 });
  });

  it("'can you show me?' runs the thread's lesson scenario", async () => {
    const reply = await last(["what is the forget gate bias for?", "can you show me?"]);
    expect(reply.plot?.scenarioId).toBe("why-lstm-solves-vanishing-gradients");
  });
});

describe("answers open with the answer", () => {
  it("classifies the question", () => {
    expect(classify("what is a jacobian?")).toBe("definition");
    expect(classify("why do gradients vanish?")).toBe("why");
    expect(classify("GRU vs LSTM?")).toBe("compare");
    expect(classify("what if the bias is 3?")).toBe("what-if");
    expect(classify("my loss is nan after 200 steps")).toBe("diagnosis");
    expect(classify("does clipping keep the direction?")).toBe("yes-no");
  });

  it("defines a glossary term first", async () => {
    const reply = await respond({ message: "what is a jacobian?" });
    expect(reply.reply).toMatch(/^\*\*Jacobian\*\*: The matrix of partial derivatives/);
    expect(reply.citations[0]?.id).toBe("bptt-basics");
  });

  it("never opens on a sentence that leans on an earlier one", async () => {
    for (const message of [
      "why do gradients vanish in a plain RNN?",
      "how do residual connections help the gradient?",
      "explain exploding gradients",
    ]) {
      const reply = await respond({ message });
      expect(reply.reply).not.toMatch(/^(It|This|They|So|But|And|That|These|Hence|Thus)\b/);
    }
  });
});

describe("misconceptions", () => {
  it.each([
    ["so I can delete clip_grad_norm since I use an LSTM?", "lstm-never-explodes"],
    ["so I can delete gradient clipping since I use an LSTM?", "lstm-never-explodes"],
    ["the forget gate sits at 1 by default?", "forget-gate-always-one"],
    ["doesn't norm clipping change the direction of the gradient?", "clipping-changes-direction"],
    ["clipping fixes vanishing gradients too, right?", "clipping-fixes-vanishing"],
  ])("corrects %j explicitly and reports it", async (message, id) => {
    expect(detectMisconceptions(message)[0]).toBe(id);
    const reply = await respond({ message });
    expect(reply.misconceptions).toEqual([id]);
    expect(reply.reply).toMatch(/^No: /);
    expect(reply.citations.length).toBeGreaterThan(0);
  });

  it("does not flag the claim when the learner negates it", () => {
    expect(detectMisconceptions("clipping does not fix vanishing gradients")).not.toContain(
      "clipping-fixes-vanishing",
    );
    expect(detectMisconceptions("what does the forget gate do?")).toEqual([]);
    expect(detectMisconceptions("what happens if I remove gradient clipping?")).toEqual([]);
  });
});

describe("calculations on the learner's numbers", () => {
  it("clips (6, 8) at 5 to (3, 4), with the working", () => {
    const c = calculate("clip (6, 8) at 5");
    expect(c?.text).toMatch(/\*\*\(3, 4\)\*\*/);
    expect(c?.text).toMatch(/= 10\$/);
    expect(c?.text).toMatch(/0\.5/);
  });
  it("leaves a vector below the threshold alone", () => {
    expect(calculate("clip [1, 2, 2] at 6")?.text).toMatch(/^Not clipped/);
  });
  it("computes sigma(b)^T, s^T, products and Jacobian counts", () => {
    expect(calculate("sigma(2)^50 = ?")?.text).toMatch(/\*\*0\.00175\*\*/);
    expect(calculate("what is 0.9^40")?.text).toMatch(/\*\*0\.0148\*\*/);
    expect(calculate("multiply the factors 0.5, 0.8 and 1.2")?.text).toMatch(/\*\*0\.48\*\*/);
    expect(calculate("how many jacobians from step 100 to 1")?.text).toMatch(/\*\*99\*\*/);
    expect(calculate("what does the forget gate do?")).toBeUndefined();
  });
  it("answers through respond with the lesson that teaches it", async () => {
    const reply = await respond({ message: "clip the gradient (6, 8) at 5" });
    expect(reply.intent).toBe("calculate");
    expect(reply.citations[0]?.id).toBe("how-lstm-handles-exploding-gradients");
  });
});

describe("simulation requests", () => {
  it("reads the model named: a GRU's update-gate bias is not the LSTM's forget bias", async () => {
    const reply = await respond({ message: "GRU vs LSTM with update gate bias 2" });
    expect(reply.plot?.scenarioId).toBe("gru-vs-lstm");
    expect(reply.plot?.params).toMatchObject({ updateBias: 2, forgetBias: 1 });
  });
  it("runs a compound request with every dial", async () => {
    const reply = await respond({
      message: "recurrent scale 1.5 for 60 steps, and what does clipping at 2 do",
    });
    expect(reply.plot?.params).toMatchObject({ recurrentScale: 1.5, steps: 60, clipThreshold: 2 });
  });
  it("explains the plot on screen at its own values", async () => {
    const plot = {
      scenarioId: "why-lstm-solves-vanishing-gradients",
      params: { forgetBias: -2, steps: 300 },
    };
    const reply = await respond({
      message: "why does the curve drop so fast?",
      plot,
      lessonId: "why-lstm-solves-vanishing-gradients",
    });
    expect(reply.plot?.params).toMatchObject({ forgetBias: -2, steps: 300 });
    expect(reply.reply).toMatch(/σ\(-2\) = 0\.119/);
  });
});

describe("chat quiz", () => {
  it("answers a real question and keeps the quiz open", async () => {
    const reply = await last(["quiz me on clipping", "what does clipping do to the direction?"]);
    expect(reply.quiz).toBeDefined();
    expect(reply.reply).not.toMatch(/Please answer/);
  });
  it.each(["skip", "stop", "stop the quiz"])("'%s' ends it", async (word) => {
    const reply = await last(["quiz me on clipping", word]);
    expect(reply.quiz).toBeUndefined();
    expect(reply.state?.quiz).toBeUndefined();
  });
  it("gives a hint, not 'outside the course', to a question about the open question", async () => {
    for (const message of ["which boxes should I tick?", "is it 1.79e-9?"]) {
      const reply = await respond({
        message,
        questionId: "how-lstm-handles-exploding-gradients/clipping-facts",
      });
      expect(reply.intent).toBe("hint");
    }
  });
  it("reads a bare number as the answer to a pending numeric question, a number with '?' as a guess", async () => {
    const history: HistoryTurn[] = [
      {
        role: "assistant",
        content: "…",
        quiz: { questionId: "how-lstm-handles-exploding-gradients/tanh-chain" },
      },
    ];
    expect((await respond({ message: "0.0123", history })).intent).toBe("quiz-answer");
    expect((await respond({ message: "0.0123?", history })).intent).toBe("hint");
  });
  it("keeps an unrelated question off-topic during a quiz, with the quiz still open", async () => {
    const reply = await last(["quiz me on clipping", "how do I make fluffy pancakes?"]);
    expect(reply.intent).toBe("off-topic");
    expect(reply.quiz).toBeDefined();
  });
  it("does not settle a misconception the open question tests: a hint instead", async () => {
    const reply = await respond({
      message: "doesn't norm clipping change the direction of the gradient?",
      questionId: "how-lstm-handles-exploding-gradients/clipping-facts",
    });
    expect(reply.intent).toBe("hint");
    expect(reply.misconceptions).toBeUndefined();
  });
  it("gives formative feedback on a short-text draft, never the model answer", async () => {
    const reply = await respond({
      message: "the gradient goes back through many steps and it gets multiplied each time",
      questionId: "what-problem-lstm-solves/explain-long-gap",
    });
    expect(reply.intent).toBe("feedback");
    expect(reply.reply).toMatch(/not graded/);
    expect(reply.effects).toEqual([]);
  });
});

describe("off-topic and topic tags", () => {
  it("says so with no citations", async () => {
    for (const message of [
      "how do I make fluffy pancakes?",
      "ImportError: cannot import name 'foo' from numpy",
    ]) {
      const reply = await respond({ message });
      expect(reply.intent).toBe("off-topic");
      expect(reply.citations).toEqual([]);
      expect(reply.topic).toBe("off-topic");
    }
  });
  it("tags with the same decision as the reply: a quiz request under its lesson", () => {
    expect(topicOf("quiz me on clipping")).toBe("how-lstm-handles-exploding-gradients");
    expect(topicOf("how do I make fluffy pancakes?")).toBe("off-topic");
    expect(topicOf("why do gradients vanish in a plain RNN?")).not.toBe("off-topic");
  });
});
