import type { FaultKind, SandboxPlatform } from "./faults";

// What the sandbox did that a test must be able to count afterwards, as the platforms' own logs would:
// API calls and the faults that bit them, every item served broken (exactly as sent), every reply
// write it applied, and every reply it refused. GET /_sandbox/ledger shows it; reset empties it.

export interface BrokenItem {
  platform: SandboxPlatform;
  /** The location, property or business unit whose list carried the item. */
  scope: string;
  /** The review the item was made from. */
  reviewId: string;
  /** The item exactly as it went out (JSON). */
  item: unknown;
  at: string;
}

export interface RefusedReply {
  platform: SandboxPlatform;
  reviewId: string;
  reason: string;
}

type PerPlatform<T> = Partial<Record<SandboxPlatform, T>>;

export interface LedgerSnapshot {
  /** API calls per platform (token endpoints and admin routes not counted). */
  calls: PerPlatform<number>;
  /** Faults that bit, per platform and kind. */
  faulted: PerPlatform<Partial<Record<FaultKind, number>>>;
  broken: BrokenItem[];
  /** Reply writes applied per review (a second write to the same review counts as 2). */
  replyWrites: PerPlatform<Record<string, number>>;
  refusedReplies: RefusedReply[];
}

export class SandboxLedger {
  private calls: PerPlatform<number> = {};
  private faulted: PerPlatform<Partial<Record<FaultKind, number>>> = {};
  private broken: BrokenItem[] = [];
  private replyWrites: PerPlatform<Record<string, number>> = {};
  private refusedReplies: RefusedReply[] = [];

  call(platform: SandboxPlatform): void {
    this.calls[platform] = (this.calls[platform] ?? 0) + 1;
  }

  fault(platform: SandboxPlatform, kind: FaultKind): void {
    const counts = (this.faulted[platform] ??= {});
    counts[kind] = (counts[kind] ?? 0) + 1;
  }

  brokenItem(entry: Omit<BrokenItem, "item" | "at"> & { item: unknown }, now: Date): void {
    // A copy through JSON: what the client received, undefined fields dropped.
    this.broken.push({ ...entry, item: JSON.parse(JSON.stringify(entry.item)) as unknown, at: now.toISOString() });
  }

  replyWrite(platform: SandboxPlatform, reviewId: string): void {
    const writes = (this.replyWrites[platform] ??= {});
    writes[reviewId] = (writes[reviewId] ?? 0) + 1;
  }

  replyRefused(platform: SandboxPlatform, reviewId: string, reason: string): void {
    this.refusedReplies.push({ platform, reviewId, reason });
  }

  snapshot(): LedgerSnapshot {
    return structuredClone({
      calls: this.calls,
      faulted: this.faulted,
      broken: this.broken,
      replyWrites: this.replyWrites,
      refusedReplies: this.refusedReplies,
    });
  }

  clear(): void {
    this.calls = {};
    this.faulted = {};
    this.broken = [];
    this.replyWrites = {};
    this.refusedReplies = [];
  }
}
