import type { ReplyState } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";
import { REPLY_STATE } from "./labels";

export function ReplyStateBadge({ state }: { state: ReplyState }) {
  const { label, tone } = REPLY_STATE[state];
  return (
    <span data-testid="reply-state">
      <Badge tone={tone}>{label}</Badge>
    </span>
  );
}
