// The timeline on a canvas: the event loop's lane, then a lane per task and executor thread,
// each a row of state bars under a time axis, output marks, created-by / woken-by arrows and a
// cursor to scrub. Only the visible rows and the bars wider than a pixel are drawn, so runs with
// thousands of tasks stay smooth.
//
// Mouse: drag to pan, click (or drag on the axis) to move the cursor, Ctrl/⌘+wheel to zoom,
// wheel to scroll lanes. Keys (canvas focused): ←/→ previous/next event, Shift+←/→ a tenth of
// the view, +/− zoom, 0 fit, Home/End, ↑/↓ and Page Up/Down scroll lanes.
import { shortTitle, type Lane, type Lanes, type StateInterval } from '../trace/lanes';
import { formatTick, tickStep } from '../trace/time-format';
import { barLabel, laneTooltip, tooltipText } from './describe';
import { lookOf, makePalette, paintBar, type Palette } from './palette';
import { Viewport } from './viewport';

const AXIS_H = 24;
const OUTPUT_H = 14;
const LANE_H = 22;
const BAR_PAD = 3;
const MAX_ARROWS = 3000;

export class TimelineView {
  readonly view = new Viewport();
  private lanes: Lanes | null = null;
  private eventTimes: number[] = []; // distinct event times, sorted: the cursor's stops
  private cursorTime = 0;
  private scrollY = 0;
  private nameW = 190;
  private dpr = 1;
  private palette: Palette | null = null;
  private frame = 0;
  private drag: { x: number; y: number; start: number; scrollY: number; mode: 'pan' | 'scrub'; moved: boolean } | null = null;
  private hover: { x: number; y: number } | null = null;
  showLinks = true;
  onCursor: (t: number) => void = () => {};
  onPickLine: (line: number) => void = () => {}; // a click on a bar that knows its source line

  constructor(private readonly canvas: HTMLCanvasElement, private readonly tooltip: HTMLElement) {
    new ResizeObserver(() => this.resize()).observe(canvas);
    canvas.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    canvas.addEventListener('pointermove', (e) => this.onPointerMove(e));
    canvas.addEventListener('pointerup', (e) => this.onPointerUp(e));
    canvas.addEventListener('pointerleave', () => { this.hover = null; this.hideTooltip(); });
    canvas.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    canvas.addEventListener('keydown', (e) => this.onKey(e));
    this.resize();
  }

  get cursor(): number {
    return this.cursorTime;
  }

  get hasRun(): boolean {
    return this.lanes !== null && this.lanes.lanes.length + this.lanes.outputs.length > 0;
  }

  // New lanes for the same run (streaming) keep the view; a new run (`fresh`) fits it.
  setLanes(lanes: Lanes | null, fresh: boolean): void {
    const followEnd = !fresh && this.lanes !== null && this.view.start + this.view.span >= this.view.end;
    this.lanes = lanes;
    const times = new Set<number>();
    if (lanes) for (const t of lanes.eventTimes) times.add(t);
    this.eventTimes = [...times].sort((a, b) => a - b);
    if (fresh || followEnd || !lanes) {
      this.view.fit(lanes?.end ?? 0);
      this.scrollY = fresh ? 0 : this.scrollY;
    } else {
      this.view.end = Math.max(lanes.end, 1e-9);
    }
    if (fresh) this.cursorTime = lanes?.end ?? 0;
    this.invalidate();
  }

  setCursor(t: number, reveal = true): void {
    const end = this.lanes?.end ?? 0;
    this.cursorTime = Math.min(Math.max(t, 0), end);
    if (reveal) this.view.show(this.cursorTime);
    this.invalidate();
    this.onCursor(this.cursorTime);
  }

  zoom(factor: number): void {
    this.view.zoomAt(this.timeX(this.cursorTime), factor);
    this.invalidate();
  }

  fit(): void {
    this.view.fit(this.lanes?.end ?? 0);
    this.invalidate();
  }

  // Colours follow the theme: drop the cached palette.
  restyle(): void {
    this.palette = null;
    this.invalidate();
  }

  // The lane drawn at row `index` (the loop is row 0 when there are tasks); for tests and a11y.
  laneNames(): string[] {
    return this.lanes?.lanes.map(shortTitle) ?? [];
  }

