import type { ExplorationMove } from "@/lib/contracts/exploration";
import { Markdown } from "../markdown";
import { formatSeconds } from "../ui/format";
import { plotDefsOf, timelineText } from "./timeline";

/**
 * How the learner moved the plot's sliders before one try, as a sentence with times since the
 * question was shown: "Tried forget-gate bias 0 (1.2 s), 1 (2.5 s), then answered B (7.0 s)."
 */
export function ExplorationTimeline({
  questionId,
  moves,
  answer,
  answeredAtMs,
}: {
  questionId: string;
  moves: readonly ExplorationMove[];
  /** The answer in words (markdown); omitted where it is shown beside. */
  answer?: string;
  answeredAtMs: number;
}) {
  if (moves.length === 0) {
    return <span className="muted">No slider moves recorded before this try.</span>;
  }
  const text = timelineText(moves, plotDefsOf(questionId));
  return (
    <span data-testid="exploration-timeline">
      {text[0]?.toUpperCase()}
      {text.slice(1)}, then answered
      {answer !== undefined && (
        <>
          {" "}
          <Markdown inline>{answer}</Markdown>
        </>
      )}{" "}
      ({formatSeconds(answeredAtMs)}).
    </span>
  );
}
