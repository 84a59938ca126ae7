// Times as people read them: "1.5 s", "250 ms", "12 µs", or "step 3" on the step axis.
interface Unit {
  suffix: string;
  ns: number;
}

const UNITS: Unit[] = [
  { suffix: 's', ns: 1e9 },
  { suffix: 'ms', ns: 1e6 },
  { suffix: 'µs', ns: 1e3 },
  { suffix: 'ns', ns: 1 },
];

// The largest unit in which `spanNs` is at least 1 (ms for zero).
export function unitFor(spanNs: number): Unit {
  if (spanNs === 0) return UNITS[1];
  return UNITS.find((u) => Math.abs(spanNs) >= u.ns) ?? UNITS[UNITS.length - 1];
}

// `ns` in `unit` with at most `decimals` decimals and no trailing zeros.
export function formatIn(ns: number, unit: Unit, decimals = 3): string {
  const text = (ns / unit.ns).toFixed(decimals).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  return `${text === '-0' ? '0' : text} ${unit.suffix}`;
}

export function formatTime(ns: number, bySteps = false): string {
  if (bySteps) return `step ${Math.floor(ns) + 1}`;
  return formatIn(ns, unitFor(ns));
}

export function formatDuration(ns: number, bySteps = false): string {
  if (bySteps) return ns === 1 ? '1 step' : `${ns} steps`;
  return formatIn(ns, unitFor(ns));
}

// Axis ticks: the smallest step of 1, 2 or 5 × 10^k that leaves at least `minGap` between ticks
// at `perUnit` pixels per unit of time.
export function tickStep(perUnit: number, minGap: number, integer = false): number {
  const raw = minGap / perUnit;
  let decade = 10 ** Math.floor(Math.log10(raw));
  if (integer && decade < 1) decade = 1;
  for (const m of [1, 2, 5, 10]) {
    if (m * decade >= raw) return m * decade;
  }
  return 10 * decade;
}

// A tick label: in the unit of the tick step so neighbours read alike ("1.5 s", "2 s").
export function formatTick(t: number, step: number, bySteps: boolean): string {
  if (bySteps) return String(t + 1); // the step that starts there, counted from 1 as in 'step N'
  const unit = unitFor(step);
  const decimals = Math.max(0, Math.ceil(-Math.log10(step / unit.ns) + 1e-9));
  return formatIn(t, unit, Math.min(decimals, 3));
}
