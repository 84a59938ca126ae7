// The visible time window of the timeline and the pixel mapping: zoom about a point, pan,
// fit. Times are on the lanes' axis (ns from the first event, or steps).
export class Viewport {
  start = 0;
  span = 1;
  end = 1; // the run's end: panning stops a little past it
  width = 1; // pixels of the time area
  private widest = 1.5; // zooming out stops here

  toX(t: number): number {
    return ((t - this.start) / this.span) * this.width;
  }

  toTime(x: number): number {
    return this.start + (x / this.width) * this.span;
  }

  // The whole run, with a small margin at the right so the last instant shows; a run that
  // took no time at all gets a millisecond's window (1e6 on the ns axis).
  fit(end: number): void {
    this.end = Math.max(end, 1e-9);
    this.start = 0;
    this.span = end > 0 ? end * 1.04 : 1e6;
    this.widest = this.span * 1.5;
  }

  // Zoom by `factor` (>1 zooms in) keeping the time under pixel x in place.
  zoomAt(x: number, factor: number): void {
    const t = this.toTime(x);
    const minSpan = this.minSpan();
    const maxSpan = Math.max(this.widest, this.end * 1.5 + minSpan);
    this.span = Math.min(maxSpan, Math.max(minSpan, this.span / factor));
    this.start = t - (x / this.width) * this.span;
    this.clamp();
  }

  panBy(dx: number): void {
    this.start -= (dx / this.width) * this.span;
    this.clamp();
  }

  // Keeps time t in view, moving the window as little as possible.
  show(t: number): void {
    if (t < this.start) this.start = t - this.span * 0.05;
    else if (t > this.start + this.span) this.start = t - this.span * 0.95;
    this.clamp();
  }

  private minSpan(): number {
    return Math.max(this.end * 1e-6, 1e-3); // 1 ps on the ns axis is past any use
  }

  private clamp(): void {
    const margin = this.span * 0.5;
    this.start = Math.min(Math.max(this.start, -margin), this.end + margin - this.span);
  }
}
