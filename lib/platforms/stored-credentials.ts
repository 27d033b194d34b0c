import type { Db } from "../db";
import { openSecret, sealSecret } from "../crypto/secrets";
import type { CredentialKeeper } from "./credential-keeper";

/**
 * A stored connection's credentials for createConnector, with a keeper that writes credentials the
 * platform replaced (Trustpilot's rotated refresh token) back into the connection, sealed.
 */
export function storedCredentials(db: Db, connection: { id: string; credentialsEncrypted: string }): { credentials: unknown; keeper: CredentialKeeper } {
  return {
    credentials: openSecret(connection.credentialsEncrypted),
    keeper: {
      async load() {
        const row = await db.platformConnection.findUnique({ where: { id: connection.id }, select: { credentialsEncrypted: true } });
        return row ? openSecret(row.credentialsEncrypted) : null;
      },
      async save(credentials) {
        // A connection disconnected meanwhile keeps its credentials erased.
        await db.platformConnection.updateMany({ where: { id: connection.id, status: { not: "DISCONNECTED" } }, data: { credentialsEncrypted: sealSecret(credentials) } });
      },
    },
  };
}

/** What a disconnected connection stores instead of credentials. */
export function erasedCredentials(): string {
  return sealSecret(null);
}
