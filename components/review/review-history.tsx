import { formatDateTime } from "./labels";

const ACTIONS: Record<string, string> = {
  "review.received": "Review fetched from the platform",
  "review.edited_on_platform": "Guest edited the review",
  "review.answered_on_platform": "Answered directly on the platform",
  "review.deleted_on_platform": "Removed from the platform",
  "review.restored_on_platform": "Shown again on the platform",
  "draft.created": "Draft written",
  "draft.edited": "Draft edited",
  "draft.regenerated": "Another version drafted",
  "reply.approved": "Reply approved",
  "reply.published": "Reply published",
  "reply.publish_failed": "Publishing failed",
  "reply.marked_posted": "Posted by hand on the platform",
  "reply.approved_by_platform": "Approved by the platform's moderators",
  "reply.rejected_by_platform": "Rejected by the platform's moderators",
};

export function ReviewHistory({ events, timeZone }: {
  events: { id: string; action: string; createdAt: Date; actorKind: "USER" | "SYSTEM"; actor: { name: string } | null }[];
  timeZone: string;
}) {
  if (events.length === 0) return null;
  return (
    <section aria-labelledby="history-heading" className="rounded-lg bg-white p-4 ring-1 ring-stone-200">
      <h2 id="history-heading" className="text-sm font-semibold text-stone-800">History</h2>
      <ol className="mt-3 space-y-2 text-sm">
        {events.map((e) => (
          <li key={e.id} className="flex gap-2">
            <time className="w-28 shrink-0 text-xs tabular-nums text-stone-500" dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt, timeZone)}</time>
            <span className="text-stone-700">
              {ACTIONS[e.action] ?? e.action}
              <span className="text-stone-500"> · {e.actorKind === "SYSTEM" ? "Lobby" : (e.actor?.name ?? "former member")}</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
