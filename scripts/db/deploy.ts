// Route 1: apply committed migrations without Prisma's native schema engine, recording them in
// `_prisma_migrations` exactly as `prisma migrate deploy` does, so either tool sees the same state.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { withClient } from "./postgres";

export interface LocalMigration {
  name: string;
  script: string;
  checksum: string;
}

// Prisma's own DDL (prisma-engines, sql-schema-connector, Postgres flavour).
const MIGRATIONS_TABLE_DDL = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

// The advisory lock key Prisma's schema engine takes on Postgres, so we never race it (or ourselves).
const PRISMA_ADVISORY_LOCK = 72707369;

export function checksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/** Like Prisma: a recorded checksum also matches the script with LF or CRLF line endings. */
function matchesChecksum(script: string, recorded: string): boolean {
  const variants = [script, script.replaceAll("\r\n", "\n"), script.replaceAll("\n", "\r\n")];
  return variants.some((s) => checksum(s) === recorded);
}

/** `<dir>/*\/migration.sql`, in name order (what Prisma's listMigrations does). */
export function readMigrations(dir: string): LocalMigration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`Migration ${name} has no migration.sql (${file})`);
      const script = readFileSync(file, "utf8");
      return { name, script, checksum: checksum(script) };
    });
}

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

async function recordedMigrations(client: pg.Client): Promise<MigrationRow[]> {
  const { rows } = await client.query<{ exists: boolean }>(
    "SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists",
  );
  if (!rows[0]?.exists) {
    await client.query(MIGRATIONS_TABLE_DDL);
    return [];
  }
  const result = await client.query<MigrationRow>(
    "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at",
  );
  return result.rows;
}

/** Refuses (throws) on a failed or edited migration, as the brief asks; returns the applied names. */
function checkHistory(rows: MigrationRow[], local: LocalMigration[]): Set<string> {
  const failed = rows.filter((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed.length) {
    const names = failed.map((r) => r.migration_name).join(", ");
    throw new Error(
      `Migration(s) ${names} failed earlier (finished_at is null in _prisma_migrations). ` +
        "Fix the database by hand, then mark it with `prisma migrate resolve` (or delete that row) and retry.",
    );
  }
  const applied = rows.filter((r) => r.finished_at !== null && r.rolled_back_at === null);
  const byName = new Map(local.map((m) => [m.name, m]));
  const edited = applied.filter((r) => {
    const file = byName.get(r.migration_name);
    return file !== undefined && !matchesChecksum(file.script, r.checksum);
  });
  if (edited.length) {
    const names = edited.map((r) => r.migration_name).join(", ");
    throw new Error(
      `Migration(s) ${names} were changed after they were applied (checksum in _prisma_migrations differs ` +
        "from migration.sql). Restore the applied file and put the change in a new migration.",
    );
  }
  return new Set(applied.map((r) => r.migration_name));
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    // Same steps as Prisma: record start, run the script, count the step, set finished_at.
    await client.query(
      "INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES ($1, $2, $3, $4)",
      [id, migration.checksum, new Date(), migration.name],
    );
    await client.query(migration.script); // no parameters: one simple query, many statements
    await client.query(
      "UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1, finished_at = $2 WHERE id = $1",
      [id, new Date()],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${message}`);
  }
}

/** Applies every migration in `dir` not yet recorded in the database of `url`; returns their names. */
export async function deployMigrations(
  url: string,
  dir: string,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const local = readMigrations(dir);
  return withClient(url, async (client) => {
    await client.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK]);
    const applied = checkHistory(await recordedMigrations(client), local);
    const missing = [...applied].filter((name) => !local.some((m) => m.name === name));
    if (missing.length) log(`warning: applied but not in ${dir}: ${missing.join(", ")}`);
    const pending = local.filter((m) => !applied.has(m.name));
    for (const migration of pending) {
      log(`applying ${migration.name}`);
      await applyOne(client, migration);
    }
    return pending.map((m) => m.name);
  });
}
