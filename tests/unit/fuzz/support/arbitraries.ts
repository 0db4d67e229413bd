// Generators of hostile input: malformed JSON, wrong types, missing and extra fields, huge and
// weird strings, NaN-ish numbers, garbage ids, and now and then a real id of the seeded world
// so that a request gets past "not found" and reaches the code behind it.
import fc from "fast-check";
import { ROLE_WEIGHTS, type Role, type World } from "./world";

export const SQL_STRINGS = [
  "'; DROP TABLE users; --",
  '" OR 1=1 --',
  "\\",
  "\\'; DELETE FROM classes; --",
  "' OR '1'='1",
  "Robert'); DROP TABLE classes;--",
  "%_%",
  "a\u0000b",
  "\u0000",
];
export const SCRIPT_STRINGS = [
  "<script>window.__pwned=1</script>",
  '<img src=x onerror="window.__pwned=1">',
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
];
const NUMBERISH = [
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e999",
  "0x10",
  "",
  " ",
  "9007199254740993",
];
const WEIRD = ["\u202e\u0041", "\ud800", "e\u0301", "👩‍👩‍👧", "\uFEFF", "\t\n\r", "null", "undefined"];

const KEYS = [
  "name",
  "email",
  "password",
  "role",
  "code",
  "lessonId",
  "restart",
  "attemptId",
  "questionId",
  "response",
  "idempotencyKey",
  "timeTakenMs",
  "hintIndex",
  "message",
  "conversationId",
  "clientMessageId",
  "history",
  "params",
  "archived",
  "expiresInDays",
  "next",
  "classId",
  "learnerId",
];

export function nastyString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string() },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...SQL_STRINGS, ...SCRIPT_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...NUMBERISH, ...WEIRD) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 5000 }).map((n) => "x".repeat(n)) },
  );
}

const TUTOR_MESSAGES = [
  "why do gradients vanish?",
  "give me a hint",
  "quiz me",
  "what if the forget bias were 5?",
  "b",
  "42",
  "hello",
];

const optionId = () => fc.oneof(fc.constantFrom("a", "b", "c", "d"), fc.string({ maxLength: 8 }));

/** Values each body or form field accepts, so that requests get past validation. */
export function validFor(world: World, key: string): fc.Arbitrary<unknown> {
  const { ids } = world;
  const idOr = (...real: string[]) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...real) },
      { weight: 1, arbitrary: nastyString() },
    );
  const turn = fc.record(
    {
      role: fc.constantFrom("user", "assistant"),
      content: fc.oneof(fc.constantFrom(...TUTOR_MESSAGES), nastyString()),
      quiz: fc.record({ questionId: fc.constantFrom(...ids.questionIds) }),
    },
    { requiredKeys: ["role", "content"] },
  );
  switch (key) {
    case "name":
      return fc.oneof(nastyString(), fc.constantFrom(...SQL_STRINGS, ...SCRIPT_STRINGS));
    case "email":
      return fc.oneof(
        fc.emailAddress(),
        fc.constantFrom("learner@fuzz.test", "colleague@fuzz.test", " OWNER@fuzz.test "),
      );
    case "password":
      return fc.oneof(
        fc.string({ minLength: 8, maxLength: 40 }),
        fc.constant("correct horse battery"),
      );
    case "role":
      return fc.constantFrom("learner", "instructor");
    case "code":
      return fc.oneof(
        fc.constantFrom("FUZZ2026", "fuzz-2026", "DEMO2026"),
        fc.stringMatching(/^[A-Za-z0-9 -]{4,20}$/),
      );
    case "lessonId":
      return idOr("what-problem-lstm-solves", "gru", "bptt-basics");
    case "attemptId":
      return idOr(ids.attemptId);
    case "questionId":
      return idOr(...ids.questionIds);
    case "conversationId":
      return idOr(ids.conversationId);
    case "classId":
      return idOr(ids.classId);
    case "learnerId":
      return idOr(ids.learnerId);
    case "restart":
    case "archived":
      return fc.boolean();
    case "response":
      return fc.oneof(
        fc.record({ type: fc.constantFrom("single-choice", "predict-plot"), optionId: optionId() }),
        fc.record({
          type: fc.constant("multiple-select"),
          optionIds: fc.array(optionId(), { maxLength: 4 }),
        }),
        fc.record({
          type: fc.constant("numeric"),
          value: fc.oneof(fc.double(), fc.constantFrom("0.5", "1e3", "NaN", "")),
        }),
        fc.record({ type: fc.constant("ordering"), order: fc.array(optionId(), { maxLength: 5 }) }),
        fc.record({ type: fc.constant("short-text"), text: nastyString() }),
        nastyObject(world),
      );
    case "idempotencyKey":
    case "clientMessageId":
      return fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/);
    case "timeTakenMs":
      return fc.integer({ min: 0, max: 86_400_000 });
    case "hintIndex":
      return fc.integer({ min: 0, max: 20 });
    case "expiresInDays":
      return fc.integer({ min: 0, max: 365 });
    case "message":
      return fc.oneof(fc.constantFrom(...TUTOR_MESSAGES), nastyString());
    case "history":
      return fc.array(turn, { maxLength: 6 });
    case "params":
      return fc.dictionary(
        fc.oneof(fc.constantFrom("forgetBias", "steps", "T", "weight"), fc.string()),
        fc.oneof(fc.double(), fc.integer(), nastyString()),
        { maxKeys: 3 },
      );
    case "next":
      return fc.constantFrom("/classes", "//evil.test", "/lessons/gru?x=1", "javascript:alert(1)");
    default:
      return nastyString();
  }
}

