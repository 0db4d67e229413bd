/**
 * "Start the questions" is a server action that redirects to the lesson with its quiz: the
 * pressed button is gone afterwards, so focus would fall to <body>. The button leaves a note
 * here before it submits, and the quiz that mounts next takes focus once.
 */
const KEY = "quiz-focus-on-mount";

export function requestQuizFocus(): void {
  try {
    sessionStorage.setItem(KEY, "1");
  } catch {
    // Storage can be disabled; focus then stays where the browser puts it.
  }
}

export function takeQuizFocusRequest(): boolean {
  try {
    const asked = sessionStorage.getItem(KEY) === "1";
    sessionStorage.removeItem(KEY);
    return asked;
  } catch {
    return false;
  }
}
