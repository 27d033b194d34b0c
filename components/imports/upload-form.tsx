"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { IMPORT_CHANNEL_KEYS, IMPORT_CHANNELS, type ImportChannel } from "@/lib/reviews/import/channels";
import { Button } from "@/components/ui/button";
import { selectClass } from "./labels";

const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = ".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Step 1: the file, where its reviews come from, and which property they are about. */
export function UploadForm({ org, properties, defaultPropertyId }: { org: string; properties: { id: string; name: string; city: string }[]; defaultPropertyId?: string }) {
  const router = useRouter();
  const [channel, setChannel] = useState<ImportChannel>("TRIPADVISOR");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const initialProperty = properties.some((p) => p.id === defaultPropertyId) ? defaultPropertyId : properties[0]?.id;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("file");
    // The server checks all of this again; checking here saves sending 10 MB for nothing.
    if (!(file instanceof File) || !file.name) return setError("Choose a CSV or Excel file to import.");
    if (file.size === 0) return setError("The file is empty.");
    if (file.size > MAX_BYTES) return setError("The file is larger than 10 MB. Split it into smaller files, or remove columns you do not need.");
    if (/\.xls$/i.test(file.name)) return setError("This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or CSV.");
    setError(null);
    setBusy(true);
    try {
      const response = await fetch(`/${org}/imports/upload`, { method: "POST", body: data });
      const body = (await response.json().catch(() => null)) as { importId?: string; error?: string } | null;
      if (response.ok && body?.importId) {
        router.push(`/${org}/imports/${body.importId}`);
        return;
      }
      setError(body?.error ?? "The upload failed. Check your connection and try again.");
    } catch {
      setError("The upload failed. Check your connection and try again.");
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="space-y-4 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:p-5" aria-label="Upload reviews">
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="import-property" className="block text-sm font-medium text-stone-700">Property</label>
          <select id="import-property" name="propertyId" defaultValue={initialProperty} className={selectClass}>
            {properties.map((p) => <option key={p.id} value={p.id}>{p.name}, {p.city}</option>)}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="import-channel" className="block text-sm font-medium text-stone-700">Where the reviews come from</label>
          <select id="import-channel" name="channel" value={channel} onChange={(e) => setChannel(e.target.value as ImportChannel)} className={selectClass}>
            {IMPORT_CHANNEL_KEYS.map((key) => <option key={key} value={key}>{IMPORT_CHANNELS[key].label}</option>)}
          </select>
        </div>
        {channel === "OTHER" ? (
          <div className="space-y-1 sm:col-start-2">
            <label htmlFor="import-other" className="block text-sm font-medium text-stone-700">Name of the channel</label>
            <input id="import-other" name="otherName" required maxLength={60} placeholder="HolidayCheck, Google history…" className={selectClass.replace("pr-8", "pr-3")} />
          </div>
        ) : null}
      </div>
      <div className="space-y-1">
        <label htmlFor="import-file" className="block text-sm font-medium text-stone-700">File</label>
        <input
          id="import-file" name="file" type="file" accept={ACCEPT} aria-describedby="import-file-hint"
          className="block w-full text-sm text-stone-700 file:mr-3 file:rounded-md file:border-0 file:bg-stone-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-stone-800 hover:file:bg-stone-200"
        />
        <p id="import-file-hint" className="text-xs text-stone-500">CSV (comma, semicolon or tab separated) or Excel .xlsx, up to 10 MB and 20,000 reviews. The first row names the columns.</p>
      </div>
      {error ? <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p> : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy || properties.length === 0}>{busy ? "Reading the file…" : "Upload and map columns"}</Button>
        {busy ? <span role="status" className="text-sm text-stone-500">Uploading…</span> : null}
      </div>
    </form>
  );
}
