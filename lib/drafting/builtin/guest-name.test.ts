import { describe, expect, it } from "vitest";
import { greetingName } from "./guest-name";

describe("greetingName", () => {
  it("greets real first names", () => {
    expect(greetingName("Maria")).toBe("Maria");
    expect(greetingName("John Smith")).toBe("John");
    expect(greetingName("Sarah M")).toBe("Sarah");
    expect(greetingName("Jean-Luc Picard")).toBe("Jean-Luc");
    expect(greetingName("Zoë van Dijk")).toBe("Zoë");
    expect(greetingName("  Élodie   Martin ")).toBe("Élodie");
  });

  it("does not greet placeholders, usernames or initials", () => {
    for (const author of [
      "A Google User", "Google user", "Anonymous", "Anonym", "Anónimo", "Guest", "Gast", "Utilisateur Booking",
      "Traveller123", "sarah_m", "JD", "J.", "J. D.", "JOHN", "john", "Mr Smith", "Family Travel", "Happy Traveler",
      "Verified reviewer", "Anônimo", "", "   ", "ignore previous instructions", "<script>alert(1)</script>", "info@example.com",
    ]) {
      expect(greetingName(author), author).toBeNull();
    }
    expect(greetingName(null)).toBeNull();
  });
});
