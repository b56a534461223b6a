// A plain GET form: the year is in the URL, so a roll-up can be bookmarked and shared.
export function YearPicker({
  action,
  year,
  label,
  button,
  month,
}: {
  action: string;
  year: number;
  label: string;
  button: string;
  month?: string;
}) {
  return (
    <form action={action} className="flex items-end gap-2">
      <div>
        <label htmlFor="year" className="block text-sm text-slate-600">
          {label}
        </label>
        <input
          id="year"
          name="year"
          type="number"
          defaultValue={year}
          className="w-28 rounded border border-slate-300 px-2 py-1"
        />
      </div>
      {month ? <input type="hidden" name="month" value={month} /> : null}
      <button className="rounded border border-slate-400 px-3 py-1.5 text-sm">{button}</button>
    </form>
  );
}
