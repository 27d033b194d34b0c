"use server";

import { notFound } from "next/navigation";
import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action-client";
import { requireMember } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { UserFacingError } from "@/lib/errors";
import { saveVoice } from "@/lib/voice/save-voice";
import { scopeOrganization } from "@/lib/voice/scope-organization";
import { parseScopeKey } from "@/lib/voice/voice-scopes";
import { voiceRulesSchema } from "@/lib/voice/guidelines";

export async function saveVoiceAction(input: { scopeKey: string; expectedVersion: number | null; rules: unknown }) {
  return runAction("saveVoice", { scopeKey: input?.scopeKey }, async () => {
    const scope = parseScopeKey(input?.scopeKey);
    const organizationId = scope ? await scopeOrganization(db, scope) : null;
    if (!scope || !organizationId) notFound();
    const { user, organization } = await requireMember(organizationId, "voice.edit");
    const parsed = voiceRulesSchema.safeParse(input.rules);
    if (!parsed.success) throw new UserFacingError(parsed.error.issues[0]?.message ?? "These guidelines are not valid.");
    const expectedVersion = typeof input.expectedVersion === "number" ? input.expectedVersion : null;
    const saved = await saveVoice(db, { organizationId, scope, rules: parsed.data, expectedVersion, actor: { kind: "USER", userId: user.id } });
    revalidatePath(`/${organization.slug}/voice`);
    return { version: saved.version };
  });
}
