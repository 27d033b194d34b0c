import type { Redis } from "ioredis";
import { z } from "zod";
import type { Db } from "../db";
import { burnPasswordCheck, verifyPassword } from "./password";
import { recordFailedSignIn, signInWaitMinutes } from "./sign-in-throttle";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter a valid email address"),
  password: z.string().min(1, "Enter your password").max(200),
});

/** The network address a sign-in came from, as the throttle counts it. */
export function signInAddress(headers: { get(name: string): string | null }): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "direct";
}

/**
 * The user an email and password name, or null. Every password check goes through here, the sign-in
 * form's and Auth.js's own endpoint (POST /api/auth/callback/credentials) alike, so the throttle is
 * counted and enforced here: a refused address or email gets null even with the right password.
 */
export async function checkPasswordSignIn(db: Db, throttle: { redis: Redis; prefix: string }, raw: unknown, address: string) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  if (await signInWaitMinutes(throttle.redis, throttle.prefix, email, address)) return null;
  const user = await db.user.findUnique({ where: { email } });
  const ok = user ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password);
  if (!user || !ok) {
    await recordFailedSignIn(throttle.redis, throttle.prefix, email, address);
    return null;
  }
  return { id: user.id, email: user.email, name: user.name };
}
