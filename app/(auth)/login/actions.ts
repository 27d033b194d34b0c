"use server";

import { headers } from "next/headers";
import { signInWithPassword } from "@/lib/auth/sign-in";
import type { SignInState } from "@/components/auth/sign-in-form";

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const forwarded = (await headers()).get("x-forwarded-for");
  return signInWithPassword({
    email: form.get("email"),
    password: form.get("password"),
    next: form.get("next"),
    address: forwarded?.split(",")[0]?.trim() || "direct",
  });
}
