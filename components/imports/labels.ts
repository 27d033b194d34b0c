import type { ReviewImportStatus } from "@/lib/generated/prisma/enums";
import type { BadgeTone } from "@/components/ui/badge";

export const IMPORT_STATUS: Record<ReviewImportStatus, { label: string; tone: BadgeTone }> = {
  MAPPING: { label: "Waiting for mapping", tone: "neutral" },
  QUEUED: { label: "Queued", tone: "info" },
  RUNNING: { label: "Importing", tone: "info" },
  DONE: { label: "Imported", tone: "success" },
  FAILED: { label: "Failed", tone: "danger" },
};

export const selectClass =
  "block w-full rounded-md border-0 bg-white py-2 pl-3 pr-8 text-sm ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-brand-500 disabled:bg-stone-50";
