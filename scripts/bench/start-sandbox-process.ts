import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { GroupConnection, HotelGroupOptions } from "../../sandbox/hotel-group";

export interface SandboxProcess {
  url: string;
  pid: number;
  connections: GroupConnection[];
  /** How long seeding the group took inside the sandbox. */
  seedMs: number;
  /** Faults pending at start (none: the sandbox injects faults only when asked). */
  faults: Record<string, unknown>;
  stop(): Promise<void>;
}

const ENTRY = fileURLToPath(new URL("./sandbox-process.ts", import.meta.url));

/** Starts the sandbox in a child process on a free port, its rate limits off, with `group` seeded (its dates relative to now). */
export function startSandboxProcess(group: Omit<HotelGroupOptions, "baseDate">): Promise<SandboxProcess> {
  const child = fork(ENTRY, [JSON.stringify(group)], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the sandbox process exited (${code}) before it was ready`)));
    child.once("message", (message) => {
      const ready = message as Omit<SandboxProcess, "stop" | "pid">;
      resolve({ ...ready, pid: child.pid ?? 0, stop });
    });
  });
}
