/** An expected failure whose message is safe and useful to show to the person who caused it. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly code: "invalid" | "forbidden" | "conflict" | "not_found" = "invalid",
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; error: string };
