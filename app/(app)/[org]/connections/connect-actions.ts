"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { runAction } from "@/lib/action-client";
import { requireMember, requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { UserFacingError } from "@/lib/errors";
import { appQueues } from "@/lib/jobs/queues";
import { appRedis } from "@/lib/jobs/redis";
import { checkCredentials } from "@/lib/platforms/connect/check-credentials";
import { disconnectConnection, pauseConnection, resumeConnection } from "@/lib/platforms/connect/connection-state";
import { connectionFromForm, credentialsFormSchema } from "@/lib/platforms/connect/credential-forms";
import { configuredConnectApps, connectChosenPlace, grantFor, startOAuthConnect, type OAuthDeps } from "@/lib/platforms/connect/oauth-connect";
import { OAUTH_PLATFORMS, type OAuthPlatform } from "@/lib/platforms/connect/oauth-state";
import { propertyOrganization, saveConnection } from "@/lib/platforms/connect/save-connection";
import { connectionOrganization } from "@/lib/platforms/connections";
import { redisThrottle } from "@/lib/platforms/throttle";

// Connecting, pausing, resuming and disconnecting platforms. Server actions are public endpoints:
// every input is parsed here, and the organization always comes from the property or connection.
// Submitted credentials never reach a log line (runAction logs the context given, not the input) or a result.

const oauthDeps = (): OAuthDeps => ({ db, redis: appRedis(), prefix: env.QUEUE_PREFIX, apps: configuredConnectApps() });

async function ownerOfProperty(propertyId: unknown) {
  const organizationId = await propertyOrganization(db, propertyId);
  if (!organizationId) notFound();
  return requireMember(organizationId, "connections.manage");
}

export async function connectWithCredentialsAction(input: unknown) {
  const parsed = credentialsFormSchema.safeParse(input);
  return runAction("connectWithCredentials", { platform: parsed.data?.platform, propertyId: parsed.data?.propertyId }, async () => {
    if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "The form could not be read. Reload the page and try again.");
    const { user, organization } = await ownerOfProperty(parsed.data.propertyId);
    const { externalLocationId, credentials } = connectionFromForm(parsed.data);
    await checkCredentials(parsed.data.platform, externalLocationId, credentials, { throttle: redisThrottle(appRedis(), env.QUEUE_PREFIX) });
    const saved = await saveConnection(db, appQueues(), {
      organizationId: organization.id, propertyId: parsed.data.propertyId, platform: parsed.data.platform, externalLocationId, credentials, via: "credentials",
    }, { kind: "USER", userId: user.id });
    revalidatePath(`/${organization.slug}/connections`);
    return { connectionId: saved.id, reconnected: saved.reconnected };
  });
}

const startSchema = z.object({ propertyId: z.string().min(1).max(64), platform: z.enum(OAUTH_PLATFORMS) });

/** Where the platform sends the browser back: this site's own origin, as the browser reached it. */
async function callbackUrl(platform: OAuthPlatform): Promise<string> {
  // Next accepts a server action only when its Origin matches the host, so this is our public origin.
  const origin = (await headers()).get("origin");
  if (!origin) throw new UserFacingError("Your browser did not say which address it used. Reload the page and try again.");
  return new URL(`/api/oauth/${platform.toLowerCase()}/callback`, origin).toString();
}

/** Sends the browser to the platform's authorize page. */
export async function startOAuthConnectAction(input: unknown) {
  const parsed = startSchema.safeParse(input);
  const result = await runAction("startOAuthConnect", { platform: parsed.data?.platform, propertyId: parsed.data?.propertyId }, async () => {
    if (!parsed.success) throw new UserFacingError("Choose a property and a platform.");
    const { user, organization } = await ownerOfProperty(parsed.data.propertyId);
    return startOAuthConnect(oauthDeps(), { organizationId: organization.id, userId: user.id, ...parsed.data, redirectUri: await callbackUrl(parsed.data.platform) });
  });
  if (result.ok) redirect(result.data);
  return result;
}

const chooseSchema = z.object({ grantId: z.string().min(1).max(64), externalLocationId: z.string().min(1).max(300) });

/** Connects the property to the place chosen from the platform account's list. */
export async function connectChosenPlaceAction(input: unknown) {
  const parsed = chooseSchema.safeParse(input);
  const result = await runAction("connectChosenPlace", {}, async () => {
    if (!parsed.success) throw new UserFacingError("Choose one of the places.");
    const user = await requireUser();
    const deps = oauthDeps();
    const grant = await grantFor(deps, parsed.data.grantId, user.id);
    const { organization } = await requireMember(grant.organizationId, "connections.manage");
    const saved = await connectChosenPlace({ ...deps, queues: appQueues() }, { ...parsed.data, grant, actor: { kind: "USER", userId: user.id } });
    revalidatePath(`/${organization.slug}/connections`);
    return `/${organization.slug}/connections?connected=${grant.platform.toLowerCase()}&connection=${saved.id}`;
  });
  if (result.ok) redirect(result.data);
  return result;
}

async function ownerOfConnection(connectionId: unknown) {
  const organizationId = typeof connectionId === "string" && connectionId.length <= 64 ? await connectionOrganization(db, connectionId) : null;
  if (!organizationId) notFound();
  return requireMember(organizationId, "connections.manage");
}

function connectionAction(name: string, change: (connectionId: string, userId: string) => Promise<unknown>) {
  return (connectionId: string) =>
    runAction(name, { connectionId }, async () => {
      const { user, organization } = await ownerOfConnection(connectionId);
      await change(connectionId, user.id);
      revalidatePath(`/${organization.slug}/connections`);
      return undefined;
    });
}

export async function pauseConnectionAction(connectionId: string) {
  return connectionAction("pauseConnection", (id, userId) => pauseConnection(db, id, { kind: "USER", userId }))(connectionId);
}

export async function resumeConnectionAction(connectionId: string) {
  return connectionAction("resumeConnection", (id, userId) => resumeConnection(db, appQueues(), id, { kind: "USER", userId }))(connectionId);
}

export async function disconnectConnectionAction(connectionId: string) {
  return connectionAction("disconnectConnection", (id, userId) => disconnectConnection(db, id, { kind: "USER", userId }))(connectionId);
}
