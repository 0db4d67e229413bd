/**
 * Who asks, and the vocabulary of the access table. Plain data and helpers only (no Playwright
 * import), so the completeness test can load the table in Node without a browser or a server.
 */

/**
 * `learner` is enrolled in `instructor`'s class and owns the attempt and the tutor
 * conversation the table asks about; `instructor` owns the class and shared it with
 * `coInstructor`; `otherLearner` and `otherInstructor` are strangers to all of it, so their
 * rows show that someone else's id answers exactly like a missing one. Writes run in this order.
 */
export const ROLES = [
  "anon",
  "guest",
  "learner",
  "otherLearner",
  "instructor",
  "coInstructor",
  "otherInstructor",
] as const;
export type Role = (typeof ROLES)[number];
export type AccountRole = Exclude<Role, "anon" | "guest">;

/** A status, or for a redirect its status and target path: "307 /sign-in". */
export type Outcome = number | `${301 | 302 | 303 | 307 | 308} /${string}`;
export type Want = Record<Role, Outcome>;

export const SIGN_IN = "307 /sign-in";

/** The same outcome for every role; spread it and override the roles that differ. */
export function all(outcome: Outcome): Want {
  return Object.fromEntries(ROLES.map((role) => [role, outcome])) as Want;
}

/** Any session will do (a guest's too); no session is a 401. */
export const signedIn = (outcome: Outcome): Want => ({ ...all(outcome), anon: 401 });

/** Only `learner` sees it; anyone else's session gets the 404 a missing id gets. */
export const learnerOwned = (outcome: Outcome): Want => ({
  ...all(404),
  anon: 401,
  learner: outcome,
});

/** Instructor APIs about the class: learners are refused, strangers get 404. */
export const instructorApi = (outcome: Outcome): Want => ({
  anon: 401,
  guest: 403,
  learner: 403,
  otherLearner: 403,
  instructor: outcome,
  coInstructor: outcome,
  otherInstructor: 404,
});

/** Renaming, archiving and sharing stay with the owner: a co-instructor gets a 403. */
export const ownerOnlyApi = (outcome: Outcome): Want => ({
  ...instructorApi(outcome),
  coInstructor: 403,
});

/** Instructor pages: sign in first; to learners and strangers the page does not exist. */
export const instructorPage = (outcome: Outcome): Want => ({
  anon: SIGN_IN,
  guest: SIGN_IN,
  learner: 404,
  otherLearner: 404,
  instructor: outcome,
  coInstructor: outcome,
  otherInstructor: 404,
});

/** The setup's accounts, unique per run. */
export const accountEmail = (role: AccountRole, run: string) => `access-${role}-${run}@example.com`;
/** An instructor account with no part in the class: the share rows share with it and unshare. */
export const spareInstructorEmail = (run: string) => `access-spare-instructor-${run}@example.com`;
export const accountPassword = (run: string) => `pw-${run}-long`;

/** What the table's setup made, unique per run; rows read their ids from here. */
export interface Fixture {
  run: string;
  classId: string;
  code: string;
  learnerId: string;
  otherLearnerId: string;
  attemptId: string;
  conversationId: string;
  /** The learner's tutor message, which titles the conversation: private to the learner. */
  conversationTitle: string;
}

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Body = Record<string, unknown> | string;

export interface Row {
  method: Method;
  /** The route as app/ declares it, route groups dropped: /api/classes/:classId. */
  route: string;
  /** Values for the route's params other than the fixture's (a guessed id, an export name). */
  params?: Record<string, string | ((f: Fixture) => string)>;
  query?: (f: Fixture) => string;
  /** Valid-shaped, so the status reflects who asks, not what they sent (unless `note` says). */
  body?: Body | ((f: Fixture, role: Role) => Body);
  want: Want;
  /** Why a second row of the same route differs: shown in the test title. */
  note?: string;
  /**
   * Each role asks in a new session of its own (a new guest; the same account signed in
   * again), for rows that sign in, out or up and must not end the sessions other rows use.
   */
  freshSession?: true;
  /** The response contains this text for exactly these roles (private data stays private). */
  shows?: { text: (f: Fixture) => string; to: readonly Role[] };
  /**
   * The route is being built elsewhere: its row is skipped until app/ has it, and the
   * completeness test fails once it exists, so the row is switched on when it lands.
   */
  pending?: string;
}

/** "GET /lab/:scenarioId" with static params filled in, plus the note: unique per row. */
export function rowTitle(row: Row): string {
  const path = row.route.replace(/:(\w+)/g, (param, name: string) => {
    const value = row.params?.[name];
    return typeof value === "string" ? value : param;
  });
  return `${row.method} ${path}${row.note ? ` (${row.note})` : ""}`;
}
