"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { Button } from "@/components/ui/button";

type Place = { externalLocationId: string; name: string; detail: string | null; connectedTo: string | null };

/** The platform account's places, one to be chosen as the property. Places already in use are shown, not offered. */
export function PlacePicker({ grantId, places, placeNoun, connect }: {
  grantId: string;
  places: Place[];
  placeNoun: string;
  connect: (input: { grantId: string; externalLocationId: string }) => Promise<ActionResult<string>>;
}) {
  const free = places.filter((p) => !p.connectedTo);
  const [chosen, setChosen] = useState(free.length === 1 ? free[0]!.externalLocationId : "");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) return setError(`Choose a ${placeNoun}.`);
        start(async () => {
          setError(null);
          // On success the action takes the browser back to the Connections page.
          const result = await connect({ grantId, externalLocationId: chosen });
          if (!result.ok) setError(result.error);
        });
      }}
    >
      <fieldset>
        <legend className="sr-only">{`Choose the ${placeNoun}`}</legend>
        <ul className="divide-y divide-stone-200 rounded-lg bg-white ring-1 ring-stone-200">
          {places.map((p) => {
            const taken = p.connectedTo !== null;
            return (
              <li key={p.externalLocationId}>
                <label className={`flex items-start gap-3 px-4 py-3 ${taken ? "cursor-not-allowed text-stone-400" : "cursor-pointer hover:bg-stone-50"}`}>
                  <input
                    type="radio"
                    name="place"
                    value={p.externalLocationId}
                    checked={chosen === p.externalLocationId}
                    disabled={taken}
                    onChange={() => setChosen(p.externalLocationId)}
                    className="mt-1 accent-brand-600"
                  />
                  <span className="min-w-0">
                    <span className="block font-medium">{p.name}</span>
                    <span className="block text-xs text-stone-500">
                      {[p.detail, taken ? `already connected to ${p.connectedTo}` : null].filter(Boolean).join(" · ") || p.externalLocationId}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {error ? <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p> : null}
      <div className="flex justify-end">
        <Button type="submit" disabled={pending || free.length === 0}>{pending ? "Connecting…" : `Connect this ${placeNoun}`}</Button>
      </div>
    </form>
  );
}
