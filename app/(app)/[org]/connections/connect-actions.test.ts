import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createDb } from "@/lib/db";
import { env } from "@/lib/env";
import { closeQueues, createQueues } from "@/lib/jobs/queues";
import { createRedis } from "@/lib/jobs/redis";
import { logger } from "@/lib/logger";
import { sandboxEndpoints } from "@/lib/platforms/endpoints";
import { hotelGroupWithProperty, sandboxConnectApps } from "@/lib/platforms/connect/testing";
import { createMember, createOrganization } from "@/prisma/factories";
import { BOOKING_SANDBOX_CREDENTIALS } from "@/sandbox/booking/seed";
import { answerConsentPage } from "@/sandbox/consent-testing";
import { startSandbox, type RunningSandbox } from "@/sandbox/testing";

// The connect actions and the OAuth callback as the browser reaches them: the signed-in user, the
// request's origin, and where platforms live are stubbed; database, Redis, permissions and the
// platform sandbox are real.
const stubs = vi.hoisted(() => ({ userId: null as string | null, sandboxUrl: "", queues: null as unknown, redis: null as unknown }));
vi.mock("@/lib/auth/config", () => ({ auth: async () => (stubs.userId ? { user: { id: stubs.userId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ origin: "http://lobby.test" }) }));
vi.mock("@/lib/jobs/redis", async (original) => ({ ...(await original<object>()), appRedis: () => stubs.redis }));
vi.mock("@/lib/jobs/queues", async (original) => ({ ...(await original<object>()), appQueues: () => stubs.queues }));
vi.mock("@/lib/platforms/endpoints", async (original) => {
  const real = await original<typeof import("@/lib/platforms/endpoints")>();
  return { ...real, configuredEndpoints: () => real.sandboxEndpoints(stubs.sandboxUrl) };
});
vi.mock("@/lib/platforms/connect/oauth-connect", async (original) => {
  const real = await original<typeof import("@/lib/platforms/connect/oauth-connect")>();
  const { sandboxConnectApps: apps } = await import("@/lib/platforms/connect/testing");
  return { ...real, configuredConnectApps: () => apps(stubs.sandboxUrl) };
});

const { connectWithCredentialsAction, startOAuthConnectAction, connectChosenPlaceAction, disconnectConnectionAction } = await import("./connect-actions");
const { GET: oauthCallback } = await import("@/app/api/oauth/[platform]/callback/route");

const db = createDb();
const redis = createRedis();
const prefix = `${env.QUEUE_PREFIX}-actions-${randomUUID().slice(0, 8)}`;
const queues = createQueues(redis, prefix);
let sb: RunningSandbox;
let hotel: Awaited<ReturnType<typeof hotelGroupWithProperty>>;
let outsiderId: string;

beforeAll(async () => {
  sb = await startSandbox();
  Object.assign(stubs, { sandboxUrl: sb.url, queues, redis });
  hotel = await hotelGroupWithProperty(db);
  const other = await createOrganization(db, { slug: `other-${randomUUID().slice(0, 8)}`, name: "Other" });
  outsiderId = (await createMember(db, { organizationId: other.id, email: `owner@${other.slug}.test`, name: "O", role: "OWNER", password: "x" })).id;
});
beforeEach(() => {
  stubs.userId = null;
});
afterAll(async () => {
  await Promise.all(Object.values(queues).map((q) => q.obliterate({ force: true })));
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length) await redis.del(...keys);
  await closeQueues(queues);
  redis.disconnect();
  await sb.sandbox.close();
  await db.$disconnect();
});

const redirectTarget = (e: unknown) => String((e as { digest?: string }).digest ?? "").split(";").slice(2, -2).join(";");
const booking = (password: string) => ({ platform: "BOOKING", propertyId: hotel.property.id, externalLocationId: "5512081", username: BOOKING_SANDBOX_CREDENTIALS.username, password });

