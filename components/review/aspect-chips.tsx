"use client";

import { useId, useState } from "react";

export type AspectChip = { key: string; label: string; polarity: "positive" | "negative"; sentence: string; mentions: number };

/**
 * The aspects a guest raised as green (praise) and red (complaint) chips. Pointing at a chip, focusing
 * it with the keyboard or tapping it on a phone shows the sentence it comes from underneath; screen
 * readers hear the sentence as the chip's description.
 */
export function AspectChips({ chips }: { chips: AspectChip[] }) {
  const baseId = useId();
  const [active, setActive] = useState<number | null>(null);
  const [pinned, setPinned] = useState<number | null>(null);
  const shown = active ?? pinned;
  const current = shown === null ? null : chips[shown];
  return (
    <div
      onMouseLeave={() => setActive(null)}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          setActive(null);
          setPinned(null);
        }
      }}
    >
      <ul className="flex flex-wrap gap-1.5" aria-label="Aspects">
        {chips.map((chip, i) => {
          const positive = chip.polarity === "positive";
          return (
            <li key={chip.key}>
              <button
                type="button"
                aria-label={`${chip.label}, ${positive ? "praised" : "criticised"}${chip.mentions > 1 ? `, ${chip.mentions} times` : ""}`}
                aria-describedby={`${baseId}-${i}`}
                aria-pressed={pinned === i}
                data-polarity={chip.polarity}
                onMouseEnter={() => setActive(i)}
                onFocus={() => setActive(i)}
                onBlur={() => setActive(null)}
                onClick={() => setPinned((p) => (p === i ? null : i))}
                className={`inline-flex items-center gap-1 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset focus:outline-none focus-visible:ring-2 ${
                  positive
                    ? "bg-emerald-50 text-emerald-800 ring-emerald-200 hover:bg-emerald-100 focus-visible:ring-emerald-600 aria-pressed:bg-emerald-100"
                    : "bg-rose-50 text-rose-800 ring-rose-200 hover:bg-rose-100 focus-visible:ring-rose-600 aria-pressed:bg-rose-100"
                } ${shown === i ? "ring-2" : ""}`}
              >
                <span aria-hidden>{positive ? "+" : "−"}</span>
                {chip.label}
                {chip.mentions > 1 ? <span aria-hidden className="tabular-nums opacity-70">×{chip.mentions}</span> : null}
              </button>
              <span id={`${baseId}-${i}`} className="sr-only">{chip.sentence}</span>
            </li>
          );
        })}
      </ul>
      <p aria-hidden className="mt-2 min-h-10 rounded-md bg-stone-50 px-3 py-2 text-sm text-stone-700">
        {current ? (
          <>
            <span className={`mr-1 font-medium ${current.polarity === "positive" ? "text-emerald-800" : "text-rose-800"}`}>{current.label}:</span>
            <q className="italic">{current.sentence}</q>
          </>
        ) : (
          <span className="text-stone-400">Point at, focus or tap an aspect to see what the guest wrote.</span>
        )}
      </p>
    </div>
  );
}
