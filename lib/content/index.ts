/** Public API of lib/content. See README.md. */
export { concepts, getLesson, LessonId, LessonMeta, lessons, SEED_LESSON_IDS } from "./lessons";
export { getQuestion, questions, questionsForLesson, QUESTION_FILES } from "./questions";
export { getMisconception, misconceptions } from "./misconceptions";
export { CONCEPT_TITLES, conceptTitle } from "./concepts";
export { ContentError, loadLessons, loadQuestions, type ContentIssue } from "./load";
export { mathSnippets, plainLabel, plainMath, splitMath, texToPlain } from "./math";
export {
  allParams,
  drawParams,
  fillPlaceholders,
  formatValue,
  hashSeed,
  paramValues,
  placeholdersIn,
  sig,
  simulate,
} from "./params";
export {
  Misconception,
  Question,
  QUESTION_TYPES,
  type ParamDef,
  type Params,
  type QuestionInput,
  type QuestionOf,
  type QuestionType,
} from "./schema";
