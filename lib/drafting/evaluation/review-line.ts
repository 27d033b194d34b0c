import { z } from "zod";
import type { VoiceRules } from "../../voice/guidelines";
import type { PropertyProfile } from "../../voice/property-profile";
import type { DraftInput } from "../types";

// One review per line, in the format of the development set (../shared/data/reviews-dev.jsonl): id,
// platform, hotel, rating, title, text, published, and the hotel's own reply when it has one. Used by
// the batch drafting, evaluation and benchmark scripts.

export const reviewLineSchema = z.object({
  id: z.string().min(1),
  platform: z.string().min(1),
  hotel: z.object({ name: z.string().min(1), city: z.string().default("") }),
  rating: z.number().min(0).max(10).nullable().default(null),
  title: z.string().nullable().default(null),
  text: z.string().nullable().default(null),
  published: z.string().optional(),
  author: z.string().nullable().optional(),
  language: z.string().nullable().optional(),
  reply: z.object({ text: z.string() }).passthrough().nullable().optional(),
});

export type ReviewLine = z.output<typeof reviewLineSchema>;

/** The path of the development set, kept outside the repository. */
export const DEV_SET = "/work/shared/data/reviews-dev.jsonl";

export type BatchSettings = { voice?: VoiceRules; profile?: PropertyProfile; signatoryName: string; signatoryTitle: string };

export function draftInputFor(line: ReviewLine, settings: BatchSettings, recentReplies: string[] = []): DraftInput {
  return {
    review: {
      rating: line.rating,
      title: line.title,
      text: line.text,
      language: line.language ?? null,
      authorName: line.author ?? null,
      platform: line.platform.toUpperCase(),
    },
    property: {
      name: line.hotel.name,
      city: line.hotel.city,
      signatoryName: settings.signatoryName,
      signatoryTitle: settings.signatoryTitle,
      ...(settings.profile ? { profile: settings.profile } : {}),
    },
    ...(settings.voice ? { voice: settings.voice } : {}),
    recentReplies,
    seed: line.id,
  };
}

/** Recent drafts per hotel, newest first, so batch drafts vary like a property's real replies. */
export class RecentReplies {
  private readonly byHotel = new Map<string, string[]>();
  constructor(private readonly keep = 20) {}
  for(hotel: string): string[] {
    return this.byHotel.get(hotel) ?? [];
  }
  add(hotel: string, reply: string): void {
    this.byHotel.set(hotel, [reply, ...this.for(hotel)].slice(0, this.keep));
  }
}
