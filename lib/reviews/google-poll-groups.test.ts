import { describe, expect, it } from "vitest";
import { sealSecret } from "../crypto/secrets";
import { googlePollGroups, type GroupableConnection } from "./google-poll-groups";

const grant = { clientId: "client-1", clientSecret: "s", refreshToken: "grant-1" };
let n = 0;
function connection(overrides: Partial<GroupableConnection> & { credentials?: unknown } = {}): GroupableConnection {
  const { credentials = grant, ...rest } = overrides;
  n += 1;
  return {
    id: `c${String(n).padStart(4, "0")}`,
    organizationId: "org-1",
    platform: "GOOGLE",
    externalLocationId: `accounts/1/locations/${n}`,
    credentialsEncrypted: sealSecret(credentials),
    pollCursor: "2025-05-01T00:00:00Z",
    status: "ACTIVE",
    ...rest,
  };
}

describe("which Google connections are read together", () => {
  it("groups one organization's connections on one account under one grant", () => {
    const [a, b, c] = [connection(), connection(), connection({ status: "ERROR" })];
    expect(googlePollGroups([c, a, b])).toEqual([{ key: expect.stringMatching(/^[0-9a-f]{16}$/), connectionIds: [a.id, b.id, c.id] }]);
  });

  it("never mixes organizations, accounts or grants", () => {
    const ours = [connection(), connection()];
    const otherOrg = [connection({ organizationId: "org-2" }), connection({ organizationId: "org-2" })];
    const otherAccount = connection({ externalLocationId: "accounts/2/locations/1" });
    const otherGrant = connection({ credentials: { ...grant, refreshToken: "grant-2" } });
    const groups = googlePollGroups([...ours, ...otherOrg, otherAccount, otherGrant]);
    expect(groups.map((g) => g.connectionIds)).toEqual(expect.arrayContaining([ours.map((c) => c.id), otherOrg.map((c) => c.id)]));
    expect(groups).toHaveLength(2);
    expect(new Set(groups.map((g) => g.key)).size).toBe(2);
  });

  it("leaves out what is not Google, never read, paused or disconnected, unreadable, or a second connection on the same location", () => {
    const [a, b] = [connection(), connection()];
    const excluded = [
      connection({ platform: "TRUSTPILOT", externalLocationId: "64b7e2c1a9f03d0012c5a7e1" }),
      connection({ pollCursor: null }),
      connection({ status: "PAUSED" }),
      connection({ status: "DISCONNECTED" }),
      connection({ credentials: { clientId: "only" } }),
      { ...connection(), credentialsEncrypted: "not-sealed" },
      connection({ externalLocationId: a.externalLocationId }),
    ];
    expect(googlePollGroups([a, b, ...excluded])).toEqual([{ key: expect.any(String), connectionIds: [a.id, b.id] }]);
    expect(googlePollGroups([a])).toEqual([]);
  });

  it("keeps the key while the members change, and splits a group larger than one batch call", () => {
    const members = Array.from({ length: 201 }, () => connection());
    const groups = googlePollGroups(members);
    expect(groups.map((g) => g.connectionIds.length)).toEqual([200]); // the 201st alone is no group
    const more = [...members, connection()];
    const split = googlePollGroups(more);
    expect(split.map((g) => g.connectionIds.length)).toEqual([200, 2]);
    expect(split[0]?.key).toBe(groups[0]?.key);
    expect(split[1]?.key).toBe(`${groups[0]?.key}-1`);
  });
});
