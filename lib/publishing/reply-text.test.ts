import { describe, expect, it } from "vitest";
import { parseReplyText } from "./reply-text";

describe("reply text", () => {
  it("trims and accepts an ordinary reply", () => {
    expect(parseReplyText("GOOGLE", "  Thank you, Anna!  ")).toBe("Thank you, Anna!");
  });

  it("counts characters as Google does: 4096 emoji fit, 4097 do not", () => {
    expect(parseReplyText("GOOGLE", "🙂".repeat(4096))).toHaveLength(8192);
    expect(() => parseReplyText("GOOGLE", "🙂".repeat(4097))).toThrow(/4096 characters/);
  });

  it.each(["", "   ", "Dear [GUEST NAME], thanks", "Hi {{name}}", "Dear <name>,"])("refuses %j", (text) => {
    expect(() => parseReplyText("GOOGLE", text)).toThrow();
  });

  it("refuses a value that is not text", () => {
    expect(() => parseReplyText("GOOGLE", 42)).toThrow();
  });
});
