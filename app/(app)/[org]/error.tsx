"use client";

import { ErrorMessage } from "@/components/shell/error-message";

export default function OrganizationError({ reset }: { error: Error; reset: () => void }) {
  return <ErrorMessage reset={reset} />;
}
