import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../db";
import { createHotelOnGoogle } from "@/prisma/factories";
import { resealCredentials } from "./reseal-credentials";
import { openSecret, parseKeyring, sealSecret } from "./secrets";

const db = createDb();
afterAll(() => db.$disconnect());

describe("credential key rotation", () => {
  it("re-encrypts credentials sealed with an old key, after which the old key can go", async () => {
    const oldKey = Buffer.alloc(32, 3).toString("base64");
    const newKey = Buffer.alloc(32, 4).toString("base64");
    const before = parseKeyring(`old:${oldKey}`);
    const { connection, organization } = await createHotelOnGoogle(db, { slug: `rot-${randomUUID().slice(0, 8)}`, locationName: "accounts/1/locations/7", credentials: {} });
    await db.platformConnection.update({ where: { id: connection.id }, data: { credentialsEncrypted: sealSecret({ refreshToken: "rt-1" }, before) } });

    const rotated = parseKeyring(`new:${newKey},old:${oldKey}`);
    const scope = { organizationId: organization.id };
    expect(await resealCredentials(db, rotated, scope)).toBe(1);
    const stored = await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } });
    expect(stored.credentialsEncrypted.split(".")[1]).toBe("new");
    expect(openSecret(stored.credentialsEncrypted, parseKeyring(`new:${newKey}`))).toEqual({ refreshToken: "rt-1" });
    // Running it again changes nothing for this connection.
    expect(await resealCredentials(db, rotated, scope)).toBe(0);
    expect((await db.platformConnection.findUniqueOrThrow({ where: { id: connection.id } })).credentialsEncrypted).toBe(stored.credentialsEncrypted);
  });
});
