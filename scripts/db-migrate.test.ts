// Runs the engine-free migration routes against throwaway databases (lobby_migrate_test_<random>).
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deploy, dev, MIGRATIONS_DIR, SCHEMA_PATH } from "./db-migrate";
import { databaseUrl, dropDatabase, withClient, withDatabase } from "./db/postgres";

process.env.DB_MIGRATE_ENGINE = "js"; // test our routes even where a native engine is installed

const suffix = randomBytes(4).toString("hex");
const deployUrl = withDatabase(databaseUrl(), `lobby_migrate_test_${suffix}`);
const devUrl = withDatabase(databaseUrl(), `lobby_migrate_test_${suffix}_dev`);
const quiet = { log: () => undefined };
const ROOT = path.resolve(fileURLToPath(new URL(".", import.meta.url)), "..");

const schema = readFileSync(SCHEMA_PATH, "utf8");
const models = [...schema.matchAll(/^model (\w+)/gm)].map((m) => m[1]!);
const enums = [...schema.matchAll(/^enum (\w+)/gm)].map((m) => m[1]!);
const migrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const query = <T extends object>(url: string, sql: string, params: unknown[] = []) =>
  withClient(url, async (c) => (await c.query(sql, params)).rows as T[]);

afterAll(async () => {
  await dropDatabase(databaseUrl(), `lobby_migrate_test_${suffix}`);
  await dropDatabase(databaseUrl(), `lobby_migrate_test_${suffix}_dev`);
});

describe("deploy (no native engine)", () => {
  beforeAll(async () => {
    expect(await deploy(deployUrl, quiet)).toEqual(migrationNames);
  });

  it("creates the database with every table, enum and index of the schema", async () => {
    const tables = await query<{ table_name: string }>(
      deployUrl,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name).sort()).toEqual([...models, "_prisma_migrations"].sort());

    const types = await query<{ typname: string }>(deployUrl, "SELECT typname FROM pg_type WHERE typtype = 'e'");
    expect(types.map((t) => t.typname).sort()).toEqual([...enums].sort());

    const [review] = await query<{ indexdef: string }>(
      deployUrl,
      "SELECT indexdef FROM pg_indexes WHERE indexname = 'Review_connectionId_externalId_key'",
    );
    expect(review?.indexdef).toBe(
      'CREATE UNIQUE INDEX "Review_connectionId_externalId_key" ON public."Review" USING btree ("connectionId", "externalId")',
    );
  });

  it("records each migration in _prisma_migrations as Prisma does", async () => {
    const rows = await query<Record<string, unknown>>(
      deployUrl,
      "SELECT * FROM _prisma_migrations ORDER BY started_at",
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const row of rows) {
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.checksum).toBe(sha256(path.join(MIGRATIONS_DIR, String(row.migration_name), "migration.sql")));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
    }
    const columns = await query<{ column_name: string; data_type: string }>(
      deployUrl,
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position",
    );
    expect(columns.map((c) => `${c.column_name} ${c.data_type}`)).toEqual([
      "id character varying",
      "checksum character varying",
      "finished_at timestamp with time zone",
      "migration_name character varying",
      "logs text",
      "rolled_back_at timestamp with time zone",
      "started_at timestamp with time zone",
      "applied_steps_count integer",
    ]);
  });

  it("is a no-op the second time", async () => {
    const before = await query(deployUrl, "SELECT * FROM _prisma_migrations ORDER BY started_at");
    expect(await deploy(deployUrl, quiet)).toEqual([]);
    expect(await query(deployUrl, "SELECT * FROM _prisma_migrations ORDER BY started_at")).toEqual(before);
  });

  it("refuses a migration whose recorded checksum differs from the file", async () => {
    const name = migrationNames[0]!;
    await query(deployUrl, "UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2", ["0".repeat(64), name]);
    await expect(deploy(deployUrl, quiet)).rejects.toThrow(`Migration(s) ${name} were changed after they were applied`);

    const run = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "db-migrate.ts"), "deploy"], {
      env: { ...process.env, DATABASE_URL: deployUrl },
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`db: FAILED: Migration(s) ${name} were changed after they were applied`);
  });

  it("refuses when a recorded migration failed (finished_at is null)", async () => {
    const name = migrationNames[0]!;
    const file = path.join(MIGRATIONS_DIR, name, "migration.sql");
    await query(deployUrl, "UPDATE _prisma_migrations SET checksum = $1, finished_at = NULL WHERE migration_name = $2", [
      sha256(file),
      name,
    ]);
    await expect(deploy(deployUrl, quiet)).rejects.toThrow(`Migration(s) ${name} failed earlier`);
  });
});

describe("dev (WASM schema engine)", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lobby-migrations-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports no changes when the migrations match the schema", async () => {
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    expect(await dev(devUrl, { dir, ...quiet })).toBeNull();
    const rows = await query<{ migration_name: string }>(devUrl, "SELECT migration_name FROM _prisma_migrations");
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
  });

  it("writes and applies a migration for a schema change, then sees no more changes", async () => {
    // A ";" inside a string: the shadow-database replay must not split the script there.
    const changed = schema.replace(/^model Brand \{\n/m, 'model Brand {\n  note String @default("a;b")\n');
    const schemaPath = path.join(dir, "schema.prisma");
    writeFileSync(schemaPath, changed);

    const name = await dev(devUrl, { dir, schemaPath, name: "brand_note", ...quiet });
    expect(name).toMatch(/^\d{14}_brand_note$/);
    expect(readFileSync(path.join(dir, name!, "migration.sql"), "utf8")).toContain(
      `ALTER TABLE "Brand" ADD COLUMN     "note" TEXT NOT NULL DEFAULT 'a;b';`,
    );
    const [column] = await query<{ column_default: string }>(
      devUrl,
      "SELECT column_default FROM information_schema.columns WHERE table_name = 'Brand' AND column_name = 'note'",
    );
    expect(column?.column_default).toBe("'a;b'::text");

    expect(await dev(devUrl, { dir, schemaPath, name: "again", ...quiet })).toBeNull();
    const shadows = await query(withDatabase(databaseUrl(), "postgres"), "SELECT 1 FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'");
    expect(shadows).toEqual([]);
  });
});
