import { UserFacingError } from "../../errors";
import { MAX_FILE_BYTES } from "./sheet";
import { uploadFormSchema, type UploadForm } from "./upload-import";

// The upload's HTTP request: a multipart form with the file, read with a hard size limit so an
// oversized body is refused while it arrives rather than after it has filled memory.

/** Room for the form's other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const TOO_BIG = `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB. Split it into smaller files, or remove columns you do not need.`;

async function readLimited(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw new UserFacingError(TOO_BIG);
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new UserFacingError(TOO_BIG);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

export async function readUploadRequest(request: Request): Promise<{ form: UploadForm; file: { name: string; bytes: Uint8Array } }> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) throw new UserFacingError("Send the file with the upload form.");
  const body = await readLimited(request, MAX_FILE_BYTES + FORM_OVERHEAD_BYTES);
  let data: FormData;
  try {
    data = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new UserFacingError("The upload was cut short. Try again.");
  }
  const file = data.get("file");
  if (!(file instanceof File) || (file.size === 0 && !file.name)) throw new UserFacingError("Choose a CSV or Excel file to import.");
  const parsed = uploadFormSchema.safeParse({
    propertyId: data.get("propertyId") ?? "",
    channel: data.get("channel") ?? "",
    otherName: (data.get("otherName") as string | null) || undefined,
  });
  if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "The form could not be read.");
  return { form: parsed.data, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
}

/**
 * Server actions refuse requests from other sites by themselves; a route handler that acts on the
 * session cookie must do it itself. A request without an Origin header does not come from a page.
 */
export function fromOtherOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
