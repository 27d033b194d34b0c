// Re-encrypts stored platform credentials with the first key in LOBBY_ENCRYPTION_KEYS.
// Rotation: put the new key first ("new:..,old:.."), run `npm run credentials:rotate`, then drop the old key.
import { resealCredentials } from "../lib/crypto/reseal-credentials";
import { createDb } from "../lib/db";

const db = createDb();
resealCredentials(db)
  .then((n) => console.log(`Re-encrypted ${n} platform credential(s) with the current key.`))
  .catch((err: Error) => {
    console.error(`Rotation failed: ${err.message}`);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
