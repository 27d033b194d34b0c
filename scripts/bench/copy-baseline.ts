import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import { quoteIdent } from "../db/postgres";
import { processCpuMs } from "./process-cpu";

/**
 * `backendCpuMs`: CPU of the PostgreSQL backend during the COPY (null when PostgreSQL runs elsewhere).
 * `runs`: the time of each load; `ms` and `backendCpuMs` are the median run's.
 */
export type CopyBaseline = { rows: number; bytes: number; ms: number; backendCpuMs: number | null; runs: number[] };

/** Loads timed; the median is the baseline, so one load slowed by the machine's other work does not decide the ratio. */
const RUNS = 3;

/**
 * The yardstick for ingest: PostgreSQL's own bulk load of the very same rows. Makes an empty table
 * identical to `table` (columns, defaults, indexes, constraints and the same foreign keys), reads the
 * stored rows out as COPY text (not timed), then times `COPY ... FROM STDIN` of them into it, three
 * times (emptied in between), and keeps the median.
 */
export async function measureCopy(url: string, table: string): Promise<CopyBaseline> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const copy = quoteIdent(`${table}BenchCopy`);
  try {
    await client.query(`DROP TABLE IF EXISTS ${copy}`);
    await client.query(`CREATE TABLE ${copy} (LIKE ${quoteIdent(table)} INCLUDING ALL)`);
    const foreignKeys = await client.query<{ def: string }>(
      `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND contype = 'f'`,
      [quoteIdent(table)],
    );
    for (const { def } of foreignKeys.rows) await client.query(`ALTER TABLE ${copy} ADD ${def}`);

    const chunks: Buffer[] = [];
    await pipeline(
      client.query(copyTo(`COPY ${quoteIdent(table)} TO STDOUT`)),
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          chunks.push(chunk);
          done();
        },
      }),
    );
    const bytes = chunks.reduce((n, c) => n + c.length, 0);

    const backend = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
    const loads: { ms: number; backendCpuMs: number | null; rows: number }[] = [];
    for (let run = 0; run < RUNS; run++) {
      await client.query(`TRUNCATE ${copy}`);
      const cpuBefore = processCpuMs(backend);
      const started = performance.now();
      const load = client.query(copyFrom(`COPY ${copy} FROM STDIN`));
      await pipeline(Readable.from(chunks), load);
      const ms = performance.now() - started;
      const cpuAfter = processCpuMs(backend);
      loads.push({ ms, backendCpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore, rows: Number(load.rowCount) });
    }
    const median = [...loads].sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)]!;
    return { rows: median.rows, bytes, ms: median.ms, backendCpuMs: median.backendCpuMs, runs: loads.map((l) => l.ms) };
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${copy}`).catch(() => undefined);
    await client.end();
  }
}
