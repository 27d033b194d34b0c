"use server";

import { headers } from "next/headers";
import { signInAddress } from "@/lib/auth/password-sign-in";
import { signInWithPassword } from "@/lib/auth/sign-in";
import type { SignInState } from "@/components/auth/sign-in-form";

export async function signInAction(_prev: SignInState, form: FormData): Promise<SignInState> {
  const address = signInAddress(await headers());
  return signInWithPassword({
    email: form.get("email"),
    password: form.get("password"),
    next: form.get("next"),
    address,
  });
}
