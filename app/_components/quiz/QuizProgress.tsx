import type { AttemptView } from "@/lib/contracts/quiz";
import { ProgressBar } from "../ui/ProgressBar";

/** "Question 2 of 5 · 1 done" and the bar that fills as questions are done. */
export function QuizProgress({ view }: { view: AttemptView }) {
  const total = view.questions.length;
  const done = view.questions.filter((q) => q.status === "correct" || q.status === "missed").length;
  const current = view.current;
  return (
    <ProgressBar
      labelId="quiz-progress-label"
      label={`${current ? `Question ${questionPosition(view)} of ${total}` : "All questions answered"} · ${done} done`}
      done={done}
      total={total}
    />
  );
}

/** 1-based position of the current question in the attempt. */
export function questionPosition(view: AttemptView): number {
  const id = view.current?.question.questionId;
  return view.questions.findIndex((q) => q.id === id) + 1;
}
