"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { CREDENTIAL_FIELDS, credentialsFormSchema, type CredentialPlatform } from "@/lib/platforms/connect/credential-forms";
import { PLATFORM_NAMES } from "@/lib/platforms/names";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

/**
 * The credentials of a platform without a sign-in page. Checked here with the server's own schema,
 * then by the server with one real call to the platform. Secrets are never filled in or sent back.
 */
export function CredentialsForm({ platform, propertyId, connect, onConnected }: {
  platform: CredentialPlatform;
  propertyId: string;
  connect: (input: Record<string, string>) => Promise<ActionResult<{ connectionId: string; reconnected: boolean }>>;
  onConnected: (reconnected: boolean) => void;
}) {
  const fields = CREDENTIAL_FIELDS[platform];
  const label = PLATFORM_NAMES[platform];
  const [values, setValues] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function submit(event: React.FormEvent) {
    event.preventDefault();
    const input = { platform, propertyId, ...values };
    const parsed = credentialsFormSchema.safeParse(input);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
      setFieldErrors(errors);
      setError(null);
      return;
    }
    setFieldErrors({});
    start(async () => {
      setError(null);
      const result = await connect(input);
      if (result.ok) onConnected(result.data.reconnected);
      else setError(result.error);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-label={`${label} credentials`}>
      {fields.map((f) => (
        <div key={f.name}>
          <TextField
            id={`credential-${f.name}`}
            label={f.label}
            type={f.secret ? "password" : "text"}
            autoComplete={f.secret ? "new-password" : "off"}
            spellCheck={false}
            value={values[f.name] ?? ""}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
            {...(fieldErrors[f.name] ? { error: fieldErrors[f.name] } : {})}
          />
          {fieldErrors[f.name] ? null : <p className="mt-1 text-xs text-stone-500">{f.hint}</p>}
        </div>
      ))}
      {error ? <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p> : null}
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs text-stone-500">Lobby checks these with {label} before saving them.</p>
        <Button type="submit" disabled={pending} className="shrink-0">
          {pending ? `Checking with ${label}…` : "Check and connect"}
        </Button>
      </div>
    </form>
  );
}
