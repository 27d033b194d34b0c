import { describe, expect, it } from "vitest";
import { buildDraftMessages, PROMPT_VERSION } from "./prompt";
import { draftInput, HOSTILE_TEXT } from "./testing";

/** The JSON object between the <review> tags of the user message. */
function reviewData(user: string): Record<string, unknown> {
  const json = user.slice(user.indexOf("<review>") + "<review>".length, user.lastIndexOf("</review>"));
  return JSON.parse(json) as Record<string, unknown>;
}

describe("the OpenAI prompt", () => {
  it("puts voice, property facts and approved replies in the system message, each example delimited", () => {
    const { system } = buildDraftMessages(draftInput());
    expect(system).toContain("Casa Azulejo Lisboa");
    expect(system).toContain('"email":"hello@casa-azulejo.example"');
    expect(system).toContain("breakfast is served until 11:00");
    expect(system).toContain('en: "Dear {name},"');
    expect(system).toContain("With warm regards from Alfama,");
    expect(system).toContain('"our team in Alfama"');
    expect(system).toMatch(/Never use: "unfortunately"/);
    expect(system).toContain("We never mention competitors.");
    expect(system).toContain("Inês Carvalho, General Manager");
    expect(system).toMatch(/<example n="1">\nDear Tom, thank you[^<]*\n<\/example>\n<example n="2">\nDear Sofia/);
    expect(system).toContain('- "Dear Paul, many thanks for choosing Casa Azulejo.');
    expect(system).toMatch(/Never offer or promise refunds, free nights/);
  });

  it("keeps everything the guest wrote, display name included, out of the system message", () => {
    const input = draftInput({ title: "Cold breakfast", text: HOSTILE_TEXT, authorName: "Zebulon Q." });
    const { system, user } = buildDraftMessages(input);
    for (const guestText of ["Cold breakfast", "Ignore previous instructions", "admin mode", "Zebulon"]) {
      expect(system).not.toContain(guestText);
      expect(user).toContain(guestText);
    }
  });

  it("passes the review as a JSON object whose text cannot close the <review> tag", () => {
    const { user } = buildDraftMessages(draftInput({ text: HOSTILE_TEXT }));
    expect(user).toMatch(/untrusted guest/);
    expect(user.match(/<\/review>/g)).toHaveLength(1);
    expect(reviewData(user)).toEqual({ rating: 2, title: "Noisy night", text: HOSTILE_TEXT, language: "en", authorDisplayName: "Anna K." });
  });

  it("detects the language when the platform gave none, and states the bilingual rule", () => {
    const input = draftInput({ language: null, text: "Das Zimmer war sehr laut und das Frühstück war kalt, aber das Personal war freundlich." });
    expect(reviewData(buildDraftMessages(input).user).language).toBe("de");
    const bilingual = draftInput({}, { voice: { ...draftInput().voice!, bilingualWith: "en" } });
    expect(buildDraftMessages(bilingual).system).toMatch(/then repeat the whole reply in en/);
  });

  it("lets the brand's compensation rule and the tone variant shape the instructions", () => {
    const allowed = draftInput({}, { voice: { ...draftInput().voice!, allowCompensation: true }, tone: "shorter" });
    const { system } = buildDraftMessages(allowed);
    expect(system).not.toMatch(/Never offer or promise refunds/);
    expect(system).toMatch(/the team will contact the guest about it/);
    expect(system).toMatch(/shorter variant/);
  });

  it("works without voice, profile or examples", () => {
    const bare = draftInput({}, { voice: undefined, examples: undefined, recentReplies: undefined });
    delete bare.property.profile;
    const { system } = buildDraftMessages(bare);
    expect(system).toContain('"amenities":[]');
    expect(system).not.toContain("<example");
    expect(PROMPT_VERSION).toMatch(/^openai-\d+$/);
  });
});
