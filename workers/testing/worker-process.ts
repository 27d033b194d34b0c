import { spawn, type ChildProcess } from "node:child_process";
import { childProcessEnv } from "@/lib/env";
import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { waitFor } from "./wait-for";

// The real worker process (workers/main.ts) as a child of a test, started the way production starts
// it, so a test can SIGKILL it mid-job and start another.

const KEPT_LINES = 400;

export interface WorkerProcess {
  name: string;
  pid: number;
  /** The last lines it printed (for a failing test's message). */
  output(): string;
  alive(): boolean;
  /** Sends the signal and waits for the process to be gone (SIGKILL after `graceMs` if it lingers). */
  stop(signal: NodeJS.Signals, graceMs?: number): Promise<void>;
}

/**
 * Starts workers/main.ts and resolves once it has started its workers. `spawned` is told about the
 * process at once, so whoever cleans up knows it even if it never gets that far.
 */
export async function startWorkerProcess(name: string, env: Record<string, string>, spawned: (w: WorkerProcess) => void = () => undefined): Promise<WorkerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "workers/main.ts"], {
    env: childProcessEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let started = false;
  let partial = "";
  const take = (chunk: Buffer) => {
    const text = partial + String(chunk);
    const parts = text.split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts) {
      if (line.includes("workers started")) started = true;
      lines.push(line);
    }
    if (lines.length > KEPT_LINES) lines.splice(0, lines.length - KEPT_LINES);
  };
  child.stdout?.on("data", take);
  child.stderr?.on("data", take);
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const orphan = () => child.kill("SIGKILL");
  process.once("exit", orphan);
  void gone.then(() => process.off("exit", orphan));
  const alive = () => child.exitCode === null && child.signalCode === null;

  const handle: WorkerProcess = {
    name,
    pid: child.pid ?? -1,
    output: () => [...lines, partial].join("\n"),
    alive,
    async stop(signal, graceMs = 30_000) {
      if (alive()) child.kill(signal);
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await gone;
      clearTimeout(timer);
    },
  };
  spawned(handle);
  try {
    await waitFor(async () => started || !alive(), (done) => done, { timeoutMs: 60_000, what: `worker ${name} to start` });
  } catch (error) {
    await handle.stop("SIGKILL");
    throw new Error(`${(error as Error).message}; it printed:\n${handle.output().slice(-4_000)}`);
  }
  if (!started) throw new Error(`worker ${name} exited before starting:\n${handle.output()}`);
  return handle;
}

/** The environment that points every connector of a worker process at one sandbox. */
export function sandboxEnv(base: string): Record<string, string> {
  const at = sandboxEndpoints(base);
  return {
    GOOGLE_API_BASE: at.GOOGLE.apiBase,
    GOOGLE_TOKEN_URL: at.GOOGLE.tokenUrl ?? "",
    BOOKING_API_BASE: at.BOOKING.apiBase,
    EXPEDIA_API_BASE: at.EXPEDIA.apiBase,
    EXPEDIA_TOKEN_URL: at.EXPEDIA.tokenUrl ?? "",
    TRUSTPILOT_API_BASE: at.TRUSTPILOT.apiBase,
    TRUSTPILOT_TOKEN_URL: at.TRUSTPILOT.tokenUrl ?? "",
    TRIPADVISOR_API_BASE: at.TRIPADVISOR.apiBase,
  };
}
