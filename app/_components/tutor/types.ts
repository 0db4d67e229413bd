export interface ChatCitation {
  id: string;
  title: string;
}

export interface ChatTurn {
  id: string;
  role: "user" | "assistant";
  content: string;
  citations?: ChatCitation[];
  plot?: { scenarioId: string; params: Record<string, number | string> };
  quiz?: { questionId: string };
  notice?: string;
  /** Still streaming in. */
  partial?: boolean;
  error?: boolean;
}
