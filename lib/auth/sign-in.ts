import { AuthError } from "next-auth";
import { env } from "../env";
import { appRedis } from "../jobs/redis";
import { signIn } from "./config";
import { signInSchema } from "./password-sign-in";
import { safeReturnPath } from "./return-path";
import { signInWaitMinutes } from "./sign-in-throttle";

export type SignInResult = { error?: string; email?: string };

/**
 * Signs a person in with email and password and redirects them (Next's redirect is thrown and must
 * propagate); returns what to show when it does not work.
 */
export async function signInWithPassword(input: { email: unknown; password: unknown; next: unknown; address: string }): Promise<SignInResult> {
  const email = typeof input.email === "string" ? input.email : "";
  const parsed = signInSchema.safeParse({ email: input.email, password: input.password });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email };

  const wait = await signInWaitMinutes(appRedis(), env.QUEUE_PREFIX, parsed.data.email, input.address);
  if (wait) return { error: `Too many sign-in attempts. Try again in ${wait} minute${wait === 1 ? "" : "s"}.`, email };
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeReturnPath(input.next) });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    // The failure was counted where the password was checked (checkPasswordSignIn).
    return { error: "That email and password do not match an account.", email };
  }
  return {};
}
