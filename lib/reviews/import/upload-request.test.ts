import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "./sheet";
import { fromOtherOrigin, readUploadRequest } from "./upload-request";

function form(fields: Record<string, string>, file?: { name: string; content: Uint8Array | string }) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  if (file) data.set("file", new File([file.content as BlobPart], file.name));
  return data;
}
const post = (body: BodyInit, headers: Record<string, string> = {}) => new Request("http://lobby.test/h/imports/upload", { method: "POST", body, headers });

describe("reading the upload request", () => {
  it("reads the form's fields and the file", async () => {
    const { form: fields, file } = await readUploadRequest(post(form({ propertyId: "p1", channel: "OTHER", otherName: " HolidayCheck " }, { name: "hc.csv", content: "Date,Rating\n" })));
    expect(fields).toEqual({ propertyId: "p1", channel: "OTHER", otherName: " HolidayCheck " });
    expect(file.name).toBe("hc.csv");
    expect(new TextDecoder().decode(file.bytes)).toBe("Date,Rating\n");
  });

  it("says what is missing", async () => {
    await expect(readUploadRequest(post(form({ propertyId: "p1", channel: "YELP" })))).rejects.toThrow("Choose a CSV or Excel file to import.");
    await expect(readUploadRequest(post(form({ propertyId: "p1", channel: "MYSPACE" }, { name: "a.csv", content: "x" })))).rejects.toThrow("Choose where these reviews come from.");
    await expect(readUploadRequest(post(form({ propertyId: "p1", channel: "OTHER" }, { name: "a.csv", content: "x" })))).rejects.toThrow("Name the channel the reviews come from.");
    await expect(readUploadRequest(post("Date,Rating\n", { "content-type": "text/csv" }))).rejects.toThrow("Send the file with the upload form.");
  });

  it("refuses a body over the limit, whether it says so up front or not", async () => {
    const big = form({ propertyId: "p1", channel: "YELP" }, { name: "big.csv", content: new Uint8Array(MAX_FILE_BYTES + 100_000) });
    await expect(readUploadRequest(post(big))).rejects.toThrow(/larger than 10 MB/);
    // A body streamed without a length is counted as it arrives.
    const encoded = new Response(big);
    const chunked = new Request("http://lobby.test/upload", {
      method: "POST", body: encoded.body, headers: { "content-type": encoded.headers.get("content-type")! }, duplex: "half",
    } as RequestInit & { duplex: "half" });
    await expect(readUploadRequest(chunked)).rejects.toThrow(/larger than 10 MB/);
  });
});

describe("refusing uploads from other sites", () => {
  const withHeaders = (headers: Record<string, string>) => new Request("http://lobby.test/x", { method: "POST", headers });
  it("accepts the app's own origin and requests without one", () => {
    expect(fromOtherOrigin(withHeaders({ origin: "https://lobby.example", host: "lobby.example" }))).toBe(false);
    expect(fromOtherOrigin(withHeaders({ origin: "https://lobby.example", "x-forwarded-host": "lobby.example", host: "10.0.0.5:3000" }))).toBe(false);
    expect(fromOtherOrigin(withHeaders({ host: "lobby.example" }))).toBe(false);
  });

  it("refuses another origin or a broken one", () => {
    expect(fromOtherOrigin(withHeaders({ origin: "https://evil.example", host: "lobby.example" }))).toBe(true);
    expect(fromOtherOrigin(withHeaders({ origin: "null", host: "lobby.example" }))).toBe(true);
  });
});
