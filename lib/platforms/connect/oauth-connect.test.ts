import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openSecret } from "../../crypto/secrets";
import { createDb } from "../../db";
import { env } from "../../env";
import { UserFacingError } from "../../errors";
import { closeQueues, createQueues } from "../../jobs/queues";
import { createRedis } from "../../jobs/redis";
import { pollConnection } from "../../reviews/poll-connection";
import { sandboxEndpoints } from "../endpoints";
import { PlatformError } from "../errors";
import { createConnector } from "../registry";
import { storedCredentials } from "../stored-credentials";
import { sharedTrustpilotTokens } from "../trustpilot/auth";
import { answerConsentPage } from "@/sandbox/consent-testing";
import { TRUSTPILOT_SANDBOX_BUSINESS_UNITS as UNITS, TRUSTPILOT_SANDBOX_CREDENTIALS } from "@/sandbox/trustpilot/seed";
import { trustpilotClient } from "@/sandbox/trustpilot/testing";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";
import { ConnectFlowError } from "./connect-problem";
import { connectChosenPlace, finishOAuthConnect, grantFor, placesToChoose, startOAuthConnect, type OAuthDeps } from "./oauth-connect";
import { firstPollJobId } from "./save-connection";
import { hotelGroupWithProperty, sandboxConnectApps } from "./testing";

const db = createDb();
const redis = createRedis();
const prefix = `${env.QUEUE_PREFIX}-connect-${randomUUID().slice(0, 8)}`;
const queues = createQueues(redis, prefix);
let sb: RunningSandbox;
let deps: OAuthDeps & { queues: typeof queues };
const REDIRECT = (platform: string) => `http://lobby.test/api/oauth/${platform}/callback`;

beforeAll(async () => {
  sb = await startSandbox();
  deps = { db, redis, prefix, apps: sandboxConnectApps(sb.url), queues };
});
beforeEach(() => sb.admin("/_sandbox/reset", {}));
afterAll(async () => {
  await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await closeQueues(queues);
  redis.disconnect();
  await sb.sandbox.close();
  await db.$disconnect();
});

/** Plays the browser: Lobby's authorize URL -> the platform's page -> back to Lobby's callback. */
async function authorize(url: string, choices: Record<string, string> = {}) {
  const back = await answerConsentPage(url, "allow", choices);
  return { state: back.searchParams.get("state"), code: back.searchParams.get("code"), error: back.searchParams.get("error") };
}

describe("connecting a property through Google's consent screen", () => {
  it("lists the account's locations, connects the chosen one with sealed credentials and queues its first read", async () => {
    const { organization, owner, property } = await hotelGroupWithProperty(db);
    const added = (await (await sb.admin("/_sandbox/google/locations", { title: "Casa Azulejo Porto", city: "Porto" })).json()) as { name: string };
    for (const comment of ["Lovely tiles and a kind team.", "Breakfast on the terrace was perfect."]) {
      await sb.admin("/_sandbox/google/reviews", { location: added.name, reviewerName: "Ana", starRating: 5, comment });
    }

    const url = new URL(await startOAuthConnect(deps, { organizationId: organization.id, userId: owner.id, propertyId: property.id, platform: "GOOGLE", redirectUri: REDIRECT("google") }));
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT("google"));
    const back = await authorize(url.toString());
    const { grantId, organizationId } = await finishOAuthConnect(deps, { userId: owner.id, platform: "GOOGLE", ...back });
    expect(organizationId).toBe(organization.id);
    // The same answer cannot be used twice.
    await expect(finishOAuthConnect(deps, { userId: owner.id, platform: "GOOGLE", ...back })).rejects.toMatchObject({ problem: "expired" });

    await expect(grantFor(deps, grantId, "someone-else")).rejects.toBeInstanceOf(UserFacingError);
    const grant = await grantFor(deps, grantId, owner.id);
    const places = await placesToChoose(deps, grant);
    expect(places.map((p) => p.externalLocationId)).toEqual(["accounts/1001/locations/2001", "accounts/1001/locations/2002", added.name]);
    expect(places.find((p) => p.externalLocationId === added.name)).toEqual({ externalLocationId: added.name, name: "Casa Azulejo Porto", detail: "Porto · Azulejo Hotels", connectedTo: null });

    await expect(connectChosenPlace(deps, { grantId, grant, externalLocationId: "accounts/1001/locations/999", actor: { kind: "USER", userId: owner.id } })).rejects.toThrow(/Choose one of the places/);
    const saved = await connectChosenPlace(deps, { grantId, grant, externalLocationId: added.name, actor: { kind: "USER", userId: owner.id } });
    expect(saved).toEqual({ id: expect.any(String), reconnected: false });

    const row = await db.platformConnection.findUniqueOrThrow({ where: { id: saved.id } });
    const credentials = openSecret<{ refreshToken: string; clientSecret: string }>(row.credentialsEncrypted);
    expect(credentials.refreshToken).toMatch(/^1\/\/0g/);
    expect(row.credentialsEncrypted).not.toContain(credentials.refreshToken);
    expect(row).toMatchObject({ organizationId: organization.id, propertyId: property.id, platform: "GOOGLE", externalLocationId: added.name, status: "ACTIVE" });
    expect(await db.auditEvent.findFirst({ where: { entityId: saved.id, action: "connection.connected" } })).toMatchObject({ actorUserId: owner.id, data: { platform: "GOOGLE", externalLocationId: added.name, via: "oauth" } });
    expect(await (await queues.pollConnection.getJob(firstPollJobId(saved.id)))?.getState()).toBe("waiting");
    // The grant is spent.
    await expect(grantFor(deps, grantId, owner.id)).rejects.toBeInstanceOf(UserFacingError);

    // What the worker does with the queued job: the location's reviews arrive.
    const summary = await pollConnection(db, saved.id, { endpoints: sandboxEndpoints(sb.url) });
    expect(summary?.created).toBe(2);
  });

  it("ends with a named problem when the user cancels on Google, and consumes the state", async () => {
    const { organization, owner, property } = await hotelGroupWithProperty(db);
    const url = await startOAuthConnect(deps, { organizationId: organization.id, userId: owner.id, propertyId: property.id, platform: "GOOGLE", redirectUri: REDIRECT("google") });
    const back = await answerConsentPage(url, "deny");
    const answer = { state: back.searchParams.get("state"), code: null, error: back.searchParams.get("error") };
    await expect(finishOAuthConnect(deps, { userId: owner.id, platform: "GOOGLE", ...answer })).rejects.toMatchObject({ problem: "denied", organizationId: organization.id });
    await expect(finishOAuthConnect(deps, { userId: owner.id, platform: "GOOGLE", ...answer })).rejects.toMatchObject({ problem: "expired" });
  });

  it("refuses to start for a property of another organization", async () => {
    const mine = await hotelGroupWithProperty(db);
    const theirs = await hotelGroupWithProperty(db);
    await expect(startOAuthConnect(deps, { organizationId: mine.organization.id, userId: mine.owner.id, propertyId: theirs.property.id, platform: "GOOGLE", redirectUri: REDIRECT("google") })).rejects.toThrow("That property is not part of this organization.");
  });

  it("turns a code Google refuses into a named problem, without the code in it", async () => {
    const { organization, owner, property } = await hotelGroupWithProperty(db);
    const url = await startOAuthConnect(deps, { organizationId: organization.id, userId: owner.id, propertyId: property.id, platform: "GOOGLE", redirectUri: REDIRECT("google") });
    const state = new URL(url).searchParams.get("state");
    const error = await finishOAuthConnect(deps, { userId: owner.id, platform: "GOOGLE", state, code: "4/0Ab-made-up-code", error: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectFlowError);
    expect(error).toMatchObject({ problem: "refused" });
    expect((error as Error).message).not.toContain("made-up-code");
  });
});

