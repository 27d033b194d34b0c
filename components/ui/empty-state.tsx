export function EmptyState({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div className="flex flex-col items-center justify-center rounded-lg border border-dashed border-stone-300 bg-white px-6 py-16 text-center">
      <p className="text-base font-medium text-stone-800">{title}</p>
      {children ? <div className="mt-1 max-w-md text-sm text-stone-500">{children}</div> : null}
    </div>
  );
}
