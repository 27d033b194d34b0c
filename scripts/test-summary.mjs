// Prints the suite's closing line, "N passed, N failed, N skipped", from the Vitest and Playwright
// JSON reports. Exits non-zero when a report is missing or a test failed.
import { existsSync, readFileSync } from "node:fs";

const [vitestFile, playwrightFile] = process.argv.slice(2);
let passed = 0, failed = 0, skipped = 0, missing = 0;

if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, "utf8"));
  passed += v.numPassedTests; failed += v.numFailedTests; skipped += v.numPendingTests + (v.numTodoTests ?? 0);
} else missing++;

if (playwrightFile && existsSync(playwrightFile)) {
  const s = JSON.parse(readFileSync(playwrightFile, "utf8")).stats;
  passed += s.expected + s.flaky; failed += s.unexpected; skipped += s.skipped;
} else if (playwrightFile) missing++;

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || missing > 0 ? 1 : 0);
