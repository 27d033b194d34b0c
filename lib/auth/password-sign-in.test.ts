import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { env } from "../env";
import { createMember, createOrganization } from "@/prisma/factories";
import { checkPasswordSignIn, signInAddress } from "./password-sign-in";
import { SIGN_IN_LIMITS, signInWaitMinutes } from "./sign-in-throttle";

// Auth.js answers POST /api/auth/callback/credentials itself, without the sign-in form's action in
// between: the throttle must hold in the password check that endpoint calls, not only in the form.

const db = createDb();
const redis = new Redis(env.REDIS_URL);
const throttle = { redis, prefix: `${env.QUEUE_PREFIX}-pwsignin-${randomUUID().slice(0, 8)}` };
const run = randomUUID().slice(0, 8);
const email = `ana-${run}@hotel.test`;
const PASSWORD = "right-password";
let userId: string;

beforeAll(async () => {
  const organization = await createOrganization(db, { slug: `pw-${run}`, name: "Hotel A" });
  userId = (await createMember(db, { organizationId: organization.id, email, name: "Ana", role: "HOTEL_MANAGER", password: PASSWORD })).id;
});

afterAll(async () => {
  const keys = await redis.keys(`${throttle.prefix}:*`);
  if (keys.length) await redis.del(...keys);
  redis.disconnect();
  await db.$disconnect();
});

describe("checking a password at sign-in", () => {
  it("names the user for the right password and nobody for a wrong one", async () => {
    expect(await checkPasswordSignIn(db, throttle, { email: email.toUpperCase(), password: PASSWORD }, "198.51.100.1")).toEqual({ id: userId, email, name: "Ana" });
    expect(await checkPasswordSignIn(db, throttle, { email, password: "wrong" }, "198.51.100.1")).toBeNull();
    expect(await checkPasswordSignIn(db, throttle, { email: "not an email", password: PASSWORD }, "198.51.100.1")).toBeNull();
  });

  it("counts each failure itself and refuses even the right password once the email is locked out", async () => {
    const lockedEmail = `bo-${run}@hotel.test`;
    const organization = await createOrganization(db, { slug: `pw-b-${run}`, name: "Hotel B" });
    await createMember(db, { organizationId: organization.id, email: lockedEmail, name: "Bo", role: "OWNER", password: PASSWORD });
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i++) {
      expect(await checkPasswordSignIn(db, throttle, { email: lockedEmail, password: `guess-${i}` }, `203.0.113.${i}`)).toBeNull();
    }
    expect(await signInWaitMinutes(redis, throttle.prefix, lockedEmail, "203.0.113.200")).toBeGreaterThan(0);
    expect(await checkPasswordSignIn(db, throttle, { email: lockedEmail, password: PASSWORD }, "203.0.113.200")).toBeNull();
    // Other people are not locked out by it.
    expect(await checkPasswordSignIn(db, throttle, { email, password: PASSWORD }, "203.0.113.200")).not.toBeNull();
  });

  it("counts unknown emails against the address", async () => {
    const address = "192.0.2.55";
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await checkPasswordSignIn(db, throttle, { email: `nobody-${i}-${run}@hotel.test`, password: "x" }, address);
    expect(await checkPasswordSignIn(db, throttle, { email, password: PASSWORD }, address)).toBeNull();
    expect(await checkPasswordSignIn(db, throttle, { email, password: PASSWORD }, "192.0.2.56")).not.toBeNull();
  });

  it("takes the first forwarded address, or 'direct'", () => {
    expect(signInAddress(new Headers({ "x-forwarded-for": " 10.1.2.3 , 10.0.0.1" }))).toBe("10.1.2.3");
    expect(signInAddress(new Headers())).toBe("direct");
  });
});
