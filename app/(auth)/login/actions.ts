"use server";

import { AuthError } from "next-auth";
import { signIn, signInSchema } from "@/lib/auth/config";
import { safeReturnPath } from "@/lib/auth/return-path";

import type { SignInState } from "@/components/auth/sign-in-form";

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
  const email = String(form.get("email") ?? "");
  if (!parsed.success) return { error: parsed.error.issues[0]?.message, email };
  const next = safeReturnPath(form.get("next"));
  try {
    // On success signIn throws Next's redirect, which must propagate.
    await signIn("credentials", { ...parsed.data, redirectTo: next });
  } catch (error) {
    if (error instanceof AuthError) return { error: "That email and password do not match an account.", email };
    throw error;
  }
  return {};
}
