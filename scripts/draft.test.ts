import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// `npm run draft` end to end: a file with good and bad lines in, { id, draft, language, flags } lines out,
// bad lines reported on stderr without stopping the run.

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), "lobby-draft-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const line = (o: object) => JSON.stringify(o);

describe("scripts/draft.ts", () => {
  it("drafts every readable line, reports the others and goes on", async () => {
    const input = join(dir, "reviews.jsonl");
    const output = join(dir, "drafts.jsonl");
    const voice = join(dir, "voice.json");
    writeFileSync(
      input,
      [
        line({ id: "r1", platform: "google", hotel: { name: "Hotel Aurora", city: "Lisboa" }, rating: 5, title: null, text: "Lovely stay, great breakfast!" }),
        "{ this is not json",
        line({ id: "r2", hotel: { name: "No platform" } }),
        "",
        line({ id: "r3", platform: "booking", hotel: { name: "Hotel Aurora", city: "Lisboa" }, rating: 2, title: "Sale", text: "La chambre était sale et bruyante.", author: "Claire" }),
      ].join("\n"),
    );
    writeFileSync(voice, JSON.stringify({ formality: "informal", signatoryName: "Rita Sousa" }));
    const { stderr } = await run("node", ["--import", "tsx", "scripts/draft.ts", "--in", input, "--out", output, "--voice", voice], { cwd: process.cwd() });
    expect(stderr).toMatch(/line 2: not JSON/);
    expect(stderr).toMatch(/line 3: platform: .*skipped/);
    expect(stderr).toMatch(/Drafted 2 review\(s\)/);
    const drafts = readFileSync(output, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { id: string; draft: string; language: string; flags: { blocking: boolean }[] });
    expect(drafts.map((d) => [d.id, d.language])).toEqual([["r1", "en"], ["r3", "fr"]]);
    for (const d of drafts) {
      expect(Object.keys(d).sort()).toEqual(["draft", "flags", "id", "language"]);
      expect(d.draft).toContain("Rita Sousa");
      expect(d.flags.filter((f) => f.blocking)).toEqual([]);
    }
    expect(drafts[1]?.draft).toMatch(/\bta chambre|\bt'|\btu\b/);
  }, 60_000);

  it("refuses an invalid voice file with a clear message", async () => {
    const voice = join(dir, "bad-voice.json");
    writeFileSync(voice, JSON.stringify({ tone: "loud" }));
    await expect(run("node", ["--import", "tsx", "scripts/draft.ts", "--in", join(dir, "reviews.jsonl"), "--out", join(dir, "x.jsonl"), "--voice", voice])).rejects.toMatchObject({
      stderr: expect.stringMatching(/brand voice file .* is not valid: tone/),
    });
  }, 60_000);
});
