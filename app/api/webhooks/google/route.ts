import { db } from "@/lib/db";
import { appQueues } from "@/lib/jobs/queues";
import { handleGooglePush } from "@/lib/platforms/google/push";

export const dynamic = "force-dynamic";

// Google Business Profile notifications, pushed by Pub/Sub. The token in the URL is the subscription's.
export async function POST(request: Request) {
  const body = await request.json().catch(() => null);
  const answer = await handleGooglePush(db, appQueues(), { token: new URL(request.url).searchParams.get("token"), body });
  return Response.json(answer.body, { status: answer.status });
}
