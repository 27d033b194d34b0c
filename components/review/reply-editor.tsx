"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/errors";
import { characterCount } from "@/lib/publishing/character-count";
import { Button } from "@/components/ui/button";

type Action = (input: { reviewId: string; baseDraftId: string | null; text: string }) => Promise<ActionResult<{ draftId: string }>>;

/** The draft in an editor. Ctrl/Cmd+S saves, Ctrl/Cmd+Enter approves and publishes. */
export function ReplyEditor({ reviewId, baseDraftId, initialText, maxLength, canEdit, canApprove, save, approve, approveLabel }: {
  reviewId: string;
  /** The draft this text comes from; the server refuses the edit if a newer one appeared meanwhile. */
  baseDraftId: string | null;
  initialText: string;
  maxLength: number;
  canEdit: boolean;
  canApprove: boolean;
  save: Action;
  approve: Action;
  approveLabel: string;
}) {
  const router = useRouter();
  const [text, setText] = useState(initialText);
  const [savedText, setSavedText] = useState(initialText);
  const [base, setBase] = useState(baseDraftId);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = text !== savedText;
  const length = characterCount(text);
  const tooLong = length > maxLength;

  function run(action: Action, success: string) {
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

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.metaKey || e.ctrlKey) || pending) return;
      if (e.key === "s" && canEdit) { e.preventDefault(); run(save, "Draft saved."); }
      if (e.key === "Enter" && canApprove) { e.preventDefault(); run(approve, "Approved. Publishing…"); }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="space-y-3">
      <label htmlFor="reply-text" className="block text-sm font-medium text-stone-700">Reply</label>
      <textarea
        id="reply-text"
        value={text}
        onChange={(e) => { setText(e.target.value); setMessage(null); }}
        readOnly={!canEdit}
        rows={10}
        aria-describedby="reply-help"
        className="block max-h-[70vh] min-h-56 w-full resize-y rounded-md border-0 px-3 py-2 text-sm leading-relaxed field-sizing-content ring-1 ring-inset ring-stone-300 focus:ring-2 focus:ring-brand-500 read-only:bg-stone-50"
      />
      <div id="reply-help" className="flex flex-wrap items-center justify-between gap-2 text-xs text-stone-500">
        <span className={tooLong ? "font-medium text-rose-700" : undefined}>{length} / {maxLength} characters</span>
        <span>{dirty ? "Unsaved changes" : "All changes saved"}</span>
      </div>
      {message ? (
        <p role={message.kind === "error" ? "alert" : "status"} className={`rounded-md px-3 py-2 text-sm ${message.kind === "error" ? "bg-rose-50 text-rose-800" : "bg-emerald-50 text-emerald-800"}`}>
          {message.text}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {canEdit ? (
          <Button variant="secondary" disabled={pending || !dirty || tooLong} onClick={() => run(save, "Draft saved.")}>Save draft</Button>
        ) : null}
        {canApprove ? (
          <Button disabled={pending || tooLong || text.trim() === ""} onClick={() => run(approve, "Approved. Publishing…")}>{approveLabel}</Button>
        ) : (
          <p className="self-center text-sm text-stone-500">A hotel manager approves replies before they are published.</p>
        )}
      </div>
    </div>
  );
}
