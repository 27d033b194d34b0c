"use client";

import { ErrorMessage } from "@/components/shell/error-message";

// Sign-in that fails to load (the database is down, say): the dashboard's message, not the framework's own.
export default function SignInError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="px-4 py-16 sm:py-24">
      <ErrorMessage reset={reset} detail="Something went wrong on our side. Try again in a moment." />
    </main>
  );
}
