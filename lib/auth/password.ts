import "server-only";
import bcrypt from "bcryptjs";

/** bcrypt work factor: 2^12 rounds, about a quarter of a second on one core. */
export const BCRYPT_COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

// A real hash of a random string, compared against when the email is unknown,
// so that a wrong email and a wrong password take the same time to answer.
const unknownUserHash = bcrypt.hashSync(crypto.randomUUID(), BCRYPT_COST);

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  return bcrypt.compare(password, hash ?? unknownUserHash).then((match) => match && Boolean(hash));
}
