import type { z } from "zod";
import { parseJson, readBody, type RequestContext } from "./http";

// The admin API's JSON bodies: every platform's admin routes refuse a bad body with a 400 that names
// the first problem, each in its own platform's error shape (`refuse`).

/** The body as `schema` reads it, or undefined once `refuse` has answered the request. */
export async function readAdminBody<T>(ctx: RequestContext, schema: z.ZodType<T>, refuse: (message: string) => void): Promise<T | undefined> {
  const parsed = parseJson(await readBody(ctx.req));
  if (!parsed.ok) {
    refuse(`Invalid JSON: ${parsed.error}`);
    return undefined;
  }
  const result = schema.safeParse(parsed.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    refuse(`${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}`);
    return undefined;
  }
  return result.data;
}
