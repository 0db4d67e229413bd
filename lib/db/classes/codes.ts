import "server-only";
import { randomInt } from "node:crypto";
import type { DbLike } from "../prisma";

/** No 0/O or 1/I: codes are read aloud and copied from slides. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

export function randomJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/**
 * A code no class uses now or used before (a retired code must keep saying "replaced", so it
 * is never handed out again). 32^8 codes make a clash rare; the unique index is the backstop.
 */
export async function freshJoinCode(tx: DbLike): Promise<string> {
  for (let tries = 0; tries < 10; tries += 1) {
    const code = randomJoinCode();
    const [live, retired] = await Promise.all([
      tx.class.count({ where: { joinCode: code } }),
      tx.retiredJoinCode.count({ where: { code } }),
    ]);
    if (live === 0 && retired === 0) return code;
  }
  throw new Error("freshJoinCode: no free code after 10 tries");
}
