import "server-only";

/** Public API of class management (lib/db/classes/*): access, management, membership. */
export {
  enrolledLearner,
  instructorClass,
  ownedClass,
  visibleTo,
  type Actor,
  type InstructorClass,
} from "./classes/access";
export {
  coInstructors,
  createClass,
  instructorClasses,
  removeLearner,
  roster,
  rotateJoinCode,
  shareClass,
  unshareClass,
  updateClass,
} from "./classes/manage";
export {
  classForCode,
  joinClass,
  learnerClasses,
  learnerClass,
  leaveClass,
  type Member,
} from "./classes/membership";
export * from "@/lib/contracts/classes";
