import { redact } from "../platforms/http";

// A failed job's reason as staff may read it on the dashboard. Platform errors are redacted where they
// are made; this is the second net for everything else that can end up in BullMQ's failedReason.

const MAX_CHARS = 400;

const PATTERNS: [RegExp, string][] = [
  // Authorization header values.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/gi, "$1 [redacted]"],
  // Secrets in query strings and form bodies.
  [/([?&\s](?:key|apikey|api_key|access_token|refresh_token|client_secret|password|code)=)[^&\s#"']+/gi, "$1[redacted]"],
  // user:password@ in connection strings and URLs.
  [/\b([a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s]+@/gi, "$1[redacted]@"],
  // "password: ...", "secret=...", "token=..." in free text.
  [/\b(password|passwd|secret|token)(\s*[:=]\s*)("[^"]*"|'[^']*'|\S+)/gi, "$1$2[redacted]"],
];

/** The reason cut to one line of MAX_CHARS, without the given secrets or anything shaped like a credential. */
export function sanitizeJobError(reason: string | undefined | null, secrets: string[] = []): string {
  if (!reason?.trim()) return "No reason was recorded.";
  let text = redact(reason, secrets);
  for (const [pattern, replacement] of PATTERNS) text = text.replace(pattern, replacement);
  text = text.replace(/\s+/g, " ").trim();
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}

/** Every string inside a credentials object, at any depth (what sanitizeJobError must hide). */
export function credentialStrings(credentials: unknown): string[] {
  if (typeof credentials === "string") return credentials.length >= 4 ? [credentials, encodeURIComponent(credentials)] : [];
  if (typeof credentials !== "object" || credentials === null) return [];
  return Object.values(credentials).flatMap(credentialStrings);
}
