// Route 2: create a migration from a schema change with Prisma's WASM schema engine, driven through
// @prisma/adapter-pg the way Prisma's CLI does it (packages/migrate/src/SchemaEngineWasm.ts and
// packages/internals/src/wasm.ts), with two bugs of adapter-pg worked around.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  type ErrorRegistry,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";
import pg from "pg";
import { readMigrations } from "./deploy";
import { databaseName, dropDatabase, ensureDatabase, withDatabase } from "./postgres";

const require = createRequire(import.meta.url);

/**
 * Prefer the engine build the Prisma CLI ships (node_modules/prisma/build, exactly its engines
 * version, as Prisma's own loader does); fall back to the one inside @prisma/schema-engine-wasm.
 * Both use the same wasm-bindgen glue.
 */
function wasmFile(): string {
  const fromCli = path.join(path.dirname(require.resolve("prisma/package.json")), "build", "schema_engine_bg.wasm");
  if (existsSync(fromCli)) return fromCli;
  return path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
}

// wasm-bindgen keeps global state: instantiate once per process.
let engineClass: Promise<typeof SchemaEngine> | undefined;
function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const module = await WebAssembly.compile(readFileSync(wasmFile()));
    const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine as typeof SchemaEngine;
  })();
  return engineClass;
}

// Bug 1: adapter-pg cannot decode Postgres' internal `"char"` (OID 18) and `name` (OID 19) columns,
// which the engine's catalog queries return. Their text form is exactly what the engine wants, so
// this client reports them as `text` (OID 25) before the adapter looks at the column types.
const INTERNAL_TEXT_TYPES = new Set([18, 19]);
const TEXT = 25;

function reportAsText<T>(result: T): T {
  for (const r of Array.isArray(result) ? result : [result]) {
    for (const field of (r as pg.QueryResult | undefined)?.fields ?? []) {
      if (INTERNAL_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
    }
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  override query(config: any, values?: any, callback?: any): any {
    if (typeof config?.submit === "function") return super.query(config, values, callback);
    const cb = typeof values === "function" ? values : callback;
    if (typeof cb === "function") {
      const args = typeof values === "function" ? undefined : values;
      return super.query(config, args, (err: Error, res: pg.QueryResult) => cb(err, err ? res : reportAsText(res)));
    }
    return super.query(config, values).then(reportAsText);
  }
}

type Adapter = SqlDriverAdapter & { dispose(): Promise<void> };

/**
 * A migration-aware adapter factory for `url`. Bug 2: adapter-pg's own connectToShadowDb drops the
 * shadow database before closing its pool and, given a connection string, replays into the main
 * database. Here every connection gets its own URL, and we create and drop the shadow database.
 */
function adapterFactory(url: string, adapters: Adapter[], shadowDatabases: string[]) {
  const connect = async (database: string): Promise<Adapter> => {
    const factory = new PrismaPg({ connectionString: withDatabase(url, database), Client: CatalogTextClient });
    const adapter = await factory.connect();
    // adapter-pg splits scripts on every ";" (even inside strings and function bodies); send the whole
    // script as one simple query instead, as the native engine does.
    adapter.executeScript = async (script) => {
      await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
    };
    let disposed = false;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!disposed) await dispose();
      disposed = true;
    };
    adapters.push(adapter);
    return adapter;
  };
  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connect(databaseName(url)),
    connectToShadowDb: async () => {
      const shadow = `prisma_migrate_shadow_db_${randomUUID()}`;
      await ensureDatabase(withDatabase(url, shadow));
      shadowDatabases.push(shadow);
      const adapter = await connect(shadow);
      const dispose = adapter.dispose;
      adapter.dispose = async () => {
        await dispose(); // close the pool first, then drop
        await dropDatabase(url, shadow);
      };
      return adapter;
    },
  };
  return factory;
}

function migrationsList(dir: string): MigrationList {
  const lockfile = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockfile) ? readFileSync(lockfile, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: readMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: "migration.sql", content: { tag: "ok" as const, value: m.script } },
    })),
  };
}

/** The engine's message without its Rust span trace, plus the JS error behind "External error id#N". */
function engineError(error: unknown, registry: ErrorRegistry): Error {
  const message = error instanceof Error ? error.message : String(error);
  const head = message.split(/\n\s+0: /)[0]!.trim();
  const id = /External error id#(\d+)/.exec(message)?.[1];
  const cause = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  const detail = cause instanceof Error ? cause.message : cause === undefined ? "" : String(cause);
  return new Error(detail ? `${head} (${detail})` : head, { cause: error });
}

export interface GeneratedMigration {
  /** `<timestamp>_<name>` as the engine generated it. */
  name: string;
  script: string;
  lockfile: string;
}

/**
 * Replays the migrations of `dir` into a shadow database and diffs the result against the schema
 * file. Returns null when there is nothing to migrate. Throws if the database of `url` has drifted
 * from the migrations (Prisma would offer a reset; we never reset).
 */
export async function generateMigration(
  url: string,
  dir: string,
  schemaPath: string,
  migrationName: string,
): Promise<GeneratedMigration | null> {
  const adapters: Adapter[] = [];
  const shadowDatabases: string[] = [];
  const Engine = await loadEngineClass();
  const datamodel = { path: schemaPath, content: readFileSync(schemaPath, "utf8") };
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory(url, adapters, shadowDatabases));
  const debug = (line: string) => void (process.env.DEBUG_SCHEMA_ENGINE && console.error(line));
  let engine: SchemaEngine | undefined;
  try {
    engine = await Engine.new({ datamodels: [[datamodel.path, datamodel.content]] }, debug, factory);
    const filters = { externalTables: [], externalEnums: [] };
    const { action } = await engine.devDiagnostic({ migrationsList: migrationsList(dir), filters });
    if (action.tag === "reset") {
      throw new Error(
        `The database has drifted from prisma/migrations; this script never resets it. Undo the change by hand or ` +
          `drop the database and rerun.\n${action.reason}`,
      );
    }
    const out = await engine.createMigration({
      draft: false,
      migrationName,
      migrationsList: migrationsList(dir),
      schema: { files: [datamodel] },
      filters,
    });
    if (out.migrationScript === null) return null;
    const lockfile =
      "# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n" +
      `provider = "${out.connectorType}"\n`;
    return { name: out.generatedMigrationName, script: out.migrationScript, lockfile };
  } catch (error) {
    throw engineError(error, factory.errorRegistry);
  } finally {
    engine?.free();
    for (const adapter of adapters) await adapter.dispose().catch(() => undefined);
    // Should the engine have left a shadow database behind, drop it.
    for (const shadow of shadowDatabases) await dropDatabase(url, shadow).catch(() => undefined);
  }
}
