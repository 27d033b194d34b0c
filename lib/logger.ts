import pino from "pino";
import { env } from "./env";

// One logger; children carry job, review and organization ids. Secrets are redacted by path.
export const logger = pino({
  level: env.LOG_LEVEL,
  redact: {
    paths: ["*.credentials", "*.credentialsEncrypted", "*.password", "*.passwordHash", "*.accessToken", "*.refreshToken", "*.clientSecret", "*.authorization", "*.headers.authorization"],
    censor: "[redacted]",
  },
});
