import { z } from "zod";
import { zodResponseFormat } from "openai/helpers/zod";
import type { DraftPart } from "../types";

// What the model must answer with, parsed with zod before anything of it is used. Length limits are
// refinements rather than JSON-schema keywords: not every compatible server accepts minLength/maxItems in
// a strict schema, and zod checks them here either way.

const text = (max: number) => z.string().refine((s) => s.trim().length > 0 && s.length <= max, { message: `must be 1-${max} characters` });

export const draftOutputSchema = z.object({
  reply: text(6000),
  language: z.string().refine((s) => /^[a-z]{2}(-[A-Za-z]{2})?$/.test(s), { message: "must be a language code such as en or pt-BR" }),
  parts: z
    .array(
      z.object({
        text: text(2000),
        answers: text(200),
        // Strict structured output has no optional keys: "no sentence" is null.
        sentence: z.string().nullable(),
        guideline: z.string().nullable(),
      }),
    )
    .refine((parts) => parts.length >= 1 && parts.length <= 40, { message: "must list 1-40 parts" }),
});

export type DraftOutput = z.infer<typeof draftOutputSchema>;

/** `response_format` for chat.completions: the schema above as strict JSON schema. */
export const DRAFT_RESPONSE_FORMAT = zodResponseFormat(draftOutputSchema, "review_reply_draft");

export type ParsedDraft = { text: string; language: string; parts: DraftPart[] };

export class InvalidDraftOutput extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidDraftOutput";
  }
}

/** The model's message content as a draft; throws InvalidDraftOutput with what was wrong. */
export function parseDraftOutput(content: string | null | undefined): ParsedDraft {
  if (!content?.trim()) throw new InvalidDraftOutput("empty answer");
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new InvalidDraftOutput("answer is not JSON");
  }
  const parsed = draftOutputSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new InvalidDraftOutput(`answer does not match the schema: ${first?.path.join(".") || "(root)"} ${first?.message ?? ""}`.trim());
  }
  const reply = parsed.data.reply.trim();
  // A part must quote the reply: the "why" panel places each part on the text staff see.
  const parts: DraftPart[] = parsed.data.parts
    .filter((p) => reply.includes(p.text.trim()))
    .map((p) => ({
      text: p.text.trim(),
      answers: p.answers.trim(),
      ...(p.sentence?.trim() ? { sentence: p.sentence.trim() } : {}),
      ...(p.guideline?.trim() ? { guideline: p.guideline.trim() } : {}),
    }));
  if (parts.length === 0) throw new InvalidDraftOutput("no part of the answer quotes the reply");
  return { text: reply, language: parsed.data.language.toLowerCase().slice(0, 2), parts };
}
