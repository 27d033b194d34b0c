// Small Postgres helpers shared by the migration routes: URLs, creating and dropping databases.
import pg from "pg";

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/lobby";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
  if (!name) throw new Error(`DATABASE_URL has no database name: ${redact(url)}`);
  return name;
}

/** The same server and credentials as `url`, but another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "<unparsable DATABASE_URL>";
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database of `url` (via the server's `postgres` database) unless it exists. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withClient(withDatabase(url, "postgres"), async (admin) => {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount) return false;
    try {
      await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      // Someone else created it between our check and our CREATE: fine.
      if ((error as { code?: string }).code !== "42P04") throw error;
      return false;
    }
    return true;
  });
}

/** Drops a database on the server of `url`, disconnecting anyone still using it. */
export async function dropDatabase(url: string, name: string): Promise<void> {
  await withClient(withDatabase(url, "postgres"), (admin) =>
    admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}
