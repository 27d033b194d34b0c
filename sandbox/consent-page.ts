import type { ServerResponse } from "node:http";

// The small HTML pages the simulated platforms show a hotel's staff when Lobby sends them to
// authorize access: a consent page with Allow / Cancel, and an error page. Not part of any API.

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f5f5f4;color:#1c1917;margin:0;display:flex;min-height:100vh;align-items:center;justify-content:center}
main{background:#fff;border:1px solid #e7e5e4;border-radius:12px;padding:28px;max-width:420px;width:calc(100% - 32px);box-sizing:border-box}
h1{font-size:20px;margin:0 0 8px}p{font-size:14px;line-height:1.5;color:#44403c}.brand{font-weight:600;font-size:13px;color:#57534e;margin-bottom:16px}
ul{font-size:14px;padding-left:18px;color:#44403c}label{display:block;font-size:13px;font-weight:500;margin:12px 0 4px}
select{width:100%;padding:8px;border:1px solid #d6d3d1;border-radius:6px;font-size:14px}
.actions{display:flex;gap:8px;justify-content:flex-end;margin-top:20px}
button{font-size:14px;padding:8px 16px;border-radius:6px;border:1px solid #d6d3d1;background:#fff;cursor:pointer}
button.allow{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
</style></head><body><main>${body}</main></body></html>`;
}

function send(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8", "content-length": Buffer.byteLength(html), "cache-control": "no-store" });
  res.end(html);
}

export interface ConsentPage {
  /** Shown above the heading: "Google", "Trustpilot Business". */
  brand: string;
  heading: string;
  intro: string;
  /** What the application may do once allowed. */
  permissions: string[];
  /** Where the form posts, and the authorize request's parameters carried through it. */
  action: string;
  fields: Record<string, string>;
  /** A choice of whom to sign in as (the sandbox has no real login). */
  signIn?: { label: string; name: string; options: { value: string; label: string }[] };
}

export function sendConsentPage(res: ServerResponse, consent: ConsentPage): void {
  const hidden = Object.entries(consent.fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join("");
  const signIn = consent.signIn
    ? `<label for="signin">${escapeHtml(consent.signIn.label)}</label><select id="signin" name="${escapeHtml(consent.signIn.name)}">${consent.signIn.options
        .map((o) => `<option value="${escapeHtml(o.value)}">${escapeHtml(o.label)}</option>`)
        .join("")}</select>`
    : "";
  const body = `<div class="brand">${escapeHtml(consent.brand)}</div><h1>${escapeHtml(consent.heading)}</h1><p>${escapeHtml(consent.intro)}</p>
<ul>${consent.permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul>
<form method="post" action="${escapeHtml(consent.action)}">${hidden}${signIn}
<div class="actions"><button type="submit" name="decision" value="deny">Cancel</button><button class="allow" type="submit" name="decision" value="allow">Allow</button></div></form>`;
  send(res, 200, page(consent.heading, body));
}

/** An authorize request too broken to send back to the application (unknown client, bad redirect URI). */
export function sendAuthorizeErrorPage(res: ServerResponse, status: number, brand: string, error: string, description: string): void {
  send(res, status, page(`Error ${status}: ${error}`, `<div class="brand">${escapeHtml(brand)}</div><h1>Error ${status}: ${escapeHtml(error)}</h1><p>${escapeHtml(description)}</p>`));
}

export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, "cache-control": "no-store", "content-length": 0 });
  res.end();
}

/** The authorize request's parameters among `keys` (query string or posted form), leaving out empty ones. */
export function pickParams<K extends string>(keys: readonly K[], source: (key: string) => string | null | undefined): Partial<Record<K, string>> {
  return Object.fromEntries(keys.flatMap((k) => {
    const v = source(k);
    return v ? [[k, v]] : [];
  })) as Partial<Record<K, string>>;
}
