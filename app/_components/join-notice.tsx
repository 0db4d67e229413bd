import Link from "next/link";

/** What a class's instructors will see, told before the learner joins (the join link and /classes). */
export function JoinNotice() {
  return (
    <p className="muted" data-testid="join-notice">
      The class&apos;s instructors will see your lesson progress and quiz answers (earlier ones
      too), and the tutor conversations you have from the moment you join, not the ones before.
      Leave the class and they see none of it. <ExplorationNotice />
    </p>
  );
}

/** The one sentence on the slider record, wherever a learner joins or reads what their class sees. */
export function ExplorationNotice() {
  return (
    <span data-testid="exploration-notice">
      How you move a lesson plot&apos;s sliders while a question is open is recorded with your
      answer and your instructors can replay it; you can see and clear that record on{" "}
      <Link href="/progress#exploration-heading">your progress page</Link>.
    </span>
  );
}
