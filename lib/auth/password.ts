import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's minimum recommended cost (19 MiB, 2 passes, 1 lane): memory-hard, so
 * a stolen table is expensive to attack on GPUs, and about 20 ms per hash on one core here.
 */
const OPTIONS = {
  // 2 = Algorithm.Argon2id (a const enum, which isolatedModules cannot inline).
  algorithm: 2 as const,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must not turn a sign-in into a 500.
    return false;
  }
}

/**
 * A real hash of a throwaway password: verifying against it when the account does not exist
 * takes as long as a real check, so response time does not reveal which emails have accounts.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword("not-a-real-password-used-for-timing");
  return dummyHash;
}
