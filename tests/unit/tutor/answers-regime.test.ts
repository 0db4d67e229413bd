/**
 * A follow-up that names the other regime ("and a vanishing one?" after a question on exploding
 * gradients) is answered from the part of the passage about that regime, even though the
 * passage was quoted before, and not from a passage headed by the regime already discussed.
 */
import { describe, expect, it } from "vitest";
import { respond, type HistoryTurn } from "@/lib/tutor";
import { regimeNamed } from "@/lib/tutor/answer/sentence-pick";

async function thread(turns: readonly string[]): Promise<string> {
  const history: HistoryTurn[] = [];
  let state: unknown;
  let last = "";
  for (const message of turns) {
    const reply = await respond(
      {
        message,
        ...(history.length > 0 ? { history: [...history] } : {}),
        ...(state !== undefined ? { state } : {}),
      } as Parameters<typeof respond>[0],
      {},
    );
    history.push({ role: "user", content: message }, { role: "assistant", content: reply.reply });
    state = (reply as { state?: unknown }).state;
    last = reply.reply;
  }
  return last;
}

describe("the regime a message names", () => {
  it.each([
    ["and the vanishing case?", "vanishing"],
    ["what about exploding ones", "exploding"],
    ["vanishing vs exploding", undefined],
    ["how does clipping work", undefined],
  ])("%s -> %s", (message, regime) => {
    expect(regimeNamed(message)).toBe(regime);
  });
});

describe("a follow-up on the other regime", () => {
  it("quotes the part about vanishing gradients", async () => {
    const reply = await thread([
      "how does an exploding gradient show up in the training log",
      "and what about a vanishing gradient?",
    ]);
    expect(reply).toMatch(/Vanishing is silent/);
    expect(reply.split("\n\n")[0]).not.toMatch(/NaN/);
  });
});
