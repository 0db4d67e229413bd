"use client";

import { lazy, Suspense } from "react";

/*
 * The simulation library (every scenario, its models and parameter schemas) is the largest code
 * a lesson could ship, and a question's plot appears only once the learner has answered, or in
 * a tutor reply: loaded then, it stays out of the lesson's first load (the tutor chat and the
 * quiz import this).
 */
const QuestionRunPlotBody = lazy(() =>
  import("./QuestionRunPlotBody").then((module) => ({ default: module.QuestionRunPlotBody })),
);

/**
 * The simulation at the question's own parameters, run in the browser once the learner has
 * answered (running it earlier would give the answer away).
 */
export function QuestionRunPlot(props: {
  scenarioId: string;
  params: Record<string, number | string>;
}) {
  return (
    <Suspense fallback={null}>
      <QuestionRunPlotBody {...props} />
    </Suspense>
  );
}
