import type { PlatformReplyStatus, ReplyState } from "@/lib/generated/prisma/enums";
import type { BadgeTone } from "@/components/ui/badge";

export { PLATFORM_NAMES as PLATFORM_LABELS } from "@/lib/platforms/names";

export const REPLY_STATE: Record<ReplyState, { label: string; tone: BadgeTone }> = {
  AWAITING_DRAFT: { label: "Drafting", tone: "neutral" },
  DRAFTED: { label: "Draft ready", tone: "info" },
  APPROVED: { label: "Approved", tone: "warning" },
  PUBLISHING: { label: "Publishing", tone: "warning" },
  PUBLISHED: { label: "Published", tone: "success" },
  FAILED: { label: "Publish failed", tone: "danger" },
  ANSWERED_ON_PLATFORM: { label: "Answered on platform", tone: "neutral" },
  REPLY_NOT_ACCEPTED: { label: "No reply possible", tone: "neutral" },
};

export const PLATFORM_REPLY_STATUS: Record<PlatformReplyStatus, string> = {
  NOT_SENT: "Not sent yet",
  PENDING: "Sent, awaiting the platform's moderation",
  PUBLISHED: "Live on the platform",
  REJECTED: "Rejected by the platform",
  FAILED: "Could not be published",
};

export const LANGUAGE_NAMES: Record<string, string> = {
  en: "English", de: "German", fr: "French", es: "Spanish", it: "Italian", pt: "Portuguese", nl: "Dutch",
};

export function formatDate(date: Date, timeZone?: string) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(date);
}

export function formatDateTime(date: Date, timeZone?: string) {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone }).format(date);
}
