import { expect } from "vitest";
import type { Sandbox } from "../../sandbox/app";
import { PlatformError } from "./errors";
import type { FetchLike } from "./http";
import type { ReviewPage } from "./types";

// What every connector test harness shares: a sandbox on an ephemeral port, started once per file
// and reset between tests, and a fetch that records each call the connector makes.

export async function collect(pages: AsyncIterable<ReviewPage>): Promise<ReviewPage[]> {
  const out: ReviewPage[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

export async function thrown(promise: Promise<unknown>): Promise<PlatformError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(PlatformError);
    return error as PlatformError;
  }
  throw new Error("expected a PlatformError");
}

/** What a harness needs of a running sandbox: closing it and calling its admin API. */
interface RunningPlatformSandbox {
  sandbox: Sandbox;
  admin(path: string, body?: unknown): Promise<Response>;
}

/** `record` turns one fetch into the entry a platform's tests look for in `calls`. */
export function sandboxHarness<S extends RunningPlatformSandbox, Call>(
  startSandbox: () => Promise<S>,
  record: (input: Parameters<FetchLike>[0], init: Parameters<FetchLike>[1]) => Call,
) {
  let running: S | null = null;
  const sb = (): S => {
    if (!running) throw new Error("sandbox not started");
    return running;
  };
  const calls: Call[] = [];
  const recordingFetch: FetchLike = (input, init) => {
    calls.push(record(input, init));
    return fetch(input, init);
  };

  return {
    sb,
    calls,
    recordingFetch,
    async start() {
      running = await startSandbox();
    },
    async reset() {
      await sb().admin("/_sandbox/reset", {});
      calls.length = 0;
    },
    async stop() {
      await running?.sandbox.close();
    },
  };
}
