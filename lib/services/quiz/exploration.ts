import "server-only";
import { z } from "zod";
import { getLesson, type Question } from "@/lib/content";
import { ExplorationMove, explorationWithin, type Exploration } from "@/lib/contracts/exploration";
import { AppError, describeFieldErrors, fieldErrorsOf } from "@/lib/errors";
import { getScenario } from "@/lib/sim";

/**
 * The slider moves sent with a try, checked against the plot beside the question: the lesson's
 * scenario. The contract checked their shape; here each move must name one of that plot's
 * sliders and stay in its range. A mistake is a 422 naming the move ("exploration.2.value").
 */
export function checkedExploration(question: Question, moves: Exploration | undefined) {
  if (!moves || moves.length === 0) return [];
  const scenario = getScenario(getLesson(question.lessonId)?.scenarioId ?? "");
  if (!scenario) {
    throw new AppError(422, "exploration: this question has no plot to explore.", {
      exploration: "this question has no plot",
    });
  }
  const parsed = explorationWithin(scenario.params).safeParse(moves);
  if (parsed.success) return parsed.data;
  const fields = Object.fromEntries(
    Object.entries(fieldErrorsOf(parsed.error)).map(([field, message]) => [
      field === "body" ? "exploration" : `exploration.${field}`,
      message,
    ]),
  );
  throw new AppError(422, describeFieldErrors(fields), fields);
}

const StoredMoves = z.array(ExplorationMove);

/** Moves as stored (JSON text); an unreadable row reads as no moves rather than failing a page. */
export function readMoves(text: string): ExplorationMove[] {
  try {
    const parsed = StoredMoves.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
