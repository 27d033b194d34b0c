import { randomFillSync } from "node:crypto";
import { hostname } from "node:os";

// Ids for rows Lobby inserts with its own SQL (batched ingest), in the same shape Prisma's
// @default(cuid()) gives every other row: "c", time, counter, process fingerprint, randomness.

const BASE = 36;
const BLOCK = 4;
const DISCRETE = BASE ** BLOCK;
const pad = (value: string, size: number) => value.padStart(size, "0").slice(-size);

let counter = Math.floor(Math.random() * DISCRETE);
const fingerprint = pad(process.pid.toString(BASE), 2) + pad([...hostname()].reduce((n, c) => n + c.charCodeAt(0), hostname().length + BASE).toString(BASE), 2);

// Random bytes drawn a few kilobytes at a time: one call per id costs more than the id itself.
const pool = Buffer.alloc(4096);
let used = pool.length;

function randomBlock(): string {
  if (used + 4 > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const value = pool.readUInt32BE(used);
  used += 4;
  return pad((value % DISCRETE).toString(BASE), BLOCK);
}

/** A collision-resistant id, 25 characters, sortable by creation time within one process. */
export function newId(): string {
  counter = (counter + 1) % DISCRETE;
  return `c${pad(Date.now().toString(BASE), 8)}${pad(counter.toString(BASE), BLOCK)}${fingerprint}${randomBlock()}${randomBlock()}`;
}
