import type { ServerResponse } from "node:http";
import type { Fault, FaultSwitch, SandboxPlatform } from "./faults";
import type { RequestContext } from "./http";

// Where each kind of injected fault bites, shared by every simulated platform, and what the ledger
// records on the way (calls, broken items as sent, reply writes).

export type SendError = (res: ServerResponse, status: number, headers: Record<string, string>) => void;

/**
 * Request-level faults, applied before auth like a failing front end would: a status answers at
 * once, "slow" delays and goes on, "hang" never answers. Returns true when the request is handled.
 */
export async function applyRequestFault(faults: FaultSwitch, platform: SandboxPlatform, ctx: RequestContext, sendError: SendError): Promise<boolean> {
  faults.ledger.call(platform);
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

export type ListFault = Extract<Fault, { kind: "malformed" | "truncate" | "duplicate" }>;

/** The fault, if any, to apply to the next list page. */
export function takeListFault(faults: FaultSwitch, platform: SandboxPlatform): ListFault | null {
  return faults.take(platform, ["malformed", "truncate", "duplicate"]);
}

export interface ItemBreaker<T> {
  platform: SandboxPlatform;
  scope: string;
  reviewId: string;
  /** The platform's own way of breaking the item (the same review breaks the same way each time). */
  corrupt: (item: T) => Record<string, unknown>;
  /** Gives the broken item a change time of now, for a `fresh` fault. */
  freshen: (broken: Record<string, unknown>) => Record<string, unknown>;
  now: Date;
}

/** The item as the "malformed" fault serves it, recorded in the ledger exactly as it goes out. */
export function breakItem<T>(faults: FaultSwitch, fault: ListFault, item: T, how: ItemBreaker<T>): Record<string, unknown> {
  const corrupted = how.corrupt(item);
  const broken = fault.kind === "malformed" && fault.fresh ? how.freshen(corrupted) : corrupted;
  faults.ledger.brokenItem({ platform: how.platform, scope: how.scope, reviewId: how.reviewId, item: broken }, how.now);
  return broken;
}

/** Sends a JSON body cut off halfway, with a matching content-length, as a broken proxy would. */
export function sendTruncatedJson(res: ServerResponse, status: number, body: unknown): void {
  const full = JSON.stringify(body);
  const cut = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(cut) });
  res.end(cut);
}

/**
 * After a write (reply) to `reviewId` was applied: records it, and true when its response must be
 * lost (the connection is dropped).
 */
export function loseResponse(faults: FaultSwitch, platform: SandboxPlatform, reviewId: string, ctx: RequestContext): boolean {
  faults.ledger.replyWrite(platform, reviewId);
  if (!faults.take(platform, ["lose-response"])) return false;
  ctx.res.socket?.destroy();
  return true;
}
