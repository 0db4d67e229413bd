import { describe, expect, it } from "vitest";
import { claimsDenied, claimsStated } from "@/lib/tutor/answer/misconception-meaning";
import { respond } from "@/lib/tutor";
import { detectMisconceptions } from "@/lib/tutor/answer/misconceptions";

describe("misconceptions recognised by meaning", () => {
  it.each([
    ["norm clipping tilts the gradient a bit, surely?", "clipping-changes-direction"],
    ["the sigmoid's derivative peaks at 1, same as tanh", "sigmoid-derivative-one"],
    ["the recurrent matrix initialisation is a minor detail", "init-irrelevant"],
    ["in a GRU the update-gate bias is irrelevant", "update-bias-irrelevant"],
    [
      "more capacity in the hidden state will fix my vanishing gradients",
      "bigger-hidden-fixes-vanishing",
    ],
    ["the 1997 truncation blocks the cell path as well, didn't it?", "truncation-cuts-cell-path"],
  ])("%s → %s", (message, id) => {
    expect(claimsStated(message)).toContain(id);
    expect(detectMisconceptions(message)).toContain(id);
  });

  it.each([
    "why does norm clipping keep the direction of the gradient?",
    "what's the maximum of the sigmoid derivative?",
    "the forget bias does not hardly matter, it decides how long the cell keeps its gradient",
    "windowed truncated BPTT vs the 1997 truncation: the same thing?",
    "is the vanishing gradient a forward-pass or a backward-pass problem?",
    "upper bound on the gradient through 10 sigmoid units with every weight 1?",
    "when the recurrent weights are zero, is the truncated gradient equal to the full one?",
  ])("states nothing: %s", (message) => {
    expect(claimsStated(message)).toEqual([]);
  });

  it("a denied claim is not the claim: the polarity must agree", () => {
    expect(claimsStated("LSTM gradients can never vanish, right?")).toContain(
      "lstm-never-vanishes",
    );
    expect(claimsStated("LSTM gradients can vanish too")).not.toContain("lstm-never-vanishes");
  });

  it("a remedy word denies what it removes: 'LSTMs solve vanishing' says they never vanish", () => {
    expect(claimsStated("honestly LSTMs completely solve vanishing gradients")).toContain(
      "lstm-never-vanishes",
    );
  });
});

describe("yes/no questions that ask the opposite of a catalogued claim", () => {
  it.each([
    ["is saturation bad for the gradient?", "saturation-harmless"],
    ["do LSTM gradients vanish at all?", "lstm-never-vanishes"],
    ["does the recurrent matrix's initialisation matter?", "init-irrelevant"],
  ])("%s → denies %s", (message, id) => {
    expect(claimsDenied(message)).toContain(id);
  });

  it("a question that asks for the claim itself denies nothing", () => {
    expect(claimsDenied("does an LSTM completely solve vanishing gradients?")).toEqual([]);
    expect(claimsDenied("doesn't saturation hurt the gradient?")).toEqual([]);
  });

  it("the reply opens Yes and records nothing", async () => {
    const reply = await respond(
      { message: "is saturation bad for the gradient?", history: [] },
      {},
    );
    expect(reply.reply).toMatch(/^Yes: /);
    expect(reply.misconceptions ?? []).toEqual([]);
  });
});
