/** What a class's instructors will see, told before the learner joins (the join link and /classes). */
export function JoinNotice() {
  return (
    <p className="muted" data-testid="join-notice">
      The class&apos;s instructors will see your lesson progress and quiz answers (earlier ones
      too), and the tutor conversations you have from the moment you join, not the ones before.
      Leave the class and they see none of it.
    </p>
  );
}
