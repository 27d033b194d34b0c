import type { VoiceVersion } from "@/lib/voice/voice-scopes";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** The scope's saved versions, newest first; drafts keep the version they followed. */
export function VoiceHistory({ versions }: { versions: VoiceVersion[] }) {
  return (
    <aside aria-labelledby="voice-history" className="space-y-2">
      <h2 id="voice-history" className="text-sm font-semibold text-stone-700">History</h2>
      {versions.length === 0 ? (
        <p className="text-sm text-stone-500">No version saved yet. Drafts use Lobby&apos;s defaults until you save.</p>
      ) : (
        <ol className="divide-y divide-stone-100 rounded-lg bg-white text-sm ring-1 ring-stone-200">
          {versions.map((v) => (
            <li key={v.id} className="px-3 py-2">
              <span className="font-medium text-stone-800">Version {v.version}</span>
              <span className="block text-xs text-stone-500">
                {when.format(v.createdAt)} UTC{v.createdBy ? ` · ${v.createdBy}` : ""}
              </span>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}
