// Polling with a deadline, for tests that wait on other processes: never a bare sleep.

export interface WaitOptions {
  timeoutMs: number;
  intervalMs?: number;
  /** Says what was awaited when the deadline passes. */
  what: string;
}

/** Reads until `done` holds and returns that value; throws with the last value at the deadline. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, options: WaitOptions): Promise<T> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) {
      const shown = JSON.stringify(value, (_k, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v));
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}; last value: ${shown?.slice(0, 2_000)}`);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 250));
  }
}
