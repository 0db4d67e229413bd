/**
 * The frameworks' names for the course's things: a learner who writes "clip_grad_value_ vs
 * clip_grad_norm_" or "unit_forget_bias=True" asks about value clipping against norm clipping,
 * the forget-gate bias. The lessons say it in words, so search, the course-word gate and the
 * glossary need the words beside the code. Only names that mean one course thing in every
 * framework that has them are read.
 */
const API_NAMES: readonly (readonly [RegExp, string])[] = [
  [
    /(?<![\w.])(?:[\w.]*\.)?(?:clip_grad_norm_?|clip_by_global_norm|clip_by_norm|global_clipnorm|clipnorm)(?!\w)/gi,
    "gradient clipping by norm",
  ],
  [
    /(?<![\w.])(?:[\w.]*\.)?(?:clip_grad_value_?|clip_by_value|clipvalue)(?!\w)/gi,
    "value clipping",
  ],
  // The argument of norm clipping (PyTorch's clip_grad_norm_, Keras's constraint) is its θ.
  [/(?<![\w.])max_norm(?!\w)/gi, "clipping threshold"],
  [/(?<![\w.])unit_forget_bias(?!\w)/gi, "forget-gate bias"],
  // Detaching the carried state, or stopping its gradient, is where a window of truncated BPTT ends.
  [
    /(?<![\w])(?:\.?detach_?\(\)|(?:[\w.]*\.)?stop_gradient(?!\w))/gi,
    "detach at the window boundary of truncated BPTT",
  ],
];

/** The message with each framework name followed by the course's name for it. */
export function withApiNames(message: string): string {
  let out = message;
  for (const [re, name] of API_NAMES) out = out.replace(re, (code: string) => `${code} (${name})`);
  return out;
}