  invalidate(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  private resize(): void {
    const rect = this.canvas.getBoundingClientRect();
    this.dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.max(1, Math.round(rect.width * this.dpr));
    this.canvas.height = Math.max(1, Math.round(rect.height * this.dpr));
    this.nameW = Math.min(220, Math.max(110, rect.width * 0.22));
    this.view.width = Math.max(1, rect.width - this.nameW - 8);
    this.palette = null;
    this.invalidate();
  }

  private get cssWidth(): number {
    return this.canvas.width / this.dpr;
  }

  private get cssHeight(): number {
    return this.canvas.height / this.dpr;
  }

  private timeX(t: number): number {
    return this.nameW + this.view.toX(t);
  }

  private get lanesTop(): number {
    return AXIS_H + OUTPUT_H;
  }

  private maxScroll(): number {
    const rows = this.lanes?.lanes.length ?? 0;
    return Math.max(0, rows * LANE_H - (this.cssHeight - this.lanesTop));
  }

  private scrollBy(dy: number): void {
    this.scrollY = Math.min(this.maxScroll(), Math.max(0, this.scrollY + dy));
    this.invalidate();
  }

  // ---- drawing -------------------------------------------------------------------------------

  private draw(): void {
    const ctx = this.canvas.getContext('2d');
    if (!ctx) return;
    this.palette ??= makePalette(ctx, this.dpr);
    const p = this.palette;
    ctx.setTransform(this.dpr, 0, 0, this.dpr, 0, 0);
    ctx.clearRect(0, 0, this.cssWidth, this.cssHeight);
    ctx.font = '12px system-ui, sans-serif';
    ctx.textBaseline = 'middle';
    const lanes = this.lanes;
    if (!lanes) return;

    const first = Math.floor(this.scrollY / LANE_H);
    const last = Math.min(lanes.lanes.length - 1, Math.ceil((this.scrollY + this.cssHeight - this.lanesTop) / LANE_H));
    ctx.save();
    ctx.beginPath();
    ctx.rect(0, this.lanesTop, this.cssWidth, this.cssHeight - this.lanesTop);
    ctx.clip();
    for (let i = first; i <= last; i++) this.drawLane(ctx, p, lanes, lanes.lanes[i], this.rowY(i), i);
    if (this.showLinks) this.drawLinks(ctx, p, lanes, first, last);
    ctx.restore();

    this.drawAxis(ctx, p, lanes);
    this.drawOutputs(ctx, p, lanes);
    this.drawCursor(ctx, p);
    if (this.hover) this.updateTooltip();
  }

  private rowY(index: number): number {
    return this.lanesTop + index * LANE_H - this.scrollY;
  }

  private drawLane(ctx: CanvasRenderingContext2D, p: Palette, lanes: Lanes, lane: Lane, y: number, index: number): void {
    if (index % 2 === 1) {
      ctx.fillStyle = p.laneAlt;
      ctx.fillRect(0, y, this.cssWidth, LANE_H);
    }
    // Bars, clipped to the time area.
    ctx.save();
    ctx.beginPath();
    ctx.rect(this.nameW, y, this.cssWidth - this.nameW, LANE_H);
    ctx.clip();
    const ivs = lane.intervals;
    const t0 = this.view.start;
    const t1 = this.view.start + this.view.span;
    let lastRight = -Infinity; // bars that would land in an already painted pixel are skipped
    for (let k = firstEndingAfter(ivs, t0); k < ivs.length && ivs[k].begin <= t1; k++) {
      const iv = ivs[k];
      const look = lookOf(iv.state, iv);
      if (!look) continue;
      const x0 = this.timeX(iv.begin);
      let x1 = this.timeX(iv.end);
      if (look === 'running' && x1 - x0 < 2) x1 = x0 + 2; // instants stay visible
      if (x1 <= lastRight && x1 - x0 < 1) continue;
      paintBar(ctx, p, look, x0, y + BAR_PAD, Math.max(1, x1 - x0), LANE_H - 2 * BAR_PAD);
      lastRight = x1;
      const label = x1 - x0 > 40 ? barLabel(iv, lanes) : '';
      if (label) {
        ctx.fillStyle = p.text;
        const left = Math.max(x0, this.nameW) + 4;
        const room = x1 - left - 4;
        if (room > 20) ctx.fillText(fitText(ctx, label, room), left, y + LANE_H / 2);
      }
    }
    ctx.restore();
    // The name column.
    ctx.fillStyle = p.panel;
    ctx.fillRect(0, y, this.nameW, LANE_H);
    if (index % 2 === 1) {
      ctx.fillStyle = p.laneAlt;
      ctx.fillRect(0, y, this.nameW, LANE_H);
    }
    ctx.fillStyle = lane.kind === 'task' ? p.text : p.muted;
    const suffix = lane.kind === 'task' ? (lane.outcome && lane.outcome !== 'result' ? ` · ${lane.outcome}` : '') : '';
    ctx.fillText(fitText(ctx, shortTitle(lane) + suffix, this.nameW - 10), 6, y + LANE_H / 2);
  }

  private drawLinks(ctx: CanvasRenderingContext2D, p: Palette, lanes: Lanes, first: number, last: number): void {
    const row = new Map<Lane, number>();
    lanes.lanes.forEach((l, i) => { if (l.kind === 'task') row.set(l, i); });
    const t0 = this.view.start;
    const t1 = this.view.start + this.view.span;
    ctx.strokeStyle = p.link;
    ctx.fillStyle = p.link;
    ctx.lineWidth = 1;
    let drawn = 0;
    for (const link of lanes.links) {
      if (link.time < t0 || link.time > t1) continue;
      const a = row.get(link.fromLane);
      const b = row.get(link.toLane);
      if (a === undefined || b === undefined || a === b) continue;
      if (Math.max(a, b) < first || Math.min(a, b) > last) continue;
      if (++drawn > MAX_ARROWS) break;
      const x = this.timeX(link.time);
      const y0 = this.rowY(a) + LANE_H / 2;
      const y1 = this.rowY(b) + (b > a ? BAR_PAD : LANE_H - BAR_PAD);
      ctx.setLineDash(link.kind === 'created' ? [] : [3, 2]);
      ctx.beginPath();
      ctx.moveTo(x, y0);
      ctx.lineTo(x, y1);
      ctx.stroke();
      const dir = b > a ? 1 : -1;
      ctx.beginPath();
      ctx.moveTo(x, y1);
      ctx.lineTo(x - 3, y1 - 5 * dir);
      ctx.lineTo(x + 3, y1 - 5 * dir);
      ctx.fill();
    }
    ctx.setLineDash([]);
  }

  private drawAxis(ctx: CanvasRenderingContext2D, p: Palette, lanes: Lanes): void {
    ctx.fillStyle = p.panel;
    ctx.fillRect(0, 0, this.cssWidth, this.lanesTop);
    ctx.strokeStyle = p.border;
    ctx.beginPath();
    ctx.moveTo(0, this.lanesTop - 0.5);
    ctx.lineTo(this.cssWidth, this.lanesTop - 0.5);
    ctx.stroke();
    const perUnit = this.view.width / this.view.span;
    const step = tickStep(perUnit, 80, lanes.bySteps);
    const startTick = Math.ceil(this.view.start / step) * step;
    ctx.fillStyle = p.muted;
    ctx.textAlign = 'left';
    ctx.save();
    ctx.beginPath();
    ctx.rect(this.nameW, 0, this.cssWidth - this.nameW, this.cssHeight);
    ctx.clip();
    for (let t = startTick; t <= this.view.start + this.view.span; t += step) {
      const x = Math.round(this.timeX(t)) + 0.5;
      ctx.strokeStyle = p.border;
      ctx.beginPath();
      ctx.moveTo(x, AXIS_H - 6);
      ctx.lineTo(x, this.cssHeight);
      ctx.globalAlpha = 0.5;
      ctx.stroke();
      ctx.globalAlpha = 1;
      ctx.fillText(formatTick(Math.abs(t) < step / 1e6 ? 0 : t, step, lanes.bySteps), x + 3, AXIS_H / 2);
    }
    ctx.restore();
    ctx.fillStyle = p.muted;
    ctx.fillText(lanes.bySteps ? 'task steps (all at one instant)' : 'time', 6, AXIS_H / 2);
    ctx.fillText('output', 6, AXIS_H + OUTPUT_H / 2);
  }

  // A tick per write in the output row: stdout a short bar, stderr a taller one with a "!".
  private drawOutputs(ctx: CanvasRenderingContext2D, p: Palette, lanes: Lanes): void {
    ctx.save();
    ctx.beginPath();
    ctx.rect(this.nameW, AXIS_H, this.cssWidth - this.nameW, OUTPUT_H);
    ctx.clip();
    for (const mark of lanes.outputs) {
      const x = Math.round(this.timeX(mark.time));
      if (x < this.nameW - 2 || x > this.cssWidth + 2) continue;
      if (mark.isStderr) {
        ctx.fillStyle = p.stderr;
        ctx.fillRect(x - 1, AXIS_H + 1, 3, OUTPUT_H - 2);
      } else {
        ctx.fillStyle = p.text;
        ctx.fillRect(x, AXIS_H + 4, 2, OUTPUT_H - 8);
      }
    }
    ctx.restore();
  }

  private drawCursor(ctx: CanvasRenderingContext2D, p: Palette): void {
    const x = Math.round(this.timeX(this.cursorTime)) + 0.5;
    if (x < this.nameW || x > this.cssWidth) return;
    ctx.strokeStyle = p.cursor;
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x, 0);
    ctx.lineTo(x, this.cssHeight);
    ctx.stroke();
    ctx.fillStyle = p.cursor;
    ctx.beginPath();
    ctx.moveTo(x - 5, 0);
    ctx.lineTo(x + 5, 0);
    ctx.lineTo(x, 7);
    ctx.fill();
    ctx.lineWidth = 1;
  }

