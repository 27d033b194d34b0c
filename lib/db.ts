import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { env } from "./env";

export type Db = PrismaClient;

export function createDb(connectionString: string = env.DATABASE_URL): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per process; Next.js dev reloads modules, so keep it on globalThis.
const holder = globalThis as unknown as { lobbyDb?: PrismaClient };
export const db: PrismaClient = holder.lobbyDb ?? createDb();
if (env.NODE_ENV !== "production") holder.lobbyDb = db;

/** Where-clause fragment every tenant-owned query carries. */
export function inOrganization(organizationId: string) {
  return { organizationId } as const;
}
