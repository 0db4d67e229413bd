import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExplorationTimeline } from "@/app/_components/exploration/ExplorationTimeline";
import { plotDefsOf, timelineText } from "@/app/_components/exploration/timeline";

// what-problem-lstm-solves's plot: "Forget-gate bias" (no unit) and "Delay T" (steps).
const QUESTION = "what-problem-lstm-solves/main-problem";

describe("the exploration timeline", () => {
  it("reads as a person would write it, one run per slider, with times", () => {
    const defs = plotDefsOf(QUESTION);
    const text = timelineText(
      [
        { param: "forgetBias", value: 0, t: 1200 },
        { param: "forgetBias", value: 1, t: 2500 },
        { param: "forgetBias", value: 3, t: 4100 },
        { param: "steps", value: 200, t: 12_000 },
        { param: "forgetBias", value: 0.5, t: 13_000 },
      ],
      defs,
    );
    expect(text).toBe(
      "tried forget-gate bias 0 (1.2 s), 1 (2.5 s), 3 (4.1 s); delay T 200 steps (12 s); " +
        "forget-gate bias 0.5 (13 s)",
    );
  });

  it("ends with the answer and when it was given, or says nothing was moved", () => {
    const html = renderToStaticMarkup(
      <ExplorationTimeline
        questionId={QUESTION}
        moves={[{ param: "forgetBias", value: 3, t: 900 }]}
        answer="B"
        answeredAtMs={4000}
      />,
    );
    expect(html.replace(/<[^>]+>/g, "")).toBe(
      "Tried forget-gate bias 3 (0.9 s), then answered B (4.0 s).",
    );
    const none = renderToStaticMarkup(
      <ExplorationTimeline questionId={QUESTION} moves={[]} answeredAtMs={4000} />,
    );
    expect(none).toContain("No slider moves recorded");
  });
});
