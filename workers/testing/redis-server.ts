import { spawn, type ChildProcess } from "node:child_process";
import { connect, createServer } from "node:net";
import { waitFor } from "./wait-for";

// A redis-server of the test's own, on a free port and keeping nothing on disk, so a test can kill
// and restart it (losing every key, as a crashed Redis without persistence does) without touching
// the machine's Redis.

export interface OwnRedis {
  port: number;
  url: string;
  /** Kills the server (SIGKILL): every key is gone with it. */
  stop(): Promise<void>;
  /** Starts an empty server on the same port. */
  start(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** One PING over a raw socket: true when the server answers PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => done(String(data).startsWith("+PONG")));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once("exit", () => resolve()));
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;

  const start = async () => {
    const started = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    child = started;
    await waitFor(() => ping(port), (ok) => ok || started.exitCode !== null, { timeoutMs: 10_000, what: `redis-server on port ${port} to answer` });
    if (started.exitCode !== null) throw new Error(`redis-server on port ${port} exited with ${started.exitCode}`);
  };
  const kill = async (signal: NodeJS.Signals) => {
    const running = child;
    child = null;
    if (!running) return;
    running.kill(signal);
    await exited(running);
  };

  // Nothing of the test's may outlive it, even when the test process itself is torn down.
  process.once("exit", () => (child as ChildProcess | null)?.kill("SIGKILL"));
  await start();
  return { port, url: `redis://127.0.0.1:${port}/0`, stop: () => kill("SIGKILL"), start };
}
