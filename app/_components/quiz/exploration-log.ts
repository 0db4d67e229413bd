import { EXPLORATION_MAX_MOVES, type ExplorationMove } from "@/lib/contracts/exploration";

/**
 * The slider moves of one open question, as plain data (useExplorationLog drives it with the
 * plot's values and a timer). A change waits in `pending` until the sliders have been still
 * for EXPLORATION_SETTLE_MS; then it becomes a move, stamped with the moment the value was set.
 * A value equal to the slider's last recorded one (moved and put back) is not a move. A try
 * sends at most EXPLORATION_MAX_MOVES: beyond that the OLDEST moves are dropped, because the
 * moves just before answering say most about the answer.
 */
export interface ExplorationLog {
  /** Each slider's last recorded value, or its value when the question was shown. */
  settled: Readonly<Record<string, number>>;
  /** Changes not yet still: the latest value per slider and when it was set. */
  pending: Readonly<Record<string, { value: number; t: number }>>;
  /** Recorded moves not yet sent, oldest first. */
  moves: readonly ExplorationMove[];
}

/** A log for a question just shown, starting from the plot's current slider values. */
export function startLog(values: Readonly<Record<string, number | string>>): ExplorationLog {
  return { settled: sliderValues(values), pending: {}, moves: [] };
}

export function sliderValues(values: Readonly<Record<string, number | string>>) {
  return Object.fromEntries(
    Object.entries(values).filter((e): e is [string, number] => typeof e[1] === "number"),
  );
}

/** A slider took `value` at `t` ms since the question was shown. */
export function noteChange(
  log: ExplorationLog,
  param: string,
  value: number,
  t: number,
): ExplorationLog {
  return { ...log, pending: { ...log.pending, [param]: { value, t } } };
}

/** The sliders are still: pending changes become moves, in the order they were made. */
export function settle(log: ExplorationLog): ExplorationLog {
  const settled = { ...log.settled };
  const moves = [...log.moves];
  const changes = Object.entries(log.pending).sort(([, a], [, b]) => a.t - b.t);
  for (const [param, { value, t }] of changes) {
    if (settled[param] === value) continue;
    settled[param] = value;
    moves.push({ param, value, t });
  }
  return { settled, pending: {}, moves: moves.slice(-EXPLORATION_MAX_MOVES) };
}

/** The moves to send with a try (pending ones included), and the log emptied of them. */
export function takeMoves(log: ExplorationLog): { moves: ExplorationMove[]; log: ExplorationLog } {
  const settled = settle(log);
  return { moves: [...settled.moves], log: { ...settled, moves: [] } };
}
