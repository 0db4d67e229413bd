/** Prisma reports a unique-constraint violation as P2002, whichever driver adapter is in use. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
