"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors";
import { VOICE_LANGUAGES, voiceRulesSchema, type VoiceLanguage, type VoiceRules } from "@/lib/voice/guidelines";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";

const LANGUAGE_NAMES: Record<VoiceLanguage, string> = { en: "English", de: "German", fr: "French", es: "Spanish", it: "Italian", pt: "Portuguese", nl: "Dutch" };
const TONES = [
  { value: "warm", label: "Warm", hint: "personal and friendly" },
  { value: "polished", label: "Polished", hint: "courteous and restrained" },
  { value: "upbeat", label: "Upbeat", hint: "lively and cheerful" },
] as const;
const input = "block w-full rounded-md border-0 px-3 py-2 text-sm ring-1 ring-inset ring-stone-300 placeholder:text-stone-400 focus:ring-2 focus:ring-brand-500 disabled:bg-stone-50";

type Save = (input: { scopeKey: string; expectedVersion: number | null; rules: unknown }) => Promise<ActionResult<{ version: number }>>;

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

/** The voice guidelines editor: validated with the same schema the server uses; Ctrl/Cmd+S saves. */
export function VoiceForm({ scopeKey, version, initial, canEdit, save }: { scopeKey: string; version: number | null; initial: VoiceRules; canEdit: boolean; save: Save }) {
  const router = useRouter();
  const [rules, setRules] = useState(initial);
  const [use, setUse] = useState(initial.phrasesToUse.join("\n"));
  const [avoid, setAvoid] = useState(initial.phrasesToAvoid.join("\n"));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const set = <K extends keyof VoiceRules>(key: K, value: VoiceRules[K]) => { setRules((r) => ({ ...r, [key]: value })); setMessage(null); };

  function submit() {
    const parsed = voiceRulesSchema.safeParse({ ...rules, phrasesToUse: lines(use), phrasesToAvoid: lines(avoid) });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message])));
      setMessage({ kind: "error", text: "Some guidelines need a look before saving." });
      return;
    }
    setErrors({});
    startTransition(async () => {
      const result = await save({ scopeKey, expectedVersion: version, rules: parsed.data });
      if (result.ok) { setMessage({ kind: "ok", text: `Saved as version ${result.data.version}. New drafts follow it.` }); router.refresh(); }
      else setMessage({ kind: "error", text: result.error });
    });
  }

  return (
    <form
      className="space-y-6 rounded-lg bg-white p-4 ring-1 ring-stone-200 sm:p-6"
      onSubmit={(e) => { e.preventDefault(); submit(); }}
      onKeyDown={(e) => { if ((e.metaKey || e.ctrlKey) && e.key === "s" && canEdit) { e.preventDefault(); submit(); } }}
    >
      <fieldset disabled={!canEdit || pending} className="space-y-6">
        {!canEdit ? <p className="rounded-md bg-stone-50 px-3 py-2 text-sm text-stone-600">Brand owners and account owners edit the voice. You can read it here.</p> : null}
        <div className="grid gap-6 sm:grid-cols-2">
          <Group legend="Tone">
            <div className="grid gap-2">
              {TONES.map((t) => (
                <label key={t.value} className="flex items-start gap-2 text-sm">
                  <input type="radio" name="tone" value={t.value} checked={rules.tone === t.value} onChange={() => set("tone", t.value)} className="mt-0.5" />
                  <span><span className="font-medium">{t.label}</span> <span className="text-stone-500">— {t.hint}</span></span>
                </label>
              ))}
            </div>
          </Group>
          <Group legend="Form of address">
            <div className="grid gap-2 text-sm">
              <label className="flex gap-2"><input type="radio" name="formality" checked={rules.formality === "formal"} onChange={() => set("formality", "formal")} />Formal <span className="text-stone-500">(Sie, vous, usted)</span></label>
              <label className="flex gap-2"><input type="radio" name="formality" checked={rules.formality === "informal"} onChange={() => set("formality", "informal")} />Informal <span className="text-stone-500">(du, tu, tú)</span></label>
            </div>
          </Group>
        </div>

        <Group legend="Greeting and sign-off per language" hint="Use {name} for the guest's name; it is left out when the guest is anonymous. Empty: Lobby's usual wording.">
          <div className="divide-y divide-stone-100 text-sm">
            <div className="hidden grid-cols-[7rem_1fr_1fr] gap-2 pb-1 text-xs text-stone-500 sm:grid"><span>Language</span><span>Greeting</span><span>Sign-off</span></div>
            {VOICE_LANGUAGES.map((lang) => (
              <div key={lang} className="grid grid-cols-1 gap-1.5 py-2 sm:grid-cols-[7rem_1fr_1fr] sm:items-center sm:gap-2 sm:py-1">
                <span className="font-medium text-stone-700 sm:font-normal">{LANGUAGE_NAMES[lang]}</span>
                <input aria-label={`Greeting in ${LANGUAGE_NAMES[lang]}`} className={input} value={rules.greetings[lang] ?? ""} placeholder={lang === "en" ? "Greeting, e.g. Dear {name}," : "Greeting"} onChange={(e) => set("greetings", { ...rules.greetings, [lang]: e.target.value })} />
                <input aria-label={`Sign-off in ${LANGUAGE_NAMES[lang]}`} className={input} value={rules.signOffs[lang] ?? ""} placeholder={lang === "en" ? "Sign-off, e.g. Warm regards," : "Sign-off"} onChange={(e) => set("signOffs", { ...rules.signOffs, [lang]: e.target.value })} />
              </div>
            ))}
          </div>
        </Group>

        <div className="grid gap-6 sm:grid-cols-2">
          <Group legend="Phrases to use" hint="One per line. Drafts work one or two in where they fit." error={errors.phrasesToUse}>
            <textarea aria-label="Phrases to use" rows={5} className={input} value={use} onChange={(e) => { setUse(e.target.value); setMessage(null); }} />
          </Group>
          <Group legend="Phrases to avoid" hint="One per line. Drafts never use them; edits that do are flagged." error={errors.phrasesToAvoid}>
            <textarea aria-label="Phrases to avoid" rows={5} className={input} value={avoid} onChange={(e) => { setAvoid(e.target.value); setMessage(null); }} />
          </Group>
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <Group legend="Signed by" hint="Empty: each hotel's own signatory.">
            <div className="grid gap-2">
              <input aria-label="Signatory name" className={input} placeholder="Name" value={rules.signatoryName ?? ""} onChange={(e) => set("signatoryName", e.target.value || undefined)} />
              <input aria-label="Signatory title" className={input} placeholder="Title" value={rules.signatoryTitle ?? ""} onChange={(e) => set("signatoryTitle", e.target.value || undefined)} />
            </div>
          </Group>
          <Group legend="Length in words" error={errors.maxWords ?? errors.minWords}>
            <div className="flex items-center gap-2 text-sm">
              <input aria-label="Shortest reply in words" type="number" min={10} max={400} className={`${input} w-24`} value={rules.minWords} onChange={(e) => set("minWords", Number(e.target.value))} />
              <span>to</span>
              <input aria-label="Longest reply in words" type="number" min={20} max={600} className={`${input} w-24`} value={rules.maxWords} onChange={(e) => set("maxWords", Number(e.target.value))} />
            </div>
          </Group>
        </div>

        <div className="grid gap-6 sm:grid-cols-2">
          <Group legend="Second language">
            <select aria-label="Also reply in" className={input} value={rules.bilingualWith ?? ""} onChange={(e) => set("bilingualWith", (e.target.value || null) as VoiceRules["bilingualWith"])}>
              <option value="">Guest&apos;s language only</option>
              {VOICE_LANGUAGES.map((l) => <option key={l} value={l}>Also in {LANGUAGE_NAMES[l]}</option>)}
            </select>
          </Group>
          <Group legend="Compensation">
            <label className="flex items-start gap-2 text-sm">
              <input type="checkbox" checked={rules.allowCompensation} onChange={(e) => set("allowCompensation", e.target.checked)} className="mt-0.5" />
              <span>Replies may offer refunds, upgrades or discounts. <span className="text-stone-500">Off: any such promise blocks approval.</span></span>
            </label>
          </Group>
        </div>

        <Group legend="Notes for writers" hint="Anything else about how you sound. Drafting providers read it too." error={errors.notes}>
          <textarea aria-label="Notes for writers" rows={3} className={input} value={rules.notes} onChange={(e) => set("notes", e.target.value)} />
        </Group>
      </fieldset>

      {message ? <p role={message.kind === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${message.kind === "error" ? "bg-rose-50 text-rose-800" : "bg-emerald-50 text-emerald-800"}`}>{message.text}</p> : null}
      {canEdit ? <div className="flex items-center gap-3"><Button type="submit" disabled={pending}>{pending ? "Saving…" : "Save guidelines"}</Button><span className="hidden text-xs text-stone-500 sm:inline"><Kbd>Ctrl</Kbd>+<Kbd>S</Kbd> saves</span></div> : null}
    </form>
  );
}

function Group({ legend, hint, error, children }: { legend: string; hint?: string; error?: string | undefined; children: ReactNode }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {hint ? <p className="text-xs text-stone-500">{hint}</p> : null}
      {children}
      {error ? <p className="text-sm text-rose-700">{error}</p> : null}
    </fieldset>
  );
}
