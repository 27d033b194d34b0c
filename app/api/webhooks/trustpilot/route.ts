import { db } from "@/lib/db";
import { appQueues } from "@/lib/jobs/queues";
import { handleTrustpilotPush } from "@/lib/platforms/trustpilot/push";

export const dynamic = "force-dynamic";

// Trustpilot webhooks. The subscription URL carries Basic credentials and names the business unit.
export async function POST(request: Request) {
  const body = await request.json().catch(() => null);
  const answer = await handleTrustpilotPush(db, appQueues(), {
    authorization: request.headers.get("authorization"),
    businessUnitId: new URL(request.url).searchParams.get("businessUnitId"),
    body,
  });
  return Response.json(answer.body, { status: answer.status });
}
