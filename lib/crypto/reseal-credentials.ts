import type { Db } from "../db";
import { needsResealing, openSecret, parseKeyring, sealSecret } from "./secrets";

type Keyring = ReturnType<typeof parseKeyring>;

/**
 * After a new key is put first in LOBBY_ENCRYPTION_KEYS, re-encrypts every stored platform credential
 * with it, so the old key can then be removed. Safe to run again; returns how many were re-sealed.
 */
export async function resealCredentials(db: Db, ring?: Keyring, scope: { organizationId?: string } = {}): Promise<number> {
  const connections = await db.platformConnection.findMany({ where: scope, select: { id: true, credentialsEncrypted: true } });
  let resealed = 0;
  for (const c of connections) {
    if (!needsResealing(c.credentialsEncrypted, ring)) continue;
    const fresh = sealSecret(openSecret(c.credentialsEncrypted, ring), ring);
    // Only if nobody changed it meanwhile.
    const { count } = await db.platformConnection.updateMany({ where: { id: c.id, credentialsEncrypted: c.credentialsEncrypted }, data: { credentialsEncrypted: fresh } });
    resealed += count;
  }
  return resealed;
}
