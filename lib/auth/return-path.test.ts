import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("return path after sign-in", () => {
  it("keeps a path on this site", () => {
    expect(safeReturnPath("/azulejo-hotels/reviews?status=open")).toBe("/azulejo-hotels/reviews?status=open");
  });

  it.each(["//evil.example", "/\\evil.example", "https://evil.example/x", "javascript:alert(1)", "", undefined, 42])(
    "refuses %s",
    (value) => {
      expect(safeReturnPath(value)).toBe("/");
    },
  );
});