  // ---- hover ---------------------------------------------------------------------------------

  private hit(x: number, y: number): { lane: Lane; iv: StateInterval } | null {
    const lanes = this.lanes;
    if (!lanes || x < this.nameW || y < this.lanesTop) return null;
    const index = Math.floor((y - this.lanesTop + this.scrollY) / LANE_H);
    const lane = lanes.lanes[index];
    if (!lane) return null;
    const t = this.view.toTime(x - this.nameW);
    const slack = this.view.span / this.view.width * 3; // instants are a few pixels wide
    const ivs = lane.intervals;
    let best: StateInterval | null = null;
    for (let k = firstEndingAfter(ivs, t - slack); k < ivs.length && ivs[k].begin <= t + slack; k++) {
      const iv = ivs[k];
      if (!lookOf(iv.state, iv)) continue;
      const inside = iv.begin <= t && t <= iv.end;
      if (iv.state === 'running' || inside) best = iv;
      if (iv.state === 'running' && Math.abs(iv.begin - t) <= slack) break;
    }
    return best ? { lane, iv: best } : null;
  }

  // The lane whose name is under (x, y) in the name column.
  private laneAt(x: number, y: number): Lane | null {
    if (!this.lanes || x >= this.nameW || y < this.lanesTop) return null;
    return this.lanes.lanes[Math.floor((y - this.lanesTop + this.scrollY) / LANE_H)] ?? null;
  }

