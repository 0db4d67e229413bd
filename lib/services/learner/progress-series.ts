import type { ScenarioResult } from "@/lib/sim/scenario-types";

const DAY_MS = 86_400_000;

/**
 * The learner's activity over the last `days` days as two plot panels (answers per day, mean
 * credit per day), in the same shape as simulation results so the same accessible SVG plot
 * draws them. x is days relative to today (0 = today, -1 = yesterday, …). Pure.
 */
export function activitySeries(
  answers: readonly { createdAt: Date; score: number }[],
  now: Date,
  days = 30,
): ScenarioResult {
  const counts = new Array<number>(days).fill(0);
  const scores = new Array<number>(days).fill(0);
  const today = Math.floor(now.getTime() / DAY_MS);
  for (const answer of answers) {
    const index = days - 1 - (today - Math.floor(answer.createdAt.getTime() / DAY_MS));
    if (index < 0 || index >= days) continue;
    counts[index] = (counts[index] ?? 0) + 1;
    scores[index] = (scores[index] ?? 0) + answer.score;
  }
  const x = (i: number) => i - (days - 1);
  return {
    scenarioId: "progress",
    caption: `Your answers over the last ${days} days (day 0 is today).`,
    panels: [
      {
        id: "answers",
        title: "Answers per day",
        xLabel: "Day",
        xUnit: "days from today",
        yLabel: "Answers",
        yUnit: "",
        yScale: "linear",
        series: [
          { id: "answers", label: "Answers", points: counts.map((y, i) => ({ x: x(i), y })) },
        ],
      },
      {
        id: "credit",
        title: "Mean credit per answer",
        xLabel: "Day",
        xUnit: "days from today",
        yLabel: "Mean credit",
        yUnit: "",
        yScale: "linear",
        series: [
          {
            id: "credit",
            label: "Mean credit",
            points: counts.map((n, i) => ({ x: x(i), y: n > 0 ? (scores[i] ?? 0) / n : null })),
          },
        ],
      },
    ],
  };
}
