/** A calculation's reply: the result first, then the working, and the lesson that teaches it. */
export interface Calculation {
  /** Markdown: the result first, then the working. */
  text: string;
  /** The lesson that teaches this calculation. */
  lessonId: string;
  /**
   * Where the main input sits in the message ([start, end)): a follow-up with only a new value
   * ("and with 0?") replaces it there and computes again.
   */
  vary?: [number, number];
}
