/** A key the user can press, in a keyboard-shortcut hint. */
export function Kbd({ children }: { children: React.ReactNode }) {
  return <kbd className="rounded border border-stone-300 bg-white px-1 font-sans text-[11px] text-stone-600">{children}</kbd>;
}
