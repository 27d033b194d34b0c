/** A path on this site to go back to after sign-in; anything that could leave the site becomes "/". */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/")) return "/";
  const url = new URL(value, "http://lobby.invalid");
  if (url.origin !== "http://lobby.invalid") return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
