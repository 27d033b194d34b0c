import { unstable_rethrow } from "next/navigation";
import { requireMemberBySlug } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { uploadReviewImport } from "@/lib/reviews/import/upload-import";
import { fromOtherOrigin, readUploadRequest } from "@/lib/reviews/import/upload-request";

// The file upload of a review import. A route handler rather than a server action: server actions
// cap bodies at 1 MB for the whole app, and a file of reviews may be 10 MB.

const STATUS = { invalid: 400, forbidden: 403, conflict: 409, not_found: 404 } as const;

export async function POST(request: Request, { params }: { params: Promise<{ org: string }> }) {
  if (fromOtherOrigin(request)) return Response.json({ error: "Uploads are only accepted from Lobby itself." }, { status: 403 });
  const { org } = await params;
  try {
    const { organization, user } = await requireMemberBySlug(org, "reviews.import");
    const { form, file } = await readUploadRequest(request);
    const created = await uploadReviewImport(db, { organizationId: organization.id, form, file, actor: { kind: "USER", userId: user.id } });
    return Response.json({ importId: created.id }, { status: 201 });
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof UserFacingError) return Response.json({ error: error.message }, { status: STATUS[error.code] });
    logger.error({ route: "imports/upload", org, err: error instanceof Error ? error.message : String(error) }, "upload failed");
    return Response.json({ error: "Something went wrong on our side. Please try again." }, { status: 500 });
  }
}
