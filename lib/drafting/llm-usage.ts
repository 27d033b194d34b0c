import type { Db } from "../db";
import { inOrganization } from "../db";

// What an organization's drafting spent on LLMs over a period, per model: for the bill and for spotting a
// provider that keeps failing (failed calls still count, and invalid answers still cost tokens).

export type LlmUsageTotals = {
  calls: number;
  failedCalls: number;
  promptTokens: number;
  completionTokens: number;
  /** Millionths of a US dollar. */
  costMicros: number;
};

export type LlmUsage = {
  byModel: (LlmUsageTotals & { provider: string; model: string })[];
  total: LlmUsageTotals;
};

const zero = (): LlmUsageTotals => ({ calls: 0, failedCalls: 0, promptTokens: 0, completionTokens: 0, costMicros: 0 });

/** Calls made in [from, to), most expensive model first. */
export async function llmUsage(db: Db, organizationId: string, period: { from: Date; to: Date }): Promise<LlmUsage> {
  const groups = await db.llmCall.groupBy({
    by: ["provider", "model", "outcome"],
    where: { ...inOrganization(organizationId), createdAt: { gte: period.from, lt: period.to } },
    _count: { _all: true },
    _sum: { promptTokens: true, completionTokens: true, costMicros: true },
  });
  const byModel = new Map<string, LlmUsageTotals & { provider: string; model: string }>();
  const total = zero();
  for (const g of groups) {
    const key = `${g.provider}\u0000${g.model}`;
    const row = byModel.get(key) ?? { provider: g.provider, model: g.model, ...zero() };
    for (const target of [row, total]) {
      target.calls += g._count._all;
      if (g.outcome !== "ok") target.failedCalls += g._count._all;
      target.promptTokens += g._sum.promptTokens ?? 0;
      target.completionTokens += g._sum.completionTokens ?? 0;
      target.costMicros += g._sum.costMicros ?? 0;
    }
    byModel.set(key, row);
  }
  return {
    byModel: [...byModel.values()].sort((a, b) => b.costMicros - a.costMicros || a.model.localeCompare(b.model)),
    total,
  };
}
