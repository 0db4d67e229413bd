/**
 * Zod compiles object validators with `new Function` when it may, and to find out whether it
 * may, it tries once. Our Content-Security-Policy has no 'unsafe-eval', so in a browser that try
 * is refused and reported as a CSP violation (a console error, and a failed Lighthouse
 * best-practices audit) even though Zod catches it. Zod's `jitless` setting skips the try; it is
 * read from a global object, so this works whether Zod has been loaded yet or not, without
 * importing it. Browsers and workers only: the server has no such policy and keeps the JIT.
 */
export function configureZodWithoutEval(): void {
  const global = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
  global.__zod_globalConfig ??= {};
  global.__zod_globalConfig.jitless = true;
}
