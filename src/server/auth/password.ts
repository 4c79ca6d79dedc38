import type { Algorithm } from "@node-rs/argon2";
import { hash, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's first recommended setting (m = 19 MiB, t = 2, p = 1): slow enough to
 * make a stolen database costly to crack, fast enough (tens of ms) for a login.
 */
export const argonOptions = {
  // Algorithm is a const enum in the package's types; 2 is Argon2id.
  algorithm: 2 as Algorithm,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password into a PHC string ("$argon2id$v=19$m=19456,t=2,p=1$…"). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, argonOptions);
}

/** True when the password matches the stored hash; false for a mismatch or a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Made once when the module loads, so that not even the first unknown-email login pays for
// hashing it (which would make that one answer slower than a wrong password).
const dummy: Promise<string> = hashPassword("nura-timing-equaliser-not-a-real-password");

/**
 * A hash to verify against when no account has the email, so a failed login takes the same time
 * whether or not the account exists (no way to probe which emails have accounts).
 */
export function dummyHash(): Promise<string> {
  return dummy;
}
