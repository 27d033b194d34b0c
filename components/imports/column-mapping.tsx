"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { DATE_ORDERS, IMPORT_FIELD_KEYS, IMPORT_FIELDS, RATING_SCALES, type DateOrderChoice, type ImportField, type ImportSettings, type RatingScaleChoice } from "@/lib/reviews/import/fields";
import type { ImportPreview } from "@/lib/reviews/import/preview";
import { Button } from "@/components/ui/button";
import { selectClass } from "./labels";
import { PreviewRows } from "./preview-rows";

type Props = {
  importId: string;
  columns: { header: string; sample: string }[];
  initialSettings: ImportSettings;
  initialPreview: ImportPreview;
  timeZone: string;
  preview: (importId: string, settings: ImportSettings) => Promise<ActionResult<ImportPreview>>;
  start: (importId: string, settings: ImportSettings) => Promise<ActionResult<undefined>>;
};

const n = (value: number) => value.toLocaleString("en");

/** Steps 2 and 3: which column means what, and a preview that follows every change. */
export function ColumnMapping({ importId, columns, initialSettings, initialPreview, timeZone, preview, start }: Props) {
  const router = useRouter();
  const [settings, setSettings] = useState(initialSettings);
  const [shown, setShown] = useState(initialPreview);
  const [error, setError] = useState<string | null>(null);
  const [previewing, startPreview] = useTransition();
  const [starting, startImport] = useTransition();

  function change(next: ImportSettings) {
    setSettings(next);
    setError(null);
    startPreview(async () => {
      const result = await preview(importId, next);
      if (result.ok) setShown(result.data);
      else setError(result.error);
    });
  }
  const setColumn = (field: ImportField, value: string) => change({ ...settings, mapping: { ...settings.mapping, [field]: value === "" ? null : Number(value) } });
  const blocked = shown.mappingProblems.length > 0 || shown.totals.ready === 0;
  const laterProblems = shown.problems.filter((p) => p.rowNumber > (shown.rows.at(-1)?.rowNumber ?? 0));

  return (
    <div className="grid items-start gap-4 lg:grid-cols-[22rem_1fr]">
      <section aria-labelledby="mapping-heading" className="space-y-3 rounded-lg bg-white p-4 ring-1 ring-stone-200">
        <h2 id="mapping-heading" className="text-base font-semibold">Columns</h2>
        <p className="text-xs text-stone-500">Lobby guessed from the column names. Change anything that is wrong.</p>
        {IMPORT_FIELD_KEYS.map((field) => (
          <div key={field} className="space-y-1">
            <label htmlFor={`map-${field}`} className="block text-sm font-medium text-stone-700">
              {IMPORT_FIELDS[field].label}
            </label>
            <select id={`map-${field}`} aria-required={field === "publishedAt"} value={settings.mapping[field] ?? ""} onChange={(e) => setColumn(field, e.target.value)} className={selectClass} aria-describedby={`map-${field}-hint`}>
              <option value="">— not in the file —</option>
              {columns.map((c, i) => <option key={i} value={i}>{c.header}{c.sample ? ` (${c.sample})` : ""}</option>)}
            </select>
            <p id={`map-${field}-hint`} className="text-xs text-stone-500">{IMPORT_FIELDS[field].hint}</p>
          </div>
        ))}
        <div className="grid gap-3 border-t border-stone-200 pt-3 sm:grid-cols-2 lg:grid-cols-1">
          <div className="space-y-1">
            <label htmlFor="rating-scale" className="block text-sm font-medium text-stone-700">Rating scale</label>
            <select id="rating-scale" value={settings.ratingScale} onChange={(e) => change({ ...settings, ratingScale: e.target.value as RatingScaleChoice })} className={selectClass}>
              {Object.entries(RATING_SCALES).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </div>
          <div className="space-y-1">
            <label htmlFor="date-order" className="block text-sm font-medium text-stone-700">Date order</label>
            <select id="date-order" value={settings.dateOrder} onChange={(e) => change({ ...settings, dateOrder: e.target.value as DateOrderChoice })} className={selectClass}>
              {Object.entries(DATE_ORDERS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </div>
        </div>
      </section>

      <section aria-labelledby="preview-heading" className="min-w-0 space-y-3" aria-busy={previewing}>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="preview-heading" className="text-base font-semibold">Preview</h2>
          <p role="status" className="text-sm text-stone-600" data-testid="preview-totals">
            {previewing ? "Updating…" : `${n(shown.totals.rows)} rows: ${n(shown.totals.ready)} ready to import, ${n(shown.totals.withProblems)} with problems`}
          </p>
        </div>
        {shown.mappingProblems.length > 0 ? (
          <ul role="alert" className="space-y-1 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {shown.mappingProblems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        ) : null}
        {shown.notes.map((note) => <p key={note} className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">{note}</p>)}
        {shown.rows.length > 0 ? <PreviewRows rows={shown.rows} timeZone={timeZone} /> : null}
        {laterProblems.length > 0 ? (
          <details className="rounded-lg bg-white px-3 py-2 text-sm ring-1 ring-stone-200">
            <summary className="cursor-pointer text-stone-700">Problems further down the file ({laterProblems.length}{shown.problems.length >= 100 ? "+" : ""})</summary>
            <ul className="mt-2 space-y-1 text-rose-800">
              {laterProblems.map((p, i) => <li key={i}>Row {p.rowNumber}: {p.problem}{p.value ? ` — ${p.value}` : ""}</li>)}
            </ul>
          </details>
        ) : null}
        {error ? <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p> : null}
        <div className="flex flex-wrap items-center gap-3 border-t border-stone-200 pt-3">
          <Button
            disabled={blocked || previewing || starting}
            onClick={() =>
              startImport(async () => {
                const result = await start(importId, settings);
                if (result.ok) router.refresh();
                else setError(result.error);
              })
            }
          >
            {starting ? "Starting…" : `Import ${n(shown.totals.ready)} review${shown.totals.ready === 1 ? "" : "s"}`}
          </Button>
          {shown.totals.withProblems > 0 && !blocked ? (
            <p className="text-sm text-stone-600">Rows with problems are skipped and listed in the error report.</p>
          ) : null}
        </div>
      </section>
    </div>
  );
}
