import type { Metadata } from "next";
import { requireMemberBySlug } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listProperties } from "@/lib/reviews/inbox";
import { listReviewImports } from "@/lib/reviews/import/queries";
import { ImportList } from "@/components/imports/import-list";
import { UploadForm } from "@/components/imports/upload-form";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Import reviews" };

export default async function ImportsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ property?: string | string[] }> }) {
  const { org } = await params;
  const { property } = await searchParams;
  const { organization, membership } = await requireMemberBySlug(org, "reviews.read");
  const canImport = roleCan(membership.role, "reviews.import");
  const [properties, imports] = await Promise.all([listProperties(db, organization.id), listReviewImports(db, organization.id)]);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Import reviews</h1>
        <p className="text-sm text-stone-500">Reviews from channels Lobby cannot read by itself, from a CSV or Excel file. Importing the same file again adds nothing twice.</p>
      </div>
      {!canImport ? (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm text-stone-700">Owners and hotel managers import reviews. You can see past imports below.</p>
      ) : properties.length === 0 ? (
        <EmptyState title="No property yet">Reviews are imported for a property; ask your account owner to add one.</EmptyState>
      ) : (
        <UploadForm org={org} properties={properties} defaultPropertyId={typeof property === "string" ? property : undefined} />
      )}
      <section aria-labelledby="past-heading" className="space-y-2">
        <h2 id="past-heading" className="text-base font-semibold">Past imports</h2>
        {imports.length === 0 ? (
          <p className="rounded-lg bg-white px-4 py-6 text-center text-sm text-stone-500 ring-1 ring-stone-200">No file has been imported yet.</p>
        ) : (
          <ImportList org={org} imports={imports} />
        )}
      </section>
    </div>
  );
}
