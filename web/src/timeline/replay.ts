// Replay: the cursor moves through the run at an adjustable speed and the output pane shows
// only what was written so far (as the Go playground plays back output). On the time axis 1×
// is real time; on the step axis 1× is four steps a second.
export class Replay {
  private frame = 0;
  private last = 0;
  speed = 1;
  onTick: (t: number, playing: boolean) => void = () => {};

  get playing(): boolean {
    return this.frame !== 0;
  }

  start(from: number, end: number, bySteps: boolean): void {
    this.stop();
    let t = from >= end ? 0 : from;
    const perMs = bySteps ? 0.004 : 1e6; // axis units per wall millisecond at 1×
    this.last = performance.now();
    const tick = (now: number) => {
      t = Math.min(end, t + (now - this.last) * perMs * this.speed);
      this.last = now;
      const more = t < end;
      this.frame = more ? requestAnimationFrame(tick) : 0;
      this.onTick(t, more);
    };
    this.frame = requestAnimationFrame(tick);
    this.onTick(t, true);
  }

  stop(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}
