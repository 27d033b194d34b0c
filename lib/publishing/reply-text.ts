import { z } from "zod";
import { UserFacingError } from "../errors";
import { REPLY_RULES } from "../platforms/reply-rules";
import { characterCount } from "./character-count";
import type { Platform } from "../generated/prisma/enums";

const PLACEHOLDER = /\[[A-Z _-]{2,}\]|\{\{[^}]*\}\}|<(name|hotel|guest)>/i;

/** The reply text as staff type it; the same schema checks the form and the server action. */
export function replyTextSchema(platform: Platform) {
  const max = REPLY_RULES[platform].maxLength;
  return z
    .string()
    .trim()
    .min(1, "The reply is empty.")
    .refine((t) => characterCount(t) <= max, `The reply is longer than the ${max} characters this platform accepts.`)
    .refine((t) => !PLACEHOLDER.test(t), "The reply still contains a placeholder such as [NAME].");
}

/** Parses reply text on the server; a bad value becomes an error the editor can show. */
export function parseReplyText(platform: Platform, text: unknown): string {
  const parsed = replyTextSchema(platform).safeParse(text);
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "The reply is not valid.");
  return parsed.data;
}