describe("connecting a property through Trustpilot's sign-in page", () => {
  it("connects the chosen business unit, and keeps its rotating refresh token stored", async () => {
    const { organization, owner, property } = await hotelGroupWithProperty(db, "Casa Azulejo Lisboa");
    const url = await startOAuthConnect(deps, { organizationId: organization.id, userId: owner.id, propertyId: property.id, platform: "TRUSTPILOT", redirectUri: REDIRECT("trustpilot") });
    expect(new URL(url).searchParams.has("code_challenge")).toBe(false);
    const back = await authorize(url, { user: TRUSTPILOT_SANDBOX_CREDENTIALS.businessUserId });
    const { grantId } = await finishOAuthConnect(deps, { userId: owner.id, platform: "TRUSTPILOT", ...back });
    const grant = await grantFor(deps, grantId, owner.id);
    expect((await placesToChoose(deps, grant)).map((p) => [p.externalLocationId, p.name])).toEqual([
      [UNITS.lisbon.id, UNITS.lisbon.displayName],
      [UNITS.munich.id, UNITS.munich.displayName],
    ]);
    const { id } = await connectChosenPlace(deps, { grantId, grant, externalLocationId: UNITS.lisbon.id, actor: { kind: "USER", userId: owner.id } });
    const granted = openSecret<{ refreshToken: string; businessUserId: string; password?: string }>((await db.platformConnection.findUniqueOrThrow({ where: { id } })).credentialsEncrypted);
    expect(granted).toMatchObject({ businessUserId: TRUSTPILOT_SANDBOX_CREDENTIALS.businessUserId });
    expect(granted.password).toBeUndefined();

    sharedTrustpilotTokens.clear();
    expect((await pollConnection(db, id, { endpoints: sandboxEndpoints(sb.url) }))?.created).toBeGreaterThan(5);
    // Trustpilot rotated the refresh token on first use; the connection holds the new one.
    const rotated = openSecret<{ refreshToken: string }>((await db.platformConnection.findUniqueOrThrow({ where: { id } })).credentialsEncrypted);
    expect(rotated.refreshToken).not.toBe(granted.refreshToken);
    expect((await trustpilotClient(sb).refresh(granted.refreshToken)).status).toBe(400);

    // Another worker that read the credentials before the rotation finds the new token and goes on.
    sharedTrustpilotTokens.clear();
    const row = await db.platformConnection.findUniqueOrThrow({ where: { id } });
    const stale = { platform: "TRUSTPILOT", externalLocationId: UNITS.lisbon.id, credentials: granted, keeper: storedCredentials(db, row).keeper };
    const first = await createConnector(stale, { endpoints: sandboxEndpoints(sb.url) }).listReviewsSince(null)[Symbol.asyncIterator]().next();
    expect(first.done).toBe(false);

    // A grant Trustpilot no longer knows asks for a new connection, in words staff understand.
    sharedTrustpilotTokens.clear();
    await db.platformConnection.update({ where: { id }, data: { credentialsEncrypted: (await import("../../crypto/secrets")).sealSecret({ ...granted, refreshToken: "revoked-token" }) } });
    const error = await pollConnection(db, id, { endpoints: sandboxEndpoints(sb.url) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).message).toMatch(/connect it again/);
    expect((error as PlatformError).message).not.toContain("revoked-token");
  });
});
