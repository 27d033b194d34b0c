import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// Prisma 7 tries to download its native schema engine for generate/validate unless this points at
// an existing file; migrations go through scripts/db-migrate.ts, which needs no native engine.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = "package.json";
  if (existsSync(placeholder)) process.env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/lobby" },
});
