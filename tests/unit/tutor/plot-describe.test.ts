import { describe, expect, it } from "vitest";
import { defaultParams, getScenario, runScenario } from "@/lib/sim";
import { respond } from "@/lib/tutor";

const onLesson = (message: string, lessonId: string, scenarioId: string) =>
  respond({ message, lessonId, plot: { scenarioId, params: {} }, params: {} });

function drawn(scenarioId: string) {
  const def = getScenario(scenarioId);
  if (!def) throw new Error(`no scenario ${scenarioId}`);
  return runScenario(scenarioId, defaultParams(def.params));
}

describe("how to read the plot beside a lesson", () => {
  it("names every curve that is drawn when asked which line is which", async () => {
    const reply = await onLesson("which line is which?", "gru", "gru-vs-lstm");
    expect(reply.plot?.scenarioId).toBe("gru-vs-lstm");
    for (const series of drawn("gru-vs-lstm").panels.flatMap((p) => p.series))
      expect(reply.reply).toContain(series.label);
    expect(reply.reply).toMatch(/log scale/);
    expect(reply.citations[0]?.id).toBe("gru");
  });

  it("walks through each panel's axes for 'what am I looking at?'", async () => {
    const reply = await onLesson(
      "what am i looking at here",
      "bptt-basics",
      "spectral-radius-sweep",
    );
    const panels = drawn("spectral-radius-sweep").panels;
    expect(reply.reply).toContain(`has ${panels.length} panels`);
    for (const panel of panels) {
      expect(reply.reply).toContain(panel.title);
      expect(reply.reply).toContain(panel.xLabel);
    }
  });

  it("still explains the curve's regime for a why question, in whole sentences", async () => {
    const reply = await onLesson(
      "why does the unclipped curve shoot up like that?",
      "how-lstm-handles-exploding-gradients",
      "how-lstm-handles-exploding-gradients",
    );
    expect(reply.reply).not.toMatch(/x axis/);
    expect(reply.reply).toMatch(/\(I re-ran \*\*[^*]+\*\*\): /);
    expect(reply.reply).not.toMatch(/\*\*\)\. /);
  });
});
