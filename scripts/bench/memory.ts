// The server's memory while the benchmark loads it: the resident set of the process tree under the
// server's pid (tsx → node running Next.js), sampled every 250 ms, and the kernel's own peak
// (VmHWM) of its largest process.
import { readdirSync, readFileSync } from "node:fs";

function descendants(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const visit = (pid: number) => {
    out.push(pid);
    for (const child of parents.get(pid) ?? []) visit(child);
  };
  visit(root);
  return out;
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8")
      .split("\n")
      .find((l) => l.startsWith(`${field}:`));
    return line ? Number(line.split(/\s+/)[1]) : 0;
  } catch {
    return 0;
  }
}

/** The peak over the whole run, and per phase (what the bench was doing: reads, votes, imports). */
export type MemoryPeak = { treeMb: number; largestProcessHwmMb: number; phases: { phase: string; treeMb: number }[] };

export function sampleMemory(pid: number): { phase: (name: string) => void; stop: () => MemoryPeak } {
  let peakKb = 0;
  const phases: { phase: string; peakKb: number }[] = [{ phase: "start", peakKb: 0 }];
  const tick = () => {
    const kb = descendants(pid).reduce((sum, p) => sum + statusKb(p, "VmRSS"), 0);
    if (kb > peakKb) peakKb = kb;
    const current = phases[phases.length - 1]!;
    if (kb > current.peakKb) current.peakKb = kb;
  };
  tick();
  const timer = setInterval(tick, 250);
  return {
    phase: (name) => {
      tick();
      phases.push({ phase: name, peakKb: 0 });
      tick();
    },
    stop: () => {
      clearInterval(timer);
      tick();
      const hwm = Math.max(...descendants(pid).map((p) => statusKb(p, "VmHWM")));
      return {
        treeMb: peakKb / 1024,
        largestProcessHwmMb: hwm / 1024,
        phases: phases.map((p) => ({ phase: p.phase, treeMb: p.peakKb / 1024 })),
      };
    },
  };
}