  private updateTooltip(): void {
    const lanes = this.lanes;
    if (!lanes || !this.hover) return this.hideTooltip();
    const named = this.laneAt(this.hover.x, this.hover.y);
    const found = named ? null : this.hit(this.hover.x, this.hover.y);
    if (!found && !named) return this.hideTooltip();
    this.tooltip.textContent = found ? tooltipText(found.iv, found.lane, lanes) : laneTooltip(named!);
    this.tooltip.hidden = false;
    const left = Math.min(this.hover.x + 14, this.cssWidth - this.tooltip.offsetWidth - 4);
    const top = this.hover.y + 16 + this.tooltip.offsetHeight > this.cssHeight ? this.hover.y - this.tooltip.offsetHeight - 8 : this.hover.y + 16;
    this.tooltip.style.left = `${Math.max(0, left)}px`;
    this.tooltip.style.top = `${Math.max(0, top)}px`;
  }

  private hideTooltip(): void {
    this.tooltip.hidden = true;
  }

  // ---- input ---------------------------------------------------------------------------------

  private local(e: MouseEvent): { x: number; y: number } {
    const rect = this.canvas.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  private onPointerDown(e: PointerEvent): void {
    if (!this.lanes || e.button !== 0) return;
    const { x, y } = this.local(e);
    const nearCursor = Math.abs(x - this.timeX(this.cursorTime)) <= 6;
    const mode = y < this.lanesTop || nearCursor ? 'scrub' : 'pan';
    this.drag = { x, y, start: this.view.start, scrollY: this.scrollY, mode, moved: false };
    this.canvas.setPointerCapture(e.pointerId);
    if (mode === 'scrub' && x >= this.nameW) this.setCursor(this.view.toTime(x - this.nameW), false);
  }

  private onPointerMove(e: PointerEvent): void {
    const { x, y } = this.local(e);
    const drag = this.drag;
    if (drag) {
      if (Math.abs(x - drag.x) + Math.abs(y - drag.y) > 3) drag.moved = true;
      if (drag.mode === 'scrub') {
        this.setCursor(this.view.toTime(Math.max(x, this.nameW) - this.nameW), true);
      } else if (drag.moved) {
        this.view.start = drag.start;
        this.view.panBy(x - drag.x);
        this.scrollY = drag.scrollY;
        this.scrollBy(drag.y - y);
      }
      this.invalidate();
    }
    this.hover = { x, y };
    this.canvas.style.cursor = y < this.lanesTop || Math.abs(x - this.timeX(this.cursorTime)) <= 6 ? 'ew-resize' : drag?.moved ? 'grabbing' : 'crosshair';
    this.updateTooltip();
  }

  private onPointerUp(e: PointerEvent): void {
    const drag = this.drag;
    this.drag = null;
    if (!drag) return;
    this.canvas.releasePointerCapture(e.pointerId);
    const { x } = this.local(e);
    // A click (no drag) in the lanes moves the cursor there, and shows the bar's source line.
    if (drag.mode === 'pan' && !drag.moved && x >= this.nameW) {
      this.setCursor(this.view.toTime(x - this.nameW), false);
      const line = this.hit(x, this.local(e).y)?.iv.line ?? 0;
      if (line) this.onPickLine(line);
    }
  }

  private onWheel(e: WheelEvent): void {
    if (!this.lanes) return;
    e.preventDefault();
    const { x } = this.local(e);
    if (e.ctrlKey || e.metaKey) {
      this.view.zoomAt(Math.max(0, x - this.nameW), Math.exp(-e.deltaY * 0.002));
    } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      this.view.panBy(-(e.shiftKey ? e.deltaY : e.deltaX));
    } else {
      this.scrollBy(e.deltaY);
    }
    this.invalidate();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.lanes) return;
    const tenth = this.view.span / 10;
    const handled = (() => {
      switch (e.key) {
        case 'ArrowRight': this.setCursor(e.shiftKey ? this.cursorTime + tenth : this.nextEvent(1)); return true;
        case 'ArrowLeft': this.setCursor(e.shiftKey ? this.cursorTime - tenth : this.nextEvent(-1)); return true;
        case 'Home': this.setCursor(0); return true;
        case 'End': this.setCursor(this.lanes!.end); return true;
        case '+': case '=': this.zoom(1.5); return true;
        case '-': case '_': this.zoom(1 / 1.5); return true;
        case '0': this.fit(); return true;
        case 'ArrowDown': this.scrollBy(LANE_H); return true;
        case 'ArrowUp': this.scrollBy(-LANE_H); return true;
        case 'PageDown': this.scrollBy(this.cssHeight - this.lanesTop - LANE_H); return true;
        case 'PageUp': this.scrollBy(-(this.cssHeight - this.lanesTop - LANE_H)); return true;
        default: return false;
      }
    })();
    if (handled) e.preventDefault();
  }

  // The next distinct event time after (dir 1) or before (dir -1) the cursor.
  private nextEvent(dir: 1 | -1): number {
    const times = this.eventTimes;
    if (!times.length) return this.cursorTime;
    const i = lowerBound(times, this.cursorTime);
    if (dir > 0) return times[times[i] === this.cursorTime ? i + 1 : i] ?? this.lanes!.end;
    return times[i - 1] ?? 0;
  }
}

// The first interval that ends at or after t (intervals are in time order and do not overlap,
// except on worker lanes, where they are sorted by start and never overlap either).
function firstEndingAfter(ivs: readonly StateInterval[], t: number): number {
  let lo = 0;
  let hi = ivs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ivs[mid].end < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(values: readonly number[], t: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function fitText(ctx: CanvasRenderingContext2D, text: string, room: number): string {
  if (ctx.measureText(text).width <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo > 0 ? `${text.slice(0, lo)}…` : '';
}

