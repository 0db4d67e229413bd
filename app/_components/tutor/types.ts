import type { Citation, TutorTurnResult } from "@/lib/contracts/tutor";

/** One message on screen, the learner's or the tutor's. */
export interface ChatTurn {
  id: string;
  role: "user" | "assistant";
  content: string;
  citations?: Citation[];
  plot?: TutorTurnResult["plot"];
  quiz?: { questionId: string };
  notice?: string;
  /** Still streaming in. */
  partial?: boolean;
  error?: boolean;
}
