import "server-only";

/** The tutor's turn: context from the learner's record, the engine (lib/tutor), effects, saving. */
export { tutorTurn, tutorTurnStream, type TurnInput, type TurnResult } from "./turn";
