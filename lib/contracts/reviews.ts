import { z } from "zod";
import { contract } from "./http";
import { AttemptView } from "./quiz";

/** The spaced-review endpoints: the due queue, and opening a review of one question. */

/** Dates cross the wire as ISO strings; the server hands Date objects to Response.json. */
const IsoDate = z.union([z.string(), z.date()]);

export const StartReviewInput = z.object({
  questionId: z.string({ error: "questionId is required" }).min(1).max(200),
});
export type StartReviewInput = z.infer<typeof StartReviewInput>;

/** One due card; `state` is the scheduler's: 0 new, 1 learning, 2 review, 3 relearning. */
export const DueReview = z.object({
  questionId: z.string(),
  due: IsoDate,
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.number().int().min(0).max(3),
});

export const reviewContracts = {
  queue: contract({
    method: "GET",
    path: "/api/reviews",
    request: null,
    response: z.object({ due: z.array(DueReview) }),
  }),
  start: contract({
    method: "POST",
    path: "/api/reviews",
    request: StartReviewInput,
    response: AttemptView,
  }),
};
