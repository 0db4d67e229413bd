import { describe, expect, it } from "vitest";
import {
  dueQueue,
  fromPlain,
  isDue,
  newReviewCard,
  Rating,
  ratingForAnswer,
  scheduleReview,
  State,
  toPlain,
  type Grade,
  ReviewCardState,
} from "@/lib/learning/review";

const NOW = new Date("2025-03-01T09:00:00Z");
const DAY = 86_400_000;
const days = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY;

/** Reviews a new card with each rating on the day it falls due. */
function run(ratings: readonly Grade[]): ReviewCardState[] {
  const cards: ReviewCardState[] = [];
  let card = newReviewCard(NOW);
  let at = NOW;
  for (const rating of ratings) {
    card = scheduleReview(card, rating, at);
    cards.push(card);
    at = card.due;
  }
  return cards;
}

describe("ratingForAnswer", () => {
  it.each([
    [{ correct: true, tryNumber: 1, hintsUsed: 0, fraction: 1 }, Rating.Good],
    [{ correct: true, tryNumber: 2, hintsUsed: 0, fraction: 1 }, Rating.Hard],
    [{ correct: true, tryNumber: 1, hintsUsed: 1, fraction: 1 }, Rating.Hard],
    [{ correct: true, tryNumber: 1, hintsUsed: 0, fraction: 0.8 }, Rating.Hard],
    [{ correct: false, tryNumber: 3, hintsUsed: 0, fraction: 0.5 }, Rating.Again],
    [{ correct: false, tryNumber: 1, hintsUsed: 2, fraction: 0 }, Rating.Again],
  ])("%o -> %i", (input, want) => {
    expect(ratingForAnswer(input)).toBe(want);
  });

  it("names bad arguments", () => {
    const ok = { correct: true, tryNumber: 1, hintsUsed: 0, fraction: 1 };
    expect(() => ratingForAnswer({ ...ok, tryNumber: 4 })).toThrow(
      /'tryNumber' passed to 'ratingForAnswer'/,
    );
    expect(() => ratingForAnswer({ ...ok, hintsUsed: 0.5 })).toThrow(/'hintsUsed'/);
    expect(() => ratingForAnswer({ ...ok, fraction: -1 })).toThrow(/'fraction'/);
  });
});

describe("scheduleReview", () => {
  it("a new card is due now, in state New, never reviewed", () => {
    const card = newReviewCard(NOW);
    expect(card).toMatchObject({ reps: 0, lapses: 0, state: State.New, lastReview: null });
    expect(card.due.getTime()).toBe(NOW.getTime());
    expect(isDue(card, NOW)).toBe(true);
  });

  it("Good schedules days ahead; Again comes back soonest (tomorrow)", () => {
    const good = scheduleReview(newReviewCard(NOW), Rating.Good, NOW);
    const hard = scheduleReview(newReviewCard(NOW), Rating.Hard, NOW);
    const again = scheduleReview(newReviewCard(NOW), Rating.Again, NOW);
    expect(days(NOW, good.due)).toBeGreaterThanOrEqual(2);
    expect(days(NOW, again.due)).toBe(1);
    expect(again.due.getTime()).toBeLessThan(hard.due.getTime());
    expect(hard.due.getTime()).toBeLessThanOrEqual(good.due.getTime());
    expect(good).toMatchObject({ reps: 1, state: State.Review, lastReview: NOW });
    expect(isDue(good, NOW)).toBe(false);
  });

  it("intervals grow with repeated Good", () => {
    const intervals = run([Rating.Good, Rating.Good, Rating.Good, Rating.Good]).map(
      (c) => c.scheduledDays,
    );
    for (let i = 1; i < intervals.length; i++) {
      expect(intervals[i]).toBeGreaterThan(intervals[i - 1] ?? Infinity);
    }
  });

  it("a lapse counts and shortens the interval", () => {
    const [, second, lapsed] = run([Rating.Good, Rating.Good, Rating.Again]);
    expect(lapsed?.lapses).toBe(1);
    expect(lapsed?.scheduledDays).toBeLessThan(second?.scheduledDays ?? 0);
  });

  it("is deterministic (no fuzz) and does not mutate its input", () => {
    const card = newReviewCard(NOW);
    const copy = structuredClone(card);
    expect(scheduleReview(card, Rating.Good, NOW)).toEqual(scheduleReview(card, Rating.Good, NOW));
    expect(card).toEqual(copy);
    expect(run([Rating.Good, Rating.Hard, Rating.Good])).toEqual(
      run([Rating.Good, Rating.Hard, Rating.Good]),
    );
  });

  it("round-trips through the plain-data (database) form", () => {
    for (const card of [newReviewCard(NOW), ...run([Rating.Good, Rating.Again, Rating.Hard])]) {
      expect(toPlain(fromPlain(card))).toEqual(card);
      // A row read back from the database continues exactly like the in-memory card.
      const reread = ReviewCardState.parse(JSON.parse(JSON.stringify(card)));
      const at = new Date(card.due.getTime() + DAY);
      expect(scheduleReview(reread, Rating.Good, at)).toEqual(
        scheduleReview(card, Rating.Good, at),
      );
    }
  });

  it("names bad arguments", () => {
    const card = run([Rating.Good])[0];
    if (!card) throw new Error("no card");
    expect(() => scheduleReview(card, Rating.Good, new Date("x"))).toThrow(
      /'now' passed to 'scheduleReview'/,
    );
    expect(() => scheduleReview(card, Rating.Good, new Date(NOW.getTime() - DAY))).toThrow(
      /'now'.*lastReview/,
    );
    expect(() => scheduleReview(card, 0 as Grade, NOW)).toThrow(/'rating'/);
    expect(() => scheduleReview({ ...card, state: 7 }, Rating.Good, NOW)).toThrow(/'card.state'/);
  });
});

describe("dueQueue", () => {
  const at = (offsetDays: number, id: string) => ({
    id,
    ...newReviewCard(new Date(NOW.getTime() + offsetDays * DAY)),
  });
  const rows = [at(-1, "b"), at(2, "future"), at(-5, "a"), at(0, "now"), at(-1, "c")];

  it("keeps due cards only, most overdue first, ties in input order", () => {
    expect(dueQueue(rows, NOW, 10).map((r) => r.id)).toEqual(["a", "b", "c", "now"]);
  });

  it("respects the limit", () => {
    expect(dueQueue(rows, NOW, 2).map((r) => r.id)).toEqual(["a", "b"]);
    expect(dueQueue(rows, NOW, 0)).toEqual([]);
    expect(() => dueQueue(rows, NOW, -1)).toThrow(/'limit' passed to 'dueQueue'/);
  });

  it("does not reorder its input", () => {
    const ids = rows.map((r) => r.id);
    dueQueue(rows, NOW, 10);
    expect(rows.map((r) => r.id)).toEqual(ids);
  });
});
