import { describe, expect, it } from "vitest";
import { PERMISSIONS, roleCan } from "./permissions";

describe("roles and permissions", () => {
  it("lets hotel managers and owners approve, and nobody else", () => {
    expect(roleCan("HOTEL_MANAGER", "replies.approve")).toBe(true);
    expect(roleCan("OWNER", "replies.approve")).toBe(true);
    expect(roleCan("WRITER", "replies.approve")).toBe(false);
    expect(roleCan("BRAND_OWNER", "replies.approve")).toBe(false);
  });

  it("lets writers edit drafts but not brand voice or connections", () => {
    expect(roleCan("WRITER", "drafts.edit")).toBe(true);
    expect(roleCan("WRITER", "voice.edit")).toBe(false);
    expect(roleCan("WRITER", "connections.manage")).toBe(false);
    expect(roleCan("BRAND_OWNER", "voice.edit")).toBe(true);
  });

  it("lets owners and hotel managers import reviews from files, and nobody else", () => {
    expect([...PERMISSIONS["reviews.import"]].sort()).toEqual(["HOTEL_MANAGER", "OWNER"]);
  });

  it("lets every role read reviews", () => {
    expect([...PERMISSIONS["reviews.read"]].sort()).toEqual(["BRAND_OWNER", "HOTEL_MANAGER", "OWNER", "WRITER"]);
  });
});
