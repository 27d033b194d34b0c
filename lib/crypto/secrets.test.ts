import { describe, expect, it } from "vitest";
import { needsResealing, openSecret, parseKeyring, sealSecret } from "./secrets";

const k1 = Buffer.alloc(32, 1).toString("base64");
const k2 = Buffer.alloc(32, 2).toString("base64");

describe("platform credential sealing", () => {
  it("round-trips a value and never stores it in the clear", () => {
    const ring = parseKeyring(`a:${k1}`);
    const sealed = sealSecret({ refreshToken: "very-secret-token" }, ring);
    expect(sealed).not.toContain("very-secret-token");
    expect(openSecret(sealed, ring)).toEqual({ refreshToken: "very-secret-token" });
  });

  it("uses a fresh IV each time", () => {
    const ring = parseKeyring(`a:${k1}`);
    expect(sealSecret("x", ring)).not.toEqual(sealSecret("x", ring));
  });

  it("rejects a tampered value", () => {
    const ring = parseKeyring(`a:${k1}`);
    const sealed = sealSecret({ v: 1 }, ring);
    const parts = sealed.split(".");
    parts[4] = Buffer.from("tampered").toString("base64url");
    expect(() => openSecret(parts.join("."), ring)).toThrow();
  });

  it("opens old values after a key rotation and reports that they need resealing", () => {
    const old = parseKeyring(`a:${k1}`);
    const sealed = sealSecret({ v: 1 }, old);
    const rotated = parseKeyring(`b:${k2},a:${k1}`);
    expect(openSecret(sealed, rotated)).toEqual({ v: 1 });
    expect(needsResealing(sealed, rotated)).toBe(true);
    expect(needsResealing(sealSecret({ v: 1 }, rotated), rotated)).toBe(false);
    expect(() => openSecret(sealed, parseKeyring(`b:${k2}`))).toThrow(/no encryption key/);
  });

  it("refuses keys of the wrong length", () => {
    expect(() => parseKeyring(`a:${Buffer.alloc(16).toString("base64")}`)).toThrow(/32 bytes/);
  });
});
