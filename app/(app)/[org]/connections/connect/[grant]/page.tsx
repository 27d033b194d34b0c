import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMemberBySlug } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { appRedis } from "@/lib/jobs/redis";
import { configuredConnectApps, grantFor, placesToChoose, type PlaceChoice } from "@/lib/platforms/connect/oauth-connect";
import { PLACE_NOUN } from "@/lib/platforms/connect/save-connection";
import { PLATFORM_NAMES } from "@/lib/platforms/names";
import { PlacePicker } from "@/components/connections/place-picker";
import { connectChosenPlaceAction } from "../../connect-actions";

export const metadata: Metadata = { title: "Choose the location" };

// After the platform's authorize page: which of the account's places is this property?
export default async function ChoosePlacePage({ params }: { params: Promise<{ org: string; grant: string }> }) {
  const { org, grant: grantId } = await params;
  const { organization, user } = await requireMemberBySlug(org, "connections.manage");
  const deps = { db, redis: appRedis(), prefix: env.QUEUE_PREFIX, apps: configuredConnectApps() };
  const back = (
    <Link href={`/${org}/connections`} className="text-sm font-medium text-brand-700 hover:underline">
      Back to Connections
    </Link>
  );

  let problem: string | null = null;
  let view: { platform: string; noun: string; property: string; places: PlaceChoice[] } | null = null;
  try {
    const grant = await grantFor(deps, grantId, user.id);
    if (grant.organizationId !== organization.id) notFound();
    const property = await db.property.findFirst({ where: { id: grant.propertyId, organizationId: organization.id }, select: { name: true } });
    if (!property) notFound();
    view = { platform: PLATFORM_NAMES[grant.platform], noun: PLACE_NOUN[grant.platform], property: property.name, places: await placesToChoose(deps, grant) };
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    problem = error.message;
  }

  if (!view) {
    return (
      <div className="mx-auto max-w-xl space-y-3">
        <h1 className="text-xl font-semibold tracking-tight">Connection not finished</h1>
        <p role="alert" className="rounded-lg bg-rose-50 px-4 py-3 text-sm text-rose-900 ring-1 ring-rose-200">{problem}</p>
        {back}
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <div className="space-y-1">
        <h1 className="text-xl font-semibold tracking-tight">Which {view.platform} {view.noun} is {view.property}?</h1>
        <p className="text-sm text-stone-500">
          {view.platform} allowed Lobby in. Choose the {view.noun} whose reviews belong to {view.property}; Lobby reads them as soon as you connect.
        </p>
      </div>
      {view.places.length === 0 ? (
        <p className="rounded-lg bg-white px-4 py-6 text-center text-sm text-stone-500 ring-1 ring-stone-200">
          This {view.platform} account manages no {view.noun}. Sign in with the account that manages {view.property}.
        </p>
      ) : (
        <PlacePicker grantId={grantId} places={view.places} placeNoun={view.noun} connect={connectChosenPlaceAction} />
      )}
      {back}
    </div>
  );
}
