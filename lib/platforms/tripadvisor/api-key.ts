import { z } from "zod";

// Tripadvisor's Content API authenticates with one API key sent as the `key` query parameter (no
// OAuth, nothing to refresh). Because the key sits in every URL, no URL is ever put in a message or
// a log line without going through withoutKey().

/** Tripadvisor's review language codes: "en", "pt", "zh_CN"... */
export const TRIPADVISOR_LANGUAGE = /^[a-z]{2,3}([_-][A-Za-z]{2,4})?$/;

/** The API answers one language per call, English unless asked otherwise. */
export const TRIPADVISOR_DEFAULT_LANGUAGES = ["en"] as const;

export const tripadvisorCredentialsSchema = z.object({
  apiKey: z.string().trim().min(1),
  /** Review languages to ask for, one call each per poll (default: English). */
  languages: z.array(z.string().regex(TRIPADVISOR_LANGUAGE)).min(1).max(30).optional(),
});

export type TripadvisorCredentials = z.infer<typeof tripadvisorCredentialsSchema>;

/** Every form in which the key can appear in text: as typed, and encoded in a query string. */
export function keySecrets(apiKey: string): string[] {
  const inQuery = new URLSearchParams({ k: apiKey }).toString().slice(2);
  return [...new Set([apiKey, encodeURIComponent(apiKey), inQuery])];
}

/** The URL with its key replaced, safe for logs. */
export function withoutKey(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.searchParams.has("key")) parsed.searchParams.set("key", "[redacted]");
    return parsed.toString();
  } catch {
    return url.replace(/([?&]key=)[^&#]*/g, "$1[redacted]");
  }
}

/** "zh_CN" -> "zh-CN" (BCP 47); "pt" stays "pt". */
export function languageTag(lang: string): string {
  return lang.replace("_", "-");
}
