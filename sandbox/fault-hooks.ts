import type { ServerResponse } from "node:http";
import type { FaultSwitch, SandboxPlatform } from "./faults";
import type { RequestContext } from "./http";

// Where each kind of injected fault bites, shared by every simulated platform.

export type SendError = (res: ServerResponse, status: number, headers: Record<string, string>) => void;

/**
 * Request-level faults, applied before auth like a failing front end would: a status answers at
 * once, "slow" delays and goes on, "hang" never answers. Returns true when the request is handled.
 */
export async function applyRequestFault(faults: FaultSwitch, platform: SandboxPlatform, ctx: RequestContext, sendError: SendError): Promise<boolean> {
  const fault = faults.take(platform, ["status", "slow", "hang"]);
  if (!fault) return false;
  if (fault.kind === "status") {
    sendError(ctx.res, fault.status, fault.status === 429 ? { "retry-after": String(fault.retryAfterSeconds ?? 1) } : {});
    return true;
  }
  if (fault.kind === "slow") {
    await new Promise((r) => setTimeout(r, fault.delayMs));
    return false;
  }
  return true; // hang: the socket stays open until the client gives up or the server closes
}

/** The fault, if any, to apply to the next list page. */
export function takeListFault(faults: FaultSwitch, platform: SandboxPlatform) {
  return faults.take(platform, ["malformed", "truncate", "duplicate"])?.kind ?? null;
}

/** Sends a JSON body cut off halfway, with a matching content-length, as a broken proxy would. */
export function sendTruncatedJson(res: ServerResponse, status: number, body: unknown): void {
  const full = JSON.stringify(body);
  const cut = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(cut) });
  res.end(cut);
}

/** After a write was applied: true when its response must be lost (the connection is dropped). */
export function loseResponse(faults: FaultSwitch, platform: SandboxPlatform, ctx: RequestContext): boolean {
  if (!faults.take(platform, ["lose-response"])) return false;
  ctx.res.socket?.destroy();
  return true;
}
