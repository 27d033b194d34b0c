import type { PlatformReplyStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime, PLATFORM_REPLY_STATUS } from "./labels";

export function PublishedReply({ reply, timeZone }: {
  reply: { text: string; platformStatus: PlatformReplyStatus; approvedAt: Date; publishedAt: Date | null; approvedBy: { name: string } | null };
  timeZone: string;
}) {
  return (
    <div className="space-y-3">
      <h2 className="text-sm font-medium text-stone-700">Reply</h2>
      <p className="whitespace-pre-line rounded-md bg-stone-50 p-3 text-sm leading-relaxed text-stone-800">{reply.text}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-stone-500">Approved</dt>
        <dd>{reply.approvedBy?.name ?? "a former member"}, {formatDateTime(reply.approvedAt, timeZone)}</dd>
        <dt className="text-stone-500">On the platform</dt>
        <dd data-testid="platform-status">{PLATFORM_REPLY_STATUS[reply.platformStatus]}</dd>
        {reply.publishedAt ? (
          <>
            <dt className="text-stone-500">Published</dt>
            <dd>{formatDateTime(reply.publishedAt, timeZone)}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
