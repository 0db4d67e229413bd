/**
 * Per-learner numbers: a simulated question draws its parameters from this seed, so the same
 * attempt always sees the same numbers and another attempt (or learner) sees others.
 */
export const instanceSeed = (attemptId: string, questionId: string) => `${attemptId}/${questionId}`;
