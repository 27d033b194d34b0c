import { z } from "zod";

// The listing cursor Lobby stores for a Trustpilot connection (opaque to Lobby).
//
// Trustpilot lists reviews by creation date only; an edit moves a review's updatedAt, not its place.
// So a walk does not stop at the first known review: it reads every review created in a look-back
// window before the newest change it has seen (server-side, with startDateTime) and yields those
// created, edited or answered since. Once a day (and from a null cursor) it reads everything, which
// catches edits of older reviews too. The cursor moves only on the last page, so a walk cut short
// is simply repeated.

const cursorSchema = z.object({
  v: z.literal(1),
  /** Newest change seen (a new review, an edit, a company reply), in Trustpilot's time. */
  at: z.iso.datetime().nullable(),
  /** The reviews whose change is exactly `at`: another one in that same second is still new. */
  ids: z.array(z.string()).max(1000),
  /** When the last full walk finished, by Lobby's clock. */
  fullAt: z.iso.datetime(),
});

export type TrustpilotCursor = z.infer<typeof cursorSchema>;

/** A cursor this connector did not write (or garbage) means a full walk: storing is idempotent. */
export function decodeCursor(value: string | null): TrustpilotCursor | null {
  if (value === null) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function encodeCursor(cursor: TrustpilotCursor): string {
  return JSON.stringify({ v: 1, at: cursor.at, ids: cursor.ids, fullAt: cursor.fullAt });
}

/** startDateTime as Trustpilot documents it ("2013-09-07T13:37:00"); read as UTC (unconfirmed, the window absorbs it). */
export function startDateTime(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19);
}

const MAX_IDS = 100;

/** Decides which reviews are news for a cursor, and what the next cursor is. */
export class ChangeTracker {
  private at: number | null;
  private ids: Set<string>;

  constructor(private readonly since: TrustpilotCursor | null) {
    this.at = since?.at ? Date.parse(since.at) : null;
    this.ids = new Set(since?.ids ?? []);
  }

  isNew(id: string, changed: Date): boolean {
    const sinceAt = this.since?.at ? Date.parse(this.since.at) : null;
    if (sinceAt === null) return true;
    const t = changed.getTime();
    return t > sinceAt || (t === sinceAt && !(this.since?.ids ?? []).includes(id));
  }

  /**
   * Changed before the newest change seen, or in that same second by a review seen then (when its id
   * is known): covered by an earlier walk. Another review changed in that second is still news.
   */
  isOld(changed: Date, id?: string): boolean {
    if (!this.since?.at) return false;
    const t = changed.getTime();
    const sinceAt = Date.parse(this.since.at);
    return t < sinceAt || (t === sinceAt && (id === undefined || this.since.ids.includes(id)));
  }

  record(id: string, changed: Date): void {
    const t = changed.getTime();
    if (this.at === null || t > this.at) {
      this.at = t;
      this.ids = new Set([id]);
    } else if (t === this.at && this.ids.size < MAX_IDS) {
      this.ids.add(id);
    }
  }

  next(fullAt: string): TrustpilotCursor {
    return { v: 1, at: this.at === null ? null : new Date(this.at).toISOString(), ids: [...this.ids].sort(), fullAt };
  }
}
