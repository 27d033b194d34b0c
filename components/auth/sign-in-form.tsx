"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export type SignInState = { error?: string; email?: string };

export function SignInForm({ next, signIn }: { next: string; signIn: (prev: SignInState, form: FormData) => Promise<SignInState> }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <TextField id="email" name="email" type="email" label="Email" autoComplete="username" required defaultValue={state.email} autoFocus />
      <TextField id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      {state.error ? (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {state.error}
        </p>
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
