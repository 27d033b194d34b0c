import { DRAFT_TONES } from "@/lib/drafting/stored-draft";
import type { DraftTone } from "@/lib/drafting/types";
import { Button } from "@/components/ui/button";
import { TONE_LABELS } from "./draft-labels";

/**
 * "Another version" keeps the current tone; a tone button asks for that variant, and pressing the tone
 * in force again goes back to the brand's usual tone.
 */
export function DraftVariants({ tone, pending, onRegenerate }: { tone: DraftTone | null; pending: boolean; onRegenerate: (tone: DraftTone | null) => void }) {
  return (
    <div role="group" aria-label="Other versions of the draft" className="flex flex-wrap items-center gap-2">
      <Button variant="secondary" disabled={pending} onClick={() => onRegenerate(tone)}>
        {pending ? "Writing…" : "Another version"}
      </Button>
      {/* The label stays with its buttons when the row wraps on a phone. */}
      <div className="flex flex-wrap items-center gap-1.5" role="group" aria-labelledby="tone-label">
        <span className="mr-0.5 text-xs text-stone-500" id="tone-label">Tone</span>
        {DRAFT_TONES.map((t) => (
          <button
            key={t}
            type="button"
            aria-pressed={tone === t}
            disabled={pending}
            onClick={() => onRegenerate(tone === t ? null : t)}
            className="rounded-full px-3 py-1 text-sm text-stone-700 ring-1 ring-inset ring-stone-300 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-brand-500 disabled:cursor-not-allowed disabled:opacity-60 aria-pressed:bg-stone-900 aria-pressed:text-white aria-pressed:ring-stone-900"
          >
            {TONE_LABELS[t]}
          </button>
        ))}
      </div>
    </div>
  );
}
