import { redirect } from "next/navigation";
import type { NextRequest } from "next/server";
import { auth } from "@/lib/auth/config";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { appRedis } from "@/lib/jobs/redis";
import { logger } from "@/lib/logger";
import { ConnectFlowError, type ConnectProblem } from "@/lib/platforms/connect/connect-problem";
import { configuredConnectApps, finishOAuthConnect } from "@/lib/platforms/connect/oauth-connect";
import { memberOrganizationSlug } from "@/lib/organizations";

export const dynamic = "force-dynamic";

const PLATFORMS = { google: "GOOGLE", trustpilot: "TRUSTPILOT" } as const;

// Where Google's and Trustpilot's authorize pages send the browser back. The state names the flow;
// success goes on to choosing the location, a problem back to the Connections page with its code.
export async function GET(request: NextRequest, { params }: { params: Promise<{ platform: string }> }) {
  const slug = (await params).platform;
  const platform = Object.hasOwn(PLATFORMS, slug) ? PLATFORMS[slug as keyof typeof PLATFORMS] : null;
  if (!platform) return new Response("Not found", { status: 404 });
  const userId = (await auth())?.user?.id;
  // Signed out on the way (another tab): sign in, then come back here; the state is still unused.
  if (!userId) redirect(`/login?next=${encodeURIComponent(`${request.nextUrl.pathname}${request.nextUrl.search}`)}`);

  const q = request.nextUrl.searchParams;
  let target: string;
  try {
    const deps = { db, redis: appRedis(), prefix: env.QUEUE_PREFIX, apps: configuredConnectApps() };
    const { grantId, organizationId } = await finishOAuthConnect(deps, { userId, platform, state: q.get("state"), code: q.get("code"), error: q.get("error") });
    const org = await memberOrganizationSlug(userId, organizationId);
    target = `/${org}/connections/connect/${grantId}`;
  } catch (error) {
    let problem: ConnectProblem = "unavailable";
    let organizationId: string | null = null;
    if (error instanceof ConnectFlowError) ({ problem, organizationId } = error);
    else logger.error({ platform, err: error instanceof Error ? error.message : String(error) }, "could not finish connecting a platform");
    const org = await memberOrganizationSlug(userId, organizationId);
    target = org ? `/${org}/connections?connect=${problem}&platform=${slug}` : "/";
  }
  redirect(target);
}
