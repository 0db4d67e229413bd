/** What one turn of the dialogue knows, and what deciding it produces. */
import type { Focus } from "../focus";
import type { Relevance } from "../relevance";
import type { DialogueState, TutorContext, TutorReply, TutorRequest } from "../types";
import type { TurnFacts } from "./state";

/** The open question tests this misconception: correcting it in chat would answer the question. */
export function testedBy(guards: readonly Focus[], id: string): Focus | undefined {
  return guards.find((g) => JSON.stringify(g.question).includes(`"${id}"`));
}

export interface Turn {
  request: TutorRequest;
  context: TutorContext;
  state: DialogueState;
  guards: Focus[];
  contextFocus: Focus | undefined;
  quizFocus: Focus | undefined;
  lessonOpt: { lessonId?: string };
}

export type Decision = { reply: TutorReply; facts?: TurnFacts; relevance?: Relevance };
