"use client";
// Charts for the dashboards. Fed with plain numbers from the server; each sits beside a table
// holding the same figures, so the chart is hidden from screen readers and needs no JavaScript to
// be understood.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type BarDatum = { label: string; value: number };

const PALETTE = ["#1d4ed8", "#15803d", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#334155"];

/**
 * Horizontal bars, one per row: the stage funnel, the rating distribution. `legend` names what a
 * bar measures, in a swatch above the chart and as the value axis's title.
 */
export function HorizontalBars({
  data,
  color = "#1d4ed8",
  unit = "",
  legend,
}: {
  data: BarDatum[];
  color?: string;
  unit?: string;
  legend?: string;
}) {
  return (
    <figure className="m-0">
      {legend ? (
        <figcaption className="mb-1 flex items-center gap-2 text-xs text-slate-700" data-testid="chart-legend">
          <span aria-hidden="true" className="inline-block h-3 w-3 rounded-sm" style={{ background: color }} />
          {legend}
        </figcaption>
      ) : null}
      <div
        aria-hidden="true"
        inert
        style={{ width: "100%", height: Math.max(120, data.length * 30 + (legend ? 44 : 20)) }}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: legend ? 20 : 4, left: 8 }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} stroke="#e2e8f0" />
            <XAxis
              type="number"
              allowDecimals={false}
              tick={{ fontSize: 12, fill: "#334155" }}
              unit={unit}
              label={
                legend
                  ? { value: legend, position: "insideBottom", offset: -14, fontSize: 12, fill: "#334155" }
                  : undefined
              }
            />
            <YAxis type="category" dataKey="label" width={84} tick={{ fontSize: 12, fill: "#334155" }} />
            <Tooltip formatter={(v) => `${v}${unit}`} />
            <Bar dataKey="value" name={legend} fill={color} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** Start and completion rate per district, side by side. */
export function RateBars({
  data,
  startLabel,
  completionLabel,
}: {
  data: { label: string; start: number; completion: number }[];
  startLabel: string;
  completionLabel: string;
}) {
  return (
    <div aria-hidden="true" inert style={{ width: "100%", height: Math.max(140, data.length * 36 + 40) }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" domain={[0, 100]} unit="%" tick={{ fontSize: 12, fill: "#334155" }} />
          <YAxis type="category" dataKey="label" width={84} tick={{ fontSize: 12, fill: "#334155" }} />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="start" name={startLabel} fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="completion" name={completionLabel} fill="#15803d" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Shares of a whole: the funding mix. */
export function Donut({ data }: { data: BarDatum[] }) {
  return (
    <div aria-hidden="true" inert style={{ width: "100%", height: 220 }}>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart accessibilityLayer={false}>
          <Pie
            data={data}
            dataKey="value"
            nameKey="label"
            innerRadius={50}
            outerRadius={85}
            isAnimationActive={false}
            rootTabIndex={-1}
          >
            {data.map((d, i) => (
              <Cell key={d.label} fill={PALETTE[i % PALETTE.length]} />
            ))}
          </Pie>
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