/** Mostly valid values for the named fields, each now and then absent or hostile. */
export function fieldsObject(
  world: World,
  keys: readonly string[],
): fc.Arbitrary<Record<string, unknown>> {
  const entries = keys.map((key) =>
    fc.oneof(
      { weight: 10, arbitrary: validFor(world, key).map((v) => [key, v] as const) },
      { weight: 1, arbitrary: nastyValue(world).map((v) => [key, v] as const) },
      { weight: 1, arbitrary: fc.constant(null) },
    ),
  );
  return fc
    .tuple(fc.tuple(...entries), fc.option(fc.tuple(fc.string(), nastyValue(world)), { freq: 5 }))
    .map(([pairs, extra]) => {
      const object: Record<string, unknown> = {};
      for (const pair of pairs) if (pair) object[pair[0]] = pair[1];
      if (extra) object[extra[0]] = extra[1];
      return object;
    });
}

function plausible(world: World): fc.Arbitrary<unknown> {
  return fc.constantFrom(...KEYS).chain((key) => validFor(world, key));
}

export function nastyValue(world: World): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: nastyString() },
    { weight: 4, arbitrary: plausible(world) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.double(),
        fc.integer(),
        fc.constantFrom(1e308, -1, 0.5, Number.MAX_SAFE_INTEGER + 2, -0, 86_400_001),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  );
}

/** An object of known and unknown keys with hostile or plausible values. */
export function nastyObject(world: World): fc.Arbitrary<Record<string, unknown>> {
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...KEYS) },
    { weight: 1, arbitrary: fc.string() },
  );
  return fc.dictionary(key, nastyValue(world), { maxKeys: 6 });
}

/** A request body as text (or bytes that are not UTF-8), most of it nearly-valid JSON. */
export function nastyBody(
  world: World,
  keys: readonly string[] = [],
): fc.Arbitrary<string | Uint8Array> {
  return fc.oneof(
    {
      weight: keys.length > 0 ? 12 : 0,
      arbitrary: fieldsObject(world, keys).map((o) => JSON.stringify(o)),
    },
    { weight: 3, arbitrary: nastyObject(world).map((o) => JSON.stringify(o)) },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v)) },
    { weight: 1, arbitrary: nastyObject(world).map((o) => JSON.stringify(o).slice(0, -1)) },
    { weight: 1, arbitrary: fc.string() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "",
        "null",
        "[]",
        "1e999",
        '"text"',
        "{'single': 'quotes'}",
        '{"__proto__": {"polluted": true}}',
        '{"constructor": {"prototype": {"polluted": true}}}',
        '{"response": {"__proto__": {"type": "numeric"}}}',
        "[".repeat(20_000) + "]".repeat(20_000),
        `{"response": ${'{"a":'.repeat(5000)}1${"}".repeat(5000)}}`,
        JSON.stringify({ name: "x".repeat(70_000) }),
        JSON.stringify({ message: "é".repeat(40_000) }),
      ),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  );
}

