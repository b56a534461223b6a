// What every printed page shares: A4 with no browser margins, the app's shell absent, and a
// toolbar on screen only (back, print hint, downloads) that never reaches the paper.
import Link from "next/link";

export function PrintStyles({ margin = "0" }: { margin?: string }) {
  return (
    <style>{`@page { size: A4; margin: ${margin}; } @media print { body { background: #fff !important; } }`}</style>
  );
}

export function PrintToolbar({
  back,
  backLabel,
  hint,
  children,
}: {
  back: string;
  backLabel: string;
  hint: string;
  children?: React.ReactNode;
}) {
  return (
    <div
      className="flex flex-wrap items-center gap-4 border-b border-slate-300 bg-white p-4 text-sm print:hidden"
      data-testid="print-toolbar"
    >
      <Link href={back} className="text-brand-700 underline">
        ← {backLabel}
      </Link>
      <span className="text-slate-700">{hint}</span>
      {children}
    </div>
  );
}
