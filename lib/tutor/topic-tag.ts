/** The tag for messages no lesson answers, in the instructors' per-topic counts. */
export const OFF_TOPIC = "off-topic";
