"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/errors";
import type { DraftPart, DraftTone, GuardrailFlag } from "@/lib/drafting/types";
import type { VoiceReport } from "@/lib/voice/voice-score";
import { characterCount } from "@/lib/publishing/character-count";
import { Button } from "@/components/ui/button";
import { Kbd } from "@/components/ui/kbd";
import { DraftVariants } from "./draft-variants";
import { DraftWhy } from "./draft-why";
import { draftOrigin, TONE_LABELS } from "./draft-labels";
import { findIgnoringCase } from "./highlight";
import { ReplyFlags } from "./reply-flags";
import { ReplyText } from "./reply-text";
import { VoiceScoreBadge } from "./voice-score";

type EditAction = (input: { reviewId: string; baseDraftId: string | null; text: string }) => Promise<ActionResult<{ draftId: string }>>;
type CheckAction = (input: { reviewId: string; text: string }) => Promise<ActionResult<{ flags: GuardrailFlag[]; voiceReport: VoiceReport }>>;
type RegenerateAction = (input: { reviewId: string; baseDraftId: string | null; tone: DraftTone | null }) => Promise<
  ActionResult<{ draftId: string; text: string; parts: DraftPart[]; tone: DraftTone | null; provider: string; promptVersion: string; flags: GuardrailFlag[]; voiceReport: VoiceReport }>
>;

/** The latest draft Lobby wrote: what the "why" panel explains and the tone control starts from. */
export type MachineDraftView = { id: string; text: string; parts: DraftPart[]; tone: DraftTone | null };

/** Flags and voice score, and the exact text they were computed for. */
type Assessment = { forText: string; flags: GuardrailFlag[]; voiceReport: VoiceReport | null };

/** Pause in typing before the text is checked again. */
const CHECK_DELAY_MS = 400;

/**
 * The reply being written: the text with its guardrail flags and voice score kept current as staff type,
 * other versions and tones of the draft, and beside it the "why" of the draft. Ctrl/Cmd+S saves,
 * Ctrl/Cmd+Enter approves. The flags shown here are a convenience: the server checks the text again on
 * approval and refuses it while a blocking flag stands. Renders two blocks (the editor and the "why"
 * panel) that the page's grid places: beside each other on a laptop, one under the other on a phone.
 */
