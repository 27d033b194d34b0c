import type { Metadata } from "next";
import Link from "next/link";
import { requireMemberBySlug } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { latestVoice } from "@/lib/voice/voice-in-force";
import { listVoiceScopes, voiceVersions } from "@/lib/voice/voice-scopes";
import { EmptyState } from "@/components/ui/empty-state";
import { VoiceForm } from "@/components/voice/voice-form";
import { VoiceHistory } from "@/components/voice/voice-history";
import { TeamPhrases } from "@/components/voice/team-phrases";
import { teamPhrases } from "@/lib/voice/team-phrases";
import { saveVoiceAction } from "./actions";

export const metadata: Metadata = { title: "Voice" };

export default async function VoicePage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ scope?: string }> }) {
  const [{ org }, { scope: requested }] = await Promise.all([params, searchParams]);
  const { organization, membership } = await requireMemberBySlug(org, "reviews.read");
  const scopes = await listVoiceScopes(db, organization.id);
  const selected = scopes.find((s) => s.key === requested) ?? scopes[0];

  if (!selected) {
    return <EmptyState title="No hotel yet">Once your organization has a property, its voice guidelines are set here.</EmptyState>;
  }
  const [current, versions] = await Promise.all([latestVoice(db, selected.scope), voiceVersions(db, organization.id, selected.scope)]);
  const canEdit = roleCan(membership.role, "voice.edit");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Voice</h1>
        <p className="text-sm text-stone-500">How replies sound for each brand: drafts follow these guidelines and are scored against them.</p>
      </div>
      {scopes.length > 1 ? (
        <nav aria-label="Brands" className="flex flex-wrap gap-2">
          {scopes.map((s) => (
            <Link
              key={s.key}
              href={`/${organization.slug}/voice?scope=${encodeURIComponent(s.key)}`}
              aria-current={s.key === selected.key ? "page" : undefined}
              className="rounded-full px-3 py-1 text-sm ring-1 ring-stone-300 hover:bg-stone-100 aria-[current=page]:bg-stone-900 aria-[current=page]:text-white aria-[current=page]:ring-stone-900"
            >
              {s.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <p className="text-sm text-stone-600">
        <span className="font-medium text-stone-800">{selected.name}</span> · applies to {selected.properties.join(", ") || "no property yet"} ·{" "}
        {current.version ? `version ${current.version}` : "Lobby's defaults (not saved yet)"}
      </p>
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <VoiceForm key={`${selected.key}:${current.version ?? 0}`} scopeKey={selected.key} version={current.version} initial={current.rules} canEdit={canEdit} save={saveVoiceAction} />
        <VoiceHistory versions={versions} />
      </div>
      <TeamPhrases phrases={await teamPhrases(db, organization.id, selected.scope)} />
    </div>
  );
}
