import type { TrustpilotLink, TrustpilotReview } from "./types";

// Query parameters, filters, ordering and page links of the private business-unit review list.

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
export const ORDER_BYS = ["createdat.desc", "createdat.asc", "stars.desc", "stars.asc"] as const;
export type OrderBy = (typeof ORDER_BYS)[number];

export interface ListQuery {
  page: number;
  perPage: number;
  orderBy: OrderBy;
  stars: number[];
  languages: string[];
  startMs: number | null;
  endMs: number | null;
  responded: boolean | null;
}

/** "Array" parameters come repeated (?stars=4&stars=5) or comma-separated (?stars=4,5). */
function many(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

function intIn(value: string | null, fallback: number, min: number, max: number): number | null {
  if (value === null || value === "") return fallback;
  if (!/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/**
 * "2013-09-07T13:37:00", or a date alone (time implicitly 00:00:00). Trustpilot does not say which
 * time zone; the sandbox reads UTC (unconfirmed). An explicit offset or Z is honoured.
 */
export function parseDateTime(value: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const ms = Date.parse(`${m[1]}${m[2] ?? "T00:00:00"}${m[3] ?? "Z"}`);
  return Number.isNaN(ms) ? null : ms;
}

export type ParsedQuery = { ok: true; query: ListQuery } | { ok: false; message: string };

export function parseListQuery(params: URLSearchParams): ParsedQuery {
  const page = intIn(params.get("page"), 1, 1, 2_147_483_647);
  if (page === null) return { ok: false, message: "page must be an integer of at least 1" };
  const perPage = intIn(params.get("perPage"), DEFAULT_PER_PAGE, 1, MAX_PER_PAGE);
  if (perPage === null) return { ok: false, message: `perPage must be between 1 and ${MAX_PER_PAGE}` };
  const orders = many(params, "orderBy").map((o) => o.toLowerCase());
  const bad = orders.find((o) => !(ORDER_BYS as readonly string[]).includes(o));
  if (bad) return { ok: false, message: `Invalid orderBy '${bad}'. Valid values are: ${ORDER_BYS.join(", ")}` };
  const stars = many(params, "stars").map(Number);
  if (stars.some((s) => !Number.isInteger(s) || s < 1 || s > 5)) return { ok: false, message: "stars must be between 1 and 5" };
  const range: (number | null)[] = [];
  for (const name of ["startDateTime", "endDateTime"]) {
    const raw = params.get(name);
    const ms = raw ? parseDateTime(raw) : null;
    if (raw && ms === null) return { ok: false, message: `${name} is not a valid date time` };
    range.push(ms);
  }
  const responded = params.get("responded");
  if (responded !== null && responded !== "true" && responded !== "false") {
    return { ok: false, message: "responded must be true or false" };
  }
  return {
    ok: true,
    query: {
      page,
      perPage,
      orderBy: (orders[0] as OrderBy | undefined) ?? "createdat.desc",
      stars,
      languages: many(params, "language").map((l) => l.toLowerCase()),
      startMs: range[0] ?? null,
      endMs: range[1] ?? null,
      responded: responded === null ? null : responded === "true",
    },
  };
}

export function filterAndSort(reviews: readonly TrustpilotReview[], q: ListQuery): TrustpilotReview[] {
  const kept = reviews.filter((r) => {
    const created = Date.parse(r.createdAt);
    if (q.stars.length > 0 && !q.stars.includes(r.stars)) return false;
    if (q.languages.length > 0 && !q.languages.includes("all") && !q.languages.includes(r.language)) return false;
    if (q.startMs !== null && created < q.startMs) return false;
    if (q.endMs !== null && created > q.endMs) return false;
    if (q.responded !== null && (r.companyReply !== null) !== q.responded) return false;
    return true;
  });
  const [field, direction] = q.orderBy.split(".") as ["createdat" | "stars", "asc" | "desc"];
  const sign = direction === "asc" ? 1 : -1;
  return kept.sort((a, b) => {
    const primary = field === "stars" ? a.stars - b.stars : a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0;
    if (primary !== 0) return primary * sign;
    // Same second or same stars: newest first, then by id, so pages never overlap.
    if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** Page links point at this same URL with another `page`, as Trustpilot's do. */
export function pageLinks(url: URL, origin: string, page: number, hasNext: boolean): TrustpilotLink[] {
  const at = (p: number) => {
    const next = new URL(`${url.pathname}${url.search}`, origin);
    next.searchParams.set("page", String(p));
    return next.toString();
  };
  const links: TrustpilotLink[] = [];
  if (page > 1) links.push({ href: at(page - 1), method: "GET", rel: "prev-page" });
  if (hasNext) links.push({ href: at(page + 1), method: "GET", rel: "next-page" });
  return links;
}
