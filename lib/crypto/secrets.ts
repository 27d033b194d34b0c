import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { env } from "../env";

// AES-256-GCM with a key id in each sealed value, so keys can rotate: new values use the first key,
// old values still open with any key listed. Format: "v1.<keyId>.<iv>.<tag>.<ciphertext>" (base64url).
type Keyring = { current: string; keys: Map<string, Buffer> };

export function parseKeyring(spec: string): Keyring {
  const keys = new Map<string, Buffer>();
  for (const entry of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [id, b64] = entry.split(":");
    if (!id || !b64) throw new Error("LOBBY_ENCRYPTION_KEYS entries must look like id:base64key");
    const key = Buffer.from(b64, "base64");
    if (key.length !== 32) throw new Error(`encryption key ${id} must be 32 bytes`);
    keys.set(id, key);
  }
  const current = spec.split(",")[0]?.split(":")[0]?.trim();
  if (!current) throw new Error("LOBBY_ENCRYPTION_KEYS is empty");
  return { current, keys };
}

let defaultKeyring: Keyring | undefined;
const keyring = () => (defaultKeyring ??= parseKeyring(env.LOBBY_ENCRYPTION_KEYS));

export function sealSecret(plain: unknown, ring: Keyring = keyring()): string {
  const key = ring.keys.get(ring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(ring.current));
  const body = Buffer.concat([cipher.update(JSON.stringify(plain), "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url"));
  return ["v1", ring.current, ...parts].join(".");
}

export function openSecret<T = unknown>(sealed: string, ring: Keyring = keyring()): T {
  const [version, keyId, iv, tag, body] = sealed.split(".");
  if (version !== "v1" || !keyId || !iv || !tag || body === undefined) {
    throw new Error("sealed secret has an unknown format");
  }
  const key = ring.keys.get(keyId);
  if (!key) throw new Error(`no encryption key with id ${keyId} is configured`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(keyId));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  const plain = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]);
  return JSON.parse(plain.toString("utf8")) as T;
}

/** True when the value was sealed with a key other than the current one (re-seal it on rotation). */
export function needsResealing(sealed: string, ring: Keyring = keyring()): boolean {
  return sealed.split(".")[1] !== ring.current;
}
