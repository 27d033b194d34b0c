import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { rowProblemsCsv } from "@/lib/reviews/import/error-report";
import { getReviewImport, importOrganization, listImportRowErrors } from "@/lib/reviews/import/queries";

/** The import's per-row error report as a CSV download. */
export async function GET(_request: Request, { params }: { params: Promise<{ org: string; importId: string }> }) {
  const { org, importId } = await params;
  const organizationId = await importOrganization(db, importId);
  if (!organizationId) notFound();
  const { organization } = await requireMember(organizationId, "reviews.read");
  if (organization.slug !== org) notFound();
  const found = await getReviewImport(db, organizationId, importId);
  if (!found) notFound();
  const csv = rowProblemsCsv(await listImportRowErrors(db, organizationId, importId));
  const name = `${found.fileName.replace(/\.[^.]+$/, "").replace(/[^\w.-]+/g, "_").slice(0, 80) || "import"}-problems.csv`;
  return new Response(csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "private, no-store" },
  });
}
