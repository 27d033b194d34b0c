// Database migrations without Prisma's native schema engine (which cannot be downloaded here).
//
//   tsx scripts/db-migrate.ts deploy              apply prisma/migrations (npm run db:deploy)
//   tsx scripts/db-migrate.ts dev --name <name>   create a migration from a schema change, then apply it
//                                                 (npm run db:migrate -- --name <name>)
//
// Both first create the database of DATABASE_URL if it is missing. When a native schema engine is
// installed, both hand over to `prisma migrate deploy` / `prisma migrate dev`. Otherwise `deploy`
// runs the SQL itself and records it in _prisma_migrations the way Prisma does (scripts/db/deploy.ts),
// and `dev` generates the migration with the WASM schema engine (scripts/db/wasm-engine.ts).
// DB_MIGRATE_ENGINE=js forces the engine-free routes even when a native engine is present.
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deployMigrations } from "./db/deploy";
import { databaseName, databaseUrl, ensureDatabase, redact } from "./db/postgres";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma", "migrations");
export const SCHEMA_PATH = path.join(ROOT, "prisma", "schema.prisma");

type Log = (line: string) => void;
const defaultLog: Log = (line) => console.log(`db: ${line}`);

function isNativeExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    const fd = openSync(file, "r");
    const magic = Buffer.alloc(4);
    readSync(fd, magic, 0, 4, 0);
    closeSync(fd);
    const hex = magic.toString("hex");
    // ELF, Mach-O (32/64-bit, both byte orders, universal), PE.
    return ["7f454c46", "feedface", "feedfacf", "cefaedfe", "cffaedfe", "cafebabe"].includes(hex) || hex.startsWith("4d5a");
  } catch {
    return false;
  }
}

/** The native schema engine's path, or null when there is none (the case on these machines). */
export function nativeSchemaEngine(): string | null {
  if (process.env.DB_MIGRATE_ENGINE === "js") return null;
  const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (configured) return isNativeExecutable(configured) ? path.resolve(configured) : null;
  const enginesDir = path.join(ROOT, "node_modules", "@prisma", "engines");
  if (!existsSync(enginesDir)) return null;
  const found = readdirSync(enginesDir)
    .filter((f) => f.startsWith("schema-engine"))
    .map((f) => path.join(enginesDir, f))
    .find(isNativeExecutable);
  return found ?? null;
}

function runPrismaCli(args: string[], url: string, engine: string): void {
  const bin = path.join(ROOT, "node_modules", ".bin", "prisma");
  // prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY at a placeholder when unset: pass the real one.
  const env = { ...process.env, DATABASE_URL: url, PRISMA_SCHEMA_ENGINE_BINARY: engine };
  const result = spawnSync(bin, args, { cwd: ROOT, env, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

async function prepareDatabase(url: string, log: Log): Promise<void> {
  const schema = new URL(url).searchParams.get("schema");
  if (schema && schema !== "public") throw new Error(`Only the "public" schema is supported, DATABASE_URL asks for "${schema}"`);
  const created = await ensureDatabase(url);
  log(`${created ? "created database" : "database"} ${databaseName(url)} (${redact(url)})`);
}

/** `prisma migrate deploy`: apply every pending migration. Returns the names applied (JS route). */
export async function deploy(
  url = databaseUrl(),
  options: { dir?: string; log?: Log } = {},
): Promise<string[]> {
  const { dir = MIGRATIONS_DIR, log = defaultLog } = options;
  await prepareDatabase(url, log);
  const engine = nativeSchemaEngine();
  if (engine) {
    log(`native schema engine found (${engine}): prisma migrate deploy`);
    runPrismaCli(["migrate", "deploy"], url, engine);
    return [];
  }
  const applied = await deployMigrations(url, dir, log);
  log(applied.length ? `applied ${applied.length} migration(s)` : "no pending migrations, database is up to date");
  return applied;
}

/** `prisma migrate dev`: create a migration from a schema change and apply it. Returns its name. */
export async function dev(
  url = databaseUrl(),
  options: { name?: string; dir?: string; schemaPath?: string; log?: Log } = {},
): Promise<string | null> {
  const { name, dir = MIGRATIONS_DIR, schemaPath = SCHEMA_PATH, log = defaultLog } = options;
  if (name !== undefined && !/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`--name must match [A-Za-z0-9_]+, got "${name}"`);
  await prepareDatabase(url, log);
  const engine = nativeSchemaEngine();
  if (engine) {
    log(`native schema engine found (${engine}): prisma migrate dev`);
    runPrismaCli(["migrate", "dev", ...(name ? ["--name", name] : [])], url, engine);
    return null;
  }
  // Bring the database up to date first, so a broken history stops us before we write anything.
  await deployMigrations(url, dir, log);
  log("diffing prisma/migrations (replayed into a shadow database) against the schema (WASM schema engine)");
  const { generateMigration } = await import("./db/wasm-engine");
  const migration = await generateMigration(url, dir, schemaPath, name ?? "");
  if (!migration) {
    log("no changes: the schema matches the migrations");
    return null;
  }
  if (!name) throw new Error("The schema has changes: rerun with --name <migration_name> to create a migration.");
  const folder = path.join(dir, migration.name);
  if (existsSync(folder)) throw new Error(`${folder} already exists`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), migration.script);
  writeFileSync(path.join(dir, "migration_lock.toml"), migration.lockfile);
  log(`wrote ${path.relative(ROOT, folder)}/migration.sql`);
  await deployMigrations(url, dir, log);
  log(`applied ${migration.name}`);
  return migration.name;
}

function parseArgs(argv: string[]): { command?: string; name?: string } {
  const [command, ...rest] = argv;
  let name: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === "--name" || arg === "-n") name = rest[++i];
    else if (arg.startsWith("--name=")) name = arg.slice("--name=".length);
    else throw new Error(`Unknown argument: ${arg}`);
  }
  return { command, name };
}

async function main(): Promise<void> {
  const { command, name } = parseArgs(process.argv.slice(2));
  if (command === "deploy") await deploy();
  else if (command === "dev") await dev(undefined, { name });
  else throw new Error("Usage: tsx scripts/db-migrate.ts deploy | dev --name <name>");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