describe("connecting with credentials", () => {
  it("refuses a hotel manager with a message, and a member of another organization with not-found", async () => {
    stubs.userId = hotel.manager.id;
    expect(await connectWithCredentialsAction(booking(BOOKING_SANDBOX_CREDENTIALS.password))).toEqual({ ok: false, error: "Your role does not allow this action." });
    stubs.userId = outsiderId;
    await expect(connectWithCredentialsAction(booking(BOOKING_SANDBOX_CREDENTIALS.password))).rejects.toSatisfy((e: unknown) => String((e as { digest?: string }).digest).includes("404"));
  });

  it("names a missing field with the form's own message", async () => {
    stubs.userId = hotel.owner.id;
    expect(await connectWithCredentialsAction({ ...booking(""), password: "" })).toEqual({ ok: false, error: "Enter the machine account password." });
  });

  it("shows Booking.com's refusal of a wrong password, and never the password, in results or logs", async () => {
    stubs.userId = hotel.owner.id;
    const logged = (["info", "warn", "error"] as const).map((level) => vi.spyOn(logger, level));
    const wrong = "wrong-password-for-the-test";
    const refused = await connectWithCredentialsAction(booking(wrong));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Booking\.com refused these credentials for property 5512081/) });
    expect(JSON.stringify(refused)).not.toContain(wrong);
    expect(await db.platformConnection.count({ where: { propertyId: hotel.property.id } })).toBe(0);

    const connected = await connectWithCredentialsAction(booking(BOOKING_SANDBOX_CREDENTIALS.password));
    expect(connected).toEqual({ ok: true, data: { connectionId: expect.any(String), reconnected: false } });
    expect(JSON.stringify(connected)).not.toContain(BOOKING_SANDBOX_CREDENTIALS.password);
    for (const spy of logged) expect(JSON.stringify(spy.mock.calls)).not.toMatch(new RegExp(`${wrong}|${BOOKING_SANDBOX_CREDENTIALS.password}`));
    logged.forEach((spy) => spy.mockRestore());

    // Disconnect, then the same credentials bring the same connection back.
    const id = (connected as { data: { connectionId: string } }).data.connectionId;
    expect(await disconnectConnectionAction(id)).toEqual({ ok: true, data: undefined });
    expect(await connectWithCredentialsAction(booking(BOOKING_SANDBOX_CREDENTIALS.password))).toEqual({ ok: true, data: { connectionId: id, reconnected: true } });
  });
});

describe("connecting through Google's consent screen", () => {
  it("goes from the dialog to Google, back through the callback to the picker, and on to the connections page", async () => {
    const location = (await (await sb.admin("/_sandbox/google/locations", { title: "Casa Azulejo Porto", city: "Porto" })).json()) as { name: string };
    stubs.userId = hotel.owner.id;
    const toGoogle = redirectTarget(await startOAuthConnectAction({ propertyId: hotel.property.id, platform: "GOOGLE" }).catch((e: unknown) => e));
    expect(toGoogle.startsWith(`${sb.url}/o/oauth2/v2/auth?`)).toBe(true);
    expect(new URL(toGoogle).searchParams.get("redirect_uri")).toBe("http://lobby.test/api/oauth/google/callback");

    const back = await answerConsentPage(toGoogle, "allow");
    const callback = new NextRequest(`http://lobby.test/api/oauth/google/callback${back.search}`);
    const toPicker = redirectTarget(await oauthCallback(callback, { params: Promise.resolve({ platform: "google" }) }).catch((e: unknown) => e));
    const [, slug, , , grantId] = toPicker.split("/");
    expect(toPicker).toBe(`/${hotel.organization.slug}/connections/connect/${grantId}`);
    expect(slug).toBe(hotel.organization.slug);

    // The same answer again: the state is spent.
    const replay = redirectTarget(await oauthCallback(callback, { params: Promise.resolve({ platform: "google" }) }).catch((e: unknown) => e));
    expect(replay).toBe(`/${hotel.organization.slug}/connections?connect=expired&platform=google`);

    // Someone else cannot use the grant.
    stubs.userId = outsiderId;
    expect(await connectChosenPlaceAction({ grantId, externalLocationId: location.name })).toMatchObject({ ok: false, error: expect.stringMatching(/expired/) });
    stubs.userId = hotel.owner.id;
    const done = redirectTarget(await connectChosenPlaceAction({ grantId, externalLocationId: location.name }).catch((e: unknown) => e));
    expect(done).toMatch(new RegExp(`^/${hotel.organization.slug}/connections\\?connected=google&connection=`));
    expect(await db.platformConnection.count({ where: { propertyId: hotel.property.id, platform: "GOOGLE", externalLocationId: location.name } })).toBe(1);
  });

  it("sends a cancelled authorization back to the connections page with its reason", async () => {
    stubs.userId = hotel.owner.id;
    const toGoogle = redirectTarget(await startOAuthConnectAction({ propertyId: hotel.property.id, platform: "GOOGLE" }).catch((e: unknown) => e));
    const back = await answerConsentPage(toGoogle, "deny");
    const target = redirectTarget(await oauthCallback(new NextRequest(`http://lobby.test/api/oauth/google/callback${back.search}`), { params: Promise.resolve({ platform: "google" }) }).catch((e: unknown) => e));
    expect(target).toBe(`/${hotel.organization.slug}/connections?connect=denied&platform=google`);
  });
});
