import pino from "pino";
import { env } from "./env";

// Keys whose values never reach a log line, at the top level and one or two levels down.
const SECRET_KEYS = ["credentials", "credentialsEncrypted", "password", "passwordHash", "accessToken", "refreshToken", "clientSecret", "authorization", "cookie", "token", "apiKey", "OPENAI_API_KEY"];
export const REDACTED_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export function createLogger(destination?: pino.DestinationStream) {
  return pino({ level: env.LOG_LEVEL, redact: { paths: REDACTED_PATHS, censor: "[redacted]" } }, destination);
}

/** One logger; children carry job, review and organization ids. */
export const logger = createLogger();
