import { db } from "./db";

export async function checkHealth() {
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, database: "up" } as const;
  } catch {
    return { ok: false, database: "down" } as const;
  }
}
