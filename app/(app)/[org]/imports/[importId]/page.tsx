import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { previewImport } from "@/lib/reviews/import/preview";
import { getReviewImport, importForMapping, importOrganization, listImportRowErrors } from "@/lib/reviews/import/queries";
import { cellText } from "@/lib/reviews/import/sheet";
import { ColumnMapping } from "@/components/imports/column-mapping";
import { ImportProgress } from "@/components/imports/import-progress";
import { ImportResult } from "@/components/imports/import-result";
import { IMPORT_STATUS } from "@/components/imports/labels";
import { Badge } from "@/components/ui/badge";
import { previewImportAction, startImportAction } from "./actions";

export const metadata: Metadata = { title: "Import reviews" };

const SAMPLE_LENGTH = 24;

export default async function ImportPage({ params }: { params: Promise<{ org: string; importId: string }> }) {
  const { org, importId } = await params;
  // The tenant comes from the import; another organization's import is simply not found.
  const organizationId = await importOrganization(db, importId);
  if (!organizationId) notFound();
  const { organization, membership } = await requireMember(organizationId, "reviews.read");
  if (organization.slug !== org) notFound();
  const found = await getReviewImport(db, organizationId, importId);
  if (!found) notFound();
  const status = IMPORT_STATUS[found.status];
  const canImport = roleCan(membership.role, "reviews.import");

  let body: React.ReactNode;
  if (found.status === "MAPPING") {
    if (!canImport) {
      body = <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">This file is waiting for an owner or hotel manager to map its columns.</p>;
    } else {
      const { sheet, settings, context } = await importForMapping(db, organizationId, importId);
      const columns = sheet.headers.map((header, i) => {
        const sample = sheet.rows.map((r) => cellText(r.cells[i])).find((v) => v !== "") ?? "";
        return { header, sample: sample.length > SAMPLE_LENGTH ? `${sample.slice(0, SAMPLE_LENGTH)}…` : sample };
      });
      body = (
        <ColumnMapping
          importId={importId} columns={columns} initialSettings={settings} initialPreview={previewImport(sheet, settings, context)}
          timeZone={found.property.timeZone} preview={previewImportAction} start={startImportAction}
        />
      );
    }
  } else if (found.status === "QUEUED" || found.status === "RUNNING") {
    body = <ImportProgress processed={found.processedRows} total={found.totalRows} queued={found.status === "QUEUED"} />;
  } else if (found.status === "DONE") {
    body = <ImportResult org={org} importId={importId} propertyId={found.property.id} totals={found} errors={await listImportRowErrors(db, organizationId, importId)} />;
  } else {
    body = (
      <div role="alert" className="space-y-2 rounded-lg bg-rose-50 p-4 text-sm text-rose-900">
        <p className="font-medium">The import did not finish.</p>
        <p>{found.error ?? "Something went wrong on our side."}</p>
        <Link href={`/${org}/imports?property=${found.property.id}`} className="font-medium underline">Upload the file again</Link>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <nav className="flex items-center justify-between gap-3 text-sm">
        <Link href={`/${org}/imports`} className="text-stone-600 hover:text-stone-900">← Imports</Link>
        <span data-testid="import-status"><Badge tone={status.tone}>{status.label}</Badge></span>
      </nav>
      <div>
        <h1 className="break-words text-xl font-semibold tracking-tight">{found.fileName}</h1>
        <p className="text-sm text-stone-500">
          {found.channelName} · {found.property.name}, {found.property.city} · {found.totalRows.toLocaleString("en")} rows · uploaded by {found.createdBy?.name ?? "a former member"}
        </p>
      </div>
      {body}
    </div>
  );
}
