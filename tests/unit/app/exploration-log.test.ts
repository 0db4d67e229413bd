import { describe, expect, it } from "vitest";
import { noteChange, settle, startLog, takeMoves } from "@/app/_components/quiz/exploration-log";
import { EXPLORATION_MAX_MOVES } from "@/lib/contracts/exploration";

const start = () => startLog({ forgetBias: 0.5, steps: 100, model: "lstm" });

describe("the exploration log of an open question", () => {
  it("records a change once the sliders are still, stamped when the value was set", () => {
    let log = noteChange(start(), "forgetBias", 1, 300);
    log = noteChange(log, "forgetBias", 2, 350);
    expect(log.moves).toEqual([]);
    log = settle(log);
    expect(log.moves).toEqual([{ param: "forgetBias", value: 2, t: 350 }]);
  });

  it("keeps the order in which sliders were set, and skips a value put back", () => {
    let log = noteChange(start(), "steps", 200, 900);
    log = noteChange(log, "forgetBias", 3, 400);
    log = settle(log);
    log = settle(noteChange(log, "steps", 200, 1500));
    log = settle(noteChange(noteChange(log, "forgetBias", 4, 1600), "forgetBias", 3, 1700));
    expect(log.moves.map((m) => [m.param, m.value, m.t])).toEqual([
      ["forgetBias", 3, 400],
      ["steps", 200, 900],
    ]);
  });

  it("sends pending changes with the try and starts the next try empty", () => {
    const log = noteChange(settle(noteChange(start(), "steps", 50, 100)), "steps", 60, 200);
    const first = takeMoves(log);
    expect(first.moves.map((m) => m.value)).toEqual([50, 60]);
    expect(takeMoves(first.log).moves).toEqual([]);
    // The next try compares with what was recorded, not with the starting values.
    expect(takeMoves(noteChange(first.log, "steps", 60, 900)).moves).toEqual([]);
  });

  it(`keeps the latest ${EXPLORATION_MAX_MOVES} moves, dropping the oldest`, () => {
    let log = start();
    for (let i = 1; i <= EXPLORATION_MAX_MOVES + 5; i += 1) {
      log = settle(noteChange(log, "steps", 100 + i, i * 10));
    }
    const { moves } = takeMoves(log);
    expect(moves).toHaveLength(EXPLORATION_MAX_MOVES);
    expect(moves[0]).toEqual({ param: "steps", value: 106, t: 60 });
    expect(moves.at(-1)?.value).toBe(100 + EXPLORATION_MAX_MOVES + 5);
  });
});