/** A path parameter: often the real id its name asks for, else garbage or another id. */
export function nastyParam(world: World, name: string): fc.Arbitrary<string> {
  const { ids } = world;
  const real: Record<string, string[]> = {
    classId: [ids.classId],
    learnerId: [ids.learnerId],
    attemptId: [ids.attemptId],
    conversationId: [ids.conversationId],
    file: ["progress.csv", "progress.json", "items.csv", "items.json"],
  };
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(real[name] ?? ["x"])) },
    { weight: 2, arbitrary: nastyString() },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ids.classId,
        ids.learnerId,
        ids.instructorId,
        "../../etc/passwd",
        "%00",
      ),
    },
  );
}

export function nastyHeaders(): fc.Arbitrary<Headers> {
  const headerValue = fc.oneof(
    fc.constantFrom("203.0.113.9", "::1", "", "unknown, 10.0.0.1", "x".repeat(4000)),
    fc.string({ unit: "grapheme-ascii", maxLength: 60 }),
    // Long and incompressible: PostgreSQL's index entries are limited to about 2.7 kB.
    fc.string({ unit: "grapheme-ascii", minLength: 3000, maxLength: 3000 }),
  );
  return fc
    .record(
      {
        contentType: fc.constantFrom("application/json", "text/plain", "multipart/form-data", "x"),
        accept: fc.constantFrom("application/json", "text/event-stream", "*/*"),
        forwarded: headerValue,
        contentLength: fc.constantFrom("0", "1", "abc", "-5", "99999999999", "65537"),
        lie: fc.integer({ min: 0, max: 9 }),
      },
      { requiredKeys: ["contentType", "accept", "lie"] },
    )
    .map(({ contentType, accept, forwarded, contentLength, lie }) => {
      const headers = new Headers({ "content-type": contentType, accept });
      // Values Headers refuses (control characters) are not sendable by any client: drop them.
      try {
        if (forwarded !== undefined) headers.set("x-forwarded-for", forwarded);
      } catch {
        /* unsendable header value */
      }
      // A lying Content-Length now and then; a real client's matches the body.
      if (contentLength !== undefined && lie === 0) headers.set("content-length", contentLength);
      return Object.assign(headers, { [fc.toStringMethod]: () => JSON.stringify([...headers]) });
    });
}

/** FormData as a browser could post it: strings, files, repeated and unknown fields. */
export function nastyFormData(world: World, keys: readonly string[] = []): fc.Arbitrary<FormData> {
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...KEYS) },
    { weight: 1, arbitrary: fc.constantFrom("$ACTION_ID_x", "__proto__", "constructor") },
    { weight: 1, arbitrary: fc.string() },
  );
  const value = fc.oneof(
    { weight: 5, arbitrary: nastyString() },
    {
      weight: 3,
      arbitrary: plausible(world).map((v) => (typeof v === "string" ? v : JSON.stringify(v))),
    },
    { weight: 1, arbitrary: fc.constant(new Blob(["file body"])) },
  );
  const asText = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
  const fields = fieldsObject(world, keys).map((o) =>
    Object.entries(o).map(([k, v]) => [k, asText(v)] as [string, string | Blob]),
  );
  const junk = fc.array(fc.tuple(key, value), { maxLength: 6 });
  return fc
    .oneof({ weight: keys.length > 0 ? 3 : 0, arbitrary: fields }, { weight: 1, arbitrary: junk })
    .map((entries) => {
      const form = new FormData();
      for (const [k, v] of entries) form.append(k, v);
      // Counterexamples print the fields rather than "[object FormData]".
      return Object.assign(form, { [fc.toStringMethod]: () => JSON.stringify([...form]) });
    });
}

export function role(): fc.Arbitrary<Role> {
  return fc.oneof(
    ...Object.entries(ROLE_WEIGHTS).map(([r, weight]) => ({
      weight,
      arbitrary: fc.constant(r as Role),
    })),
  );
}
