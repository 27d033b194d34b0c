import { db } from "@/lib/db";
import { appQueues } from "@/lib/jobs/queues";
import { EXPEDIA_SIGNATURE_HEADER, EXPEDIA_TIMESTAMP_HEADER, handleExpediaPush } from "@/lib/platforms/expedia/push";

export const dynamic = "force-dynamic";

// Expedia Lodging Supply notifications. The signature covers the raw body, so it is read as text.
export async function POST(request: Request) {
  const answer = await handleExpediaPush(db, appQueues(), {
    signature: request.headers.get(EXPEDIA_SIGNATURE_HEADER),
    timestamp: request.headers.get(EXPEDIA_TIMESTAMP_HEADER),
    rawBody: await request.text(),
  });
  return Response.json(answer.body, { status: answer.status });
}