export function ReplyEditor(props: {
  reviewId: string;
  /** The draft this text comes from; the server refuses the edit if a newer one appeared meanwhile. */
  baseDraftId: string | null;
  initialText: string;
  /** "Drafted by Lobby (...)" / "Edited by ..." for the latest draft; null when there is none. */
  initialOrigin: string | null;
  /** Stored flags and voice report of the latest draft, when it has them. */
  initialAssessment: { flags: GuardrailFlag[]; voiceReport: VoiceReport | null } | null;
  machineDraft: MachineDraftView | null;
  maxLength: number;
  canEdit: boolean;
  canApprove: boolean;
  approveLabel: string;
  notice?: ReactNode;
  sectionClassName: string;
  whyClassName: string;
  save: EditAction;
  approve: EditAction;
  check: CheckAction;
  regenerate: RegenerateAction;
}) {
  const { reviewId, maxLength, canEdit, canApprove, save, approve, check, regenerate } = props;
  const router = useRouter();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState(props.initialText);
  const [savedText, setSavedText] = useState(props.initialText);
  const [base, setBase] = useState(props.baseDraftId);
  const [origin, setOrigin] = useState(props.initialOrigin);
  const [machine, setMachine] = useState(props.machineDraft);
  const [assessment, setAssessment] = useState<Assessment | null>(props.initialAssessment?.voiceReport ? { forText: props.initialText, ...props.initialAssessment } : null);
  const [checkFailed, setCheckFailed] = useState(false);
  const [active, setActive] = useState<number | null>(null);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [regenerating, startRegenerating] = useTransition();
  const latestCheck = useRef(0);

  const dirty = text !== savedText;
  const length = characterCount(text);
  const tooLong = length > maxLength;
  const stale = assessment?.forText !== text;
  const flags = assessment?.flags ?? [];
  const blocking = flags.filter((f) => f.blocking);
  const busy = pending || regenerating;

  // Check the text once typing pauses; an answer to an older text is dropped.
  useEffect(() => {
    if (!canEdit || assessment?.forText === text) return;
    const id = ++latestCheck.current;
    const timer = setTimeout(async () => {
      const result = await check({ reviewId, text });
      if (id !== latestCheck.current) return;
      setCheckFailed(!result.ok);
      if (result.ok) setAssessment({ forText: text, ...result.data });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, canEdit, assessment?.forText, check, reviewId]);

  function run(action: EditAction, success: string) {
    startTransition(async () => {
      const result = await action({ reviewId, baseDraftId: base, text });
      if (result.ok) {
        setSavedText(text);
        setBase(result.data.draftId);
        setMessage({ kind: "ok", text: success });
        router.refresh();
      } else setMessage({ kind: "error", text: result.error });
    });
  }

  function another(tone: DraftTone | null) {
    if (dirty && !window.confirm("Replace your unsaved changes with a new version of the draft?")) return;
    setMessage(null);
    startRegenerating(async () => {
      const result = await regenerate({ reviewId, baseDraftId: base, tone });
      if (!result.ok) {
        setMessage({ kind: "error", text: result.error });
        return;
      }
      const d = result.data;
      setText(d.text);
      setSavedText(d.text);
      setBase(d.draftId);
      setMachine({ id: d.draftId, text: d.text, parts: d.parts, tone: d.tone });
      setAssessment({ forText: d.text, flags: d.flags, voiceReport: d.voiceReport });
      setOrigin(draftOrigin({ origin: d.provider === "builtin" ? "BUILTIN" : "LLM", provider: d.provider, promptVersion: d.promptVersion, tone: d.tone }));
      setMessage({ kind: "ok", text: d.tone ? `${TONE_LABELS[d.tone]} version written.` : "Another version written." });
      router.refresh();
    });
  }

  function show(excerpt: string) {
    const box = textarea.current;
    const at = findIgnoringCase(text, excerpt);
    if (!box || at < 0) return;
    box.focus();
    box.setSelectionRange(at, at + excerpt.trim().length);
  }

  const approveBlocked = blocking.length > 0;
  const canApproveNow = !busy && !tooLong && text.trim() !== "" && !approveBlocked;

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.metaKey || e.ctrlKey) || busy) return;
      if (e.key === "s" && canEdit) { e.preventDefault(); if (dirty && !tooLong) run(save, "Draft saved."); }
      if (e.key === "Enter" && canApprove) { e.preventDefault(); if (canApproveNow) run(approve, "Approved. Publishing…"); }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const activePart = active !== null ? machine?.parts[active] : undefined;
  const marks = [
    ...flags.filter((f) => f.excerpt).map((f) => ({ text: f.excerpt!, kind: "flag" as const })),
    ...(activePart ? [{ text: activePart.text, kind: "part" as const }] : []),
  ];

  return (
    <div className="contents">
      <section aria-label="Reply to the guest" className={props.sectionClassName}>
        {props.notice}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-xs text-stone-500" data-testid="draft-origin">{origin ?? "No draft yet: write the reply yourself, or ask Lobby for one."}</p>
          {assessment?.voiceReport ? <VoiceScoreBadge report={assessment.voiceReport} /> : null}
        </div>
        {canEdit ? <DraftVariants tone={machine?.tone ?? null} pending={regenerating} onRegenerate={another} /> : null}
        <label htmlFor="reply-text" className="block text-sm font-medium text-stone-700">Reply</label>
        <ReplyText text={text} onChange={(t) => { setText(t); setMessage(null); }} marks={marks} readOnly={!canEdit || regenerating} textareaRef={textarea} describedBy="reply-help reply-flags" />
        <div id="reply-help" className="flex flex-wrap items-center justify-between gap-2 text-xs text-stone-500">
          <span className={tooLong ? "font-medium text-rose-700" : undefined}>{length} / {maxLength} characters</span>
          <span>{dirty ? "Unsaved changes" : "All changes saved"}</span>
        </div>
        <div id="reply-flags">
          {checkFailed && stale ? (
            <p className="text-xs text-amber-800">Lobby could not check the latest changes; approving checks them again.</p>
          ) : (
            <ReplyFlags flags={flags} checking={canEdit && stale} onShow={show} />
          )}
        </div>
        {message ? (
          <p role={message.kind === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${message.kind === "error" ? "bg-rose-50 text-rose-800" : "bg-emerald-50 text-emerald-800"}`}>
            {message.text}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center gap-2">
          {canEdit ? (
            <Button variant="secondary" disabled={busy || !dirty || tooLong} onClick={() => run(save, "Draft saved.")}>Save draft</Button>
          ) : null}
          {canApprove ? (
            <>
              <Button disabled={!canApproveNow} aria-describedby={approveBlocked ? "approve-blocked" : undefined} onClick={() => run(approve, "Approved. Publishing…")}>
                {props.approveLabel}
              </Button>
              {approveBlocked ? (
                <p id="approve-blocked" className="text-sm text-rose-800">
                  Fix {blocking.length === 1 ? "the flagged text" : `the ${blocking.length} flagged issues`} before approving.
                </p>
              ) : null}
            </>
          ) : (
            <p className="self-center text-sm text-stone-500">A hotel manager approves replies before they are published.</p>
          )}
          {canEdit ? (
            <p className="ml-auto hidden text-xs text-stone-500 sm:block">
              <Kbd>Ctrl</Kbd>+<Kbd>S</Kbd> saves{canApprove ? <>, <Kbd>Ctrl</Kbd>+<Kbd>Enter</Kbd> approves</> : null}
            </p>
          ) : null}
        </div>
      </section>
      <DraftWhy
        className={props.whyClassName}
        parts={machine?.parts ?? []}
        currentText={text}
        report={assessment?.voiceReport ?? null}
        active={active}
        onActive={setActive}
      />
    </div>
  );
}
