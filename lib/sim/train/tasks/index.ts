import { addingTask } from "./adding";
import { rememberBitTask } from "./remember-bit";
import { temporalOrderTask } from "./temporal-order";
import type { Task, TaskId } from "./types";

export { TASK_IDS, type SolvedCriterion, type Task, type TaskId } from "./types";

/** The smallest lag each task is defined for (temporal order needs room for E, X/Y, X/Y, B). */
export const MIN_LAG: Record<TaskId, number> = {
  adding: 2,
  "remember-bit": 1,
  "temporal-order": 10,
};

export function createTask(id: TaskId, lag: number): Task {
  if (id === "adding") return addingTask(lag);
  if (id === "remember-bit") return rememberBitTask(lag);
  return temporalOrderTask(lag);
}
