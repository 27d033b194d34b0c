import type { Prisma } from "../generated/prisma/client";
import { DEFAULT_VOICE } from "../voice/guidelines";
import { scoreVoice, type VoiceReport } from "../voice/voice-score";
import { greetingName } from "./builtin/guest-name";
import type { DraftContext } from "./build-draft-input";
import { checkReply, replyContextFor } from "./guardrails";
import type { GuardrailFlag } from "./types";

/** What Lobby found in a reply text: guardrail flags and how on-brand it reads. */
export type ReplyAssessment = { flags: GuardrailFlag[]; voiceReport: VoiceReport; voiceVersionId: string | null };

/**
 * Checks a reply, from a provider or from staff, against the review it answers: the guardrails and the
 * voice score. `language` is the reply's own language when a provider reports it; otherwise the review's.
 */
export function assessReply(text: string, context: DraftContext, language?: string | null): ReplyAssessment {
  const { input } = context;
  const voice = input.voice ?? DEFAULT_VOICE;
  const flags = checkReply(text, replyContextFor(input, context.reviewLanguage));
  const voiceReport = scoreVoice(text, {
    rules: voice,
    language: language ?? context.reviewLanguage,
    guestName: greetingName(input.review.authorName),
    signatoryName: voice.signatoryName || input.property.signatoryName,
  });
  return { flags, voiceReport, voiceVersionId: context.voiceVersionId };
}

/** The Draft columns an assessment fills. */
export function assessmentColumns(assessment: ReplyAssessment) {
  return {
    flags: assessment.flags as unknown as Prisma.InputJsonValue,
    voiceScore: assessment.voiceReport.score,
    voiceReport: assessment.voiceReport as unknown as Prisma.InputJsonValue,
    voiceVersionId: assessment.voiceVersionId,
  };
}

/** The blocking flags' messages, for the error that refuses an approval. */
export function blockingReasons(flags: readonly GuardrailFlag[]): string[] {
  return flags.filter((f) => f.blocking).map((f) => (f.excerpt ? `${f.message} (“${f.excerpt}”)` : f.message));
}
