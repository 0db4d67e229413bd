"use client";

import dynamic from "next/dynamic";

/*
 * The quiz (its forms, grading feedback and the quiz contract's zod schemas) in a chunk of its
 * own. A lesson page only renders it for a learner who has started; a client component imported
 * directly would go into the page's shared bundle and load for every visitor as well. Rendered
 * on the server as before; where it is rendered, its chunk is preloaded with the page.
 */
export const LazyQuizPanel = dynamic(() =>
  import("./QuizPanel").then((module) => ({ default: module.QuizPanel })),
);
