import { z } from "zod";

// What a reply may state about the property. Anything a draft mentions that is not here (a phone
// number, an e-mail address, a link, a price, an amenity) is flagged by the guardrails as possibly invented.

export const propertyProfileSchema = z.object({
  email: z.string().trim().email().optional(),
  phone: z.string().trim().max(40).optional(),
  website: z.string().trim().url().optional(),
  /** Amenities the property really has, in plain words ("rooftop pool", "spa", "parking garage"). */
  amenities: z.array(z.string().trim().min(2).max(80)).max(100).default([]),
  /** Other facts staff are happy for replies to state ("breakfast is served until 11:00"). */
  facts: z.array(z.string().trim().min(2).max(300)).max(50).default([]),
});

export type PropertyProfile = z.output<typeof propertyProfileSchema>;

/** A stored profile that no longer parses is treated as empty rather than breaking drafting. */
export function readPropertyProfile(stored: unknown): PropertyProfile {
  const parsed = propertyProfileSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : propertyProfileSchema.parse({});
}
