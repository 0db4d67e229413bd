import { describe, expect, it } from "vitest";
import { getQuestion, questions } from "@/lib/content";
import { instantiateQuestion, revealAnswer, type QuestionInstance } from "@/lib/learning/grading";
import { checkLeak } from "@/lib/tutor";
import { letteredChoices } from "@/lib/tutor/letters";

const inst = (id: string): QuestionInstance => {
  const q = getQuestion(id);
  if (!q) throw new Error(`no question ${id}`);
  return instantiateQuestion(q, "guard-seed");
};

describe("checkLeak", () => {
  const single = inst("bptt-basics/vanishing-condition");
  const correct =
    single.type === "single-choice" ? single.options.find((o) => o.correct) : undefined;
  const letterOf = (i: QuestionInstance, id: string) =>
    letteredChoices(i).find((c) => c.id === id)?.letter ?? "?";
  const key = letterOf(single, correct?.id ?? "");

  it.each([
    ["the correct option's text", `It is: ${correct?.text ?? ""}.`],
    ["the correct option's id", `The answer is ${correct?.id ?? ""}.`],
    ["the letter", `The answer is option ${key}.`],
    ["the letter alone", key.toUpperCase()],
    ["a bold letter", `Go with **${key}**.`],
    ["a verdict on any option", `${key === "a" ? "b" : "a"} is wrong, so think again.`],
    ["an ordinal verdict", "The first one is correct."],
  ])("single-choice: flags %s", (_, reply) => {
    expect(checkLeak(reply, single).leaked).toBe(true);
  });

  it("single-choice: flags a yes/no to a guess", () => {
    expect(checkLeak("Yes, that's the one.", single, "is it b?").leaked).toBe(true);
    expect(checkLeak("Yes, that's the one.", single, "can you explain gates?").leaked).toBe(false);
  });

  it("numeric: flags the key in any usual format, but not the prompt's own numbers", () => {
    const num = inst("bptt-basics/orthogonal-power");
    if (num.type !== "numeric") throw new Error("expected numeric");
    const v = num.key.value;
    for (const text of [
      String(v),
      v.toPrecision(3),
      v.toExponential(2),
      `${v.toExponential(1).replace("e", " \\times 10^{")}}`,
    ]) {
      expect(checkLeak(`It comes to ${text}.`, num).leaked, text).toBe(true);
    }
    expect(checkLeak(`It comes to ${v * 3}.`, num).leaked).toBe(false);
    expect(checkLeak("It is above 1.", num, "is it bigger than 1?").leaked).toBe(true);
  });

  it("ordering: flags the items or letters in the correct order, not a partial mention", () => {
    const ord = inst("bptt-basics/bptt-steps");
    if (ord.type !== "ordering") throw new Error("expected ordering");
    const items = ord.correctOrder.map((id) => ord.items.find((it) => it.id === id)?.text ?? "");
    expect(checkLeak(items.join(". Then "), ord).leaked).toBe(true);
    expect(checkLeak(ord.correctOrder.map((id) => letterOf(ord, id)).join(", "), ord).leaked).toBe(
      true,
    );
    expect(checkLeak("The backward pass needs what the forward pass stored.", ord).leaked).toBe(
      false,
    );
  });

  it("short-text: flags the model answer and a reply that would pass the rubric", () => {
    const st = questions.find((q) => q.type === "short-text");
    if (!st) throw new Error("no short-text question");
    const i = instantiateQuestion(st, "guard-seed");
    expect(checkLeak(revealAnswer(i).modelAnswer ?? "", i).leaked).toBe(true);
  });

  it("flags long runs of the explanation, which usually states the key", () => {
    const sentence = single.explanation.split(". ")[0] ?? "";
    expect(checkLeak(sentence, single).leaked).toBe(true);
  });

  it("lets every authored hint through (no false alarms on the bank)", () => {
    for (const q of questions) {
      const i = instantiateQuestion(q, "guard-seed");
      for (const h of i.hints) expect(checkLeak(h, i).leaked, `${q.id}: ${h}`).toBe(false);
    }
  });
});
