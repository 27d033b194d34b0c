// Where a connection's credentials live while a connector works with them. Most platforms' credentials
// never change; Trustpilot rotates its refresh token on every use, so the new one must be stored at
// once and another worker's newer one read back (lib/platforms/stored-credentials.ts keeps them in the database).

export interface CredentialKeeper {
  /** The credentials as stored now (another process may have replaced them). */
  load(): Promise<unknown>;
  /** Stores replaced credentials, sealed. */
  save(credentials: unknown): Promise<void>;
}
