// How each state is painted. Every state has its own pattern as well as its own colour (solid,
// dots, diagonal hatch, cross-hatch, vertical bars, a thin line), and waits carry a text label,
// so the timeline reads without telling colours apart. Colours come from the page's CSS custom
// properties, so both themes apply.
import type { LaneState, StateInterval } from '../trace/lanes';

export type Look = 'running' | 'ready' | 'sleeping' | 'waiting' | 'blocked' | 'done';

export const LOOKS: { look: Look; label: string }[] = [
  { look: 'running', label: 'running (solid)' },
  { look: 'ready', label: 'ready to run (dots)' },
  { look: 'sleeping', label: 'sleeping (diagonal lines)' },
  { look: 'waiting', label: 'waiting on X (cross-hatch, X written on it)' },
  { look: 'blocked', label: 'loop blocked (vertical bars)' },
  { look: 'done', label: 'done (thin line)' },
];

export function lookOf(state: LaneState, iv: Pick<StateInterval, 'wait'>): Look | null {
  switch (state) {
    case 'running': return 'running';
    case 'ready': return 'ready';
    case 'waiting': return iv.wait === 'sleep' ? 'sleeping' : 'waiting';
    case 'blocked': return 'blocked';
    case 'done': return 'done';
    case 'idle': return null;
  }
}

export interface Palette {
  text: string;
  muted: string;
  border: string;
  laneAlt: string;
  panel: string;
  cursor: string;
  link: string;
  stderr: string;
  colour: Record<Look, string>;
  fill: Record<Look, CanvasPattern | string>;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#888';
}

// An 8×8 tile of the look's pattern, repeated over the bar.
function pattern(ctx: CanvasRenderingContext2D, look: Look, colour: string, dpr: number): CanvasPattern | string {
  if (look === 'running') return colour;
  const size = Math.round(8 * dpr);
  const tile = document.createElement('canvas');
  tile.width = tile.height = size;
  const t = tile.getContext('2d')!;
  t.scale(dpr, dpr);
  t.fillStyle = colour;
  t.strokeStyle = colour;
  t.globalAlpha = 0.22;
  t.fillRect(0, 0, 8, 8);
  t.globalAlpha = 1;
  t.lineWidth = 1.2;
  t.beginPath();
  if (look === 'ready') {
    t.arc(2, 2, 1.1, 0, Math.PI * 2);
    t.arc(6, 6, 1.1, 0, Math.PI * 2);
    t.fill();
  } else if (look === 'sleeping') {
    t.moveTo(-2, 10); t.lineTo(10, -2);
    t.moveTo(-2, 2); t.lineTo(2, -2);
    t.moveTo(6, 10); t.lineTo(10, 6);
    t.stroke();
  } else if (look === 'waiting') {
    t.moveTo(0, 0); t.lineTo(8, 8);
    t.moveTo(8, 0); t.lineTo(0, 8);
    t.stroke();
  } else if (look === 'blocked') {
    t.fillRect(1, 0, 2.5, 8);
    t.fillRect(5, 0, 2.5, 8);
  }
  const made = ctx.createPattern(tile, 'repeat');
  if (!made) return colour;
  made.setTransform(new DOMMatrix().scale(1 / dpr)); // the context is scaled by dpr already
  return made;
}

export function makePalette(ctx: CanvasRenderingContext2D, dpr: number): Palette {
  const colour: Record<Look, string> = {
    running: cssVar('--running'),
    ready: cssVar('--ready'),
    sleeping: cssVar('--sleeping'),
    waiting: cssVar('--waiting'),
    blocked: cssVar('--blocked'),
    done: cssVar('--done'),
  };
  const fill = Object.fromEntries(LOOKS.map(({ look }) => [look, pattern(ctx, look, colour[look], dpr)])) as Record<Look, CanvasPattern | string>;
  return {
    text: cssVar('--text'),
    muted: cssVar('--muted'),
    border: cssVar('--border'),
    laneAlt: cssVar('--lane-alt'),
    panel: cssVar('--panel'),
    cursor: cssVar('--cursor'),
    link: cssVar('--link'),
    stderr: cssVar('--stderr'),
    colour,
    fill,
  };
}

// Draws one bar of a look: most fill the row, "done" is a thin line through it.
export function paintBar(ctx: CanvasRenderingContext2D, palette: Palette, look: Look, x: number, y: number, w: number, h: number): void {
  if (look === 'done') {
    ctx.fillStyle = palette.colour.done;
    ctx.fillRect(x, y + h / 2 - 1, w, 2);
    return;
  }
  const inset = look === 'ready' ? h * 0.2 : 0;
  ctx.fillStyle = palette.fill[look];
  ctx.fillRect(x, y + inset, w, h - 2 * inset);
  if (look !== 'running' && w > 3) {
    ctx.strokeStyle = palette.colour[look];
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 0.5, y + inset + 0.5, w - 1, h - 2 * inset - 1);
  }
}
