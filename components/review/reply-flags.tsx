import type { GuardrailFlag } from "@/lib/drafting/types";

/**
 * Guardrail findings on the text in the editor, next to it. Blocking ones stop approval until the text
 * changes; "Show" selects the words in the editor.
 */
export function ReplyFlags({ flags, checking, onShow }: { flags: GuardrailFlag[]; checking: boolean; onShow: (excerpt: string) => void }) {
  if (flags.length === 0) {
    return (
      <p className="text-xs text-stone-500" aria-live="polite">
        {checking ? "Checking the reply…" : "No guardrail findings: no compensation, contact details, personal data or blame."}
      </p>
    );
  }
  return (
    <div aria-live="polite" className="space-y-1.5">
      <h3 className="sr-only">What Lobby found in this reply</h3>
      <ul className="space-y-1.5" aria-label="Guardrail findings">
        {flags.map((flag) => (
          <li
            key={`${flag.code}:${flag.excerpt ?? ""}`}
            data-flag={flag.code}
            data-blocking={flag.blocking}
            className={`rounded-md px-3 py-2 text-sm ${flag.blocking ? "bg-rose-50 text-rose-900" : "bg-amber-50 text-amber-900"}`}
          >
            <div className="flex items-center justify-between gap-2">
              <span className={`rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase tracking-wide ${flag.blocking ? "bg-rose-200/70" : "bg-amber-200/70"}`}>
                {flag.blocking ? "Blocks approval" : "Check"}
              </span>
              {flag.excerpt ? (
                <button type="button" onClick={() => onShow(flag.excerpt!)} className="text-xs font-medium underline underline-offset-2 hover:no-underline">
                  Show in the reply
                </button>
              ) : null}
            </div>
            <p className="mt-1 break-words">
              {flag.message}
              {flag.excerpt ? (
                <>
                  {" "}
                  <mark className={`rounded-sm px-0.5 ${flag.blocking ? "bg-rose-200" : "bg-amber-200"} text-inherit`}>{flag.excerpt}</mark>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
      {checking ? <p className="text-xs text-stone-500">Checking the latest changes…</p> : null}
    </div>
  );
}
