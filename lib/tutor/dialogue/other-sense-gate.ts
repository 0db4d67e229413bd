/**
 * "What if I clip my hedge at 5 cm?", "simulate my garden gate swinging": a run or a what-if
 * whose course words are meant in another sense. Whether anything of the course is left is for
 * relevance to say (its other-sense rule discounts those words), before anything is run or
 * computed on the numbers.
 */
import { assess } from "../relevance";
import { otherSenseTerms } from "../retrieval/other-sense";

export function offCourseInOtherSense(message: string, lessonId?: string): boolean {
  if (otherSenseTerms(message).length === 0) return false;
  return !assess(message, lessonId ? { lessonId } : {}).onTopic;
}
