/** A calculation's reply: the result first, then the working, and the lesson that teaches it. */
export interface Calculation {
  /** Markdown: the result first, then the working. */
  text: string;
  /** The lesson that teaches this calculation. */
  lessonId: string;
}
