/**
 * "example?" on a thread about exploding gradients is an example of growth, with its working;
 * on a vanishing thread, one of decay. (An exploding thread used to get the forget gate's decay.)
 */
import { describe, expect, it } from "vitest";
import { thread } from "./thread";

describe("an example of the thread's regime", () => {
  it("grows on an exploding thread", async () => {
    const replies = await thread(["can an lstm still explode?", "example?"]);
    const last = replies.at(-1)!.reply;
    expect(last).toContain("1.1^{50} = 117");
    expect(last).toMatch(/explod/i);
  });

  it("shrinks on a vanishing thread", async () => {
    const replies = await thread(["why do gradients vanish in a plain rnn?", "example?"]);
    expect(replies.at(-1)!.reply).toContain("0.9^{50} = 0.00515");
  });
});
