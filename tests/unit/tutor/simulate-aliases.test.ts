/**
 * Scenarios named by what they show (simulate/aliases.ts): each alias picks its scenario, the
 * longer of two overlapping aliases wins, a one-word topic ("clipping") names a run only beside a
 * run noun, and every name the "which one?" list suggests runs the scenario it describes.
 */
import { describe, expect, it } from "vitest";
import { aliasedScenario, SCENARIO_ALIASES } from "@/lib/tutor/simulate/aliases";
import { chooseScenario } from "@/lib/tutor/simulate/reply";
import { isLost, sameFor, signOf, asksForOther } from "@/lib/tutor/dialogue/followup-kinds";
import { followUpOf } from "@/lib/tutor/dialogue/followup";
import { lastReply } from "./thread";

describe("aliases", () => {
  it.each([
    ["the spectral radius sweep", "spectral-radius-sweep"],
    ["the exploding one", "how-lstm-handles-exploding-gradients"],
    ["the clipping demo", "how-lstm-handles-exploding-gradients"],
    ["the GRU comparison", "gru-vs-lstm"],
    ["the backward pass one", "why-lstm-gradients-do-not-vanish-backward"],
    ["the long-gap task", "what-problem-lstm-solves"],
    ["the lstm vs gru one", "gru-vs-lstm"],
    ["the rnn vs lstm one", "why-lstm-solves-vanishing-gradients"],
  ])("%s", (message, id) => {
    expect(aliasedScenario(message, true)?.id).toBe(id);
    expect(chooseScenario({ message: `run ${message}` })?.id).toBe(id);
  });

  it("reads a one-word topic as a run's name only beside a run noun", () => {
    expect(aliasedScenario("how does clipping work", true)).toBeUndefined();
    expect(aliasedScenario("run the clipping one", true)?.id).toBe(
      "how-lstm-handles-exploding-gradients",
    );
  });

  it("lets an alias beat the open lesson's scenario", () => {
    const chosen = chooseScenario({
      message: "run the GRU comparison for 300 steps",
      lessonId: "how-lstm-handles-exploding-gradients",
    });
    expect(chosen?.id).toBe("gru-vs-lstm");
  });

  it.each(Object.entries(SCENARIO_ALIASES))("the list's name for %s runs it", async (id, alias) => {
    const reply = await lastReply([alias.say]);
    expect(reply.plot?.scenarioId).toBe(id);
  });
});

describe("follow-up forms", () => {
  it.each(["negative", "make it negative", "ok flip the sign", "try a negative one"])(
    "%s asks for a negative value",
    (m) => expect(signOf(m)).toBe(-1),
  );
  it("reads 'positive' as the other sign and 'negative bias of 2' as no sign change", () => {
    expect(signOf("now positive")).toBe(1);
    expect(signOf("what does a negative forget bias do?")).toBeUndefined();
  });
  it.each(["the other one", "and the other model?", "now the other variant"])("%s", (m) =>
    expect(asksForOther(m)).toBe(true),
  );
  it.each([
    ["does that hold for GRUs too?", "GRUs"],
    ["is it the same for a GRU?", "GRU"],
    ["same for the gru?", "gru"],
    ["does this also apply to a plain RNN?", "plain RNN"],
  ])("%s asks again about %s", (m, subject) => expect(sameFor(m)?.subject).toBe(subject));
  it("leaves a likeness ('is it similar to the output gate?') to the comparison rule", () => {
    expect(sameFor("is it similar to the output gate?")).toBeUndefined();
  });
  it.each(["huh?", "what?", "lost me", "you lost me", "I'm confused", "that makes no sense"])(
    "%s is a learner who did not follow",
    (m) => {
      expect(isLost(m)).toBe(true);
      expect(followUpOf(m)?.kind).toBe("simpler");
    },
  );
  it("reads 'half that' and 'twice that' as factors and 'minus two' as a value", () => {
    expect(followUpOf("half that")).toEqual({ kind: "scale", factor: 0.5 });
    expect(followUpOf("twice that")).toEqual({ kind: "scale", factor: 2 });
    expect(followUpOf("minus two")).toEqual({ kind: "number" });
  });
});
