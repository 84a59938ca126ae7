// The output pane: one row per line, stdout and stderr told apart (colour, a "!" mark and the
// screen-reader text), each stamped with its time. The timeline's cursor dims what was written
// after it; during a replay those lines are hidden. Selecting a line moves the cursor to it.
// A long output keeps HEAD_ROWS rows from its beginning and TAIL_ROWS from its end, with one row
// between saying how many lines it hides, so the ending of a long program is always visible and
// the page stays fast at 100k lines (the whole output is still kept, and the timeline marks
// every write). As lines stream in, the oldest tail rows leave and new ones join: each update
// touches only the rows that changed.
import type { OutputLine } from './output-lines';

export interface PaneTime {
  of(line: OutputLine): number; // the line's time on the timeline's axis
  format(t: number): string;
}

export const HEAD_ROWS = 2500;
export const TAIL_ROWS = 2500;
// While a run streams, the tail moves at most this often (moving it relays the list out).
const TAIL_EVERY_MS = 250;

export class OutputPane {
  private rows: HTMLLIElement[] = []; // in the list's order
  private rowLine: number[] = []; // the index in `lines` each row shows
  private lines: readonly OutputLine[] = [];
  private cursor = Infinity;
  private hideLater = false;
  private note: HTMLLIElement | null = null;
  private gap: HTMLLIElement | null = null; // "… N lines hidden …" between head and tail
  private tailAt = -Infinity; // when the tail last moved (ms)
  private pendingFrom = Infinity; // the first line a skipped update would have rendered again
  onPick: (line: OutputLine) => void = () => {};

  constructor(private readonly list: HTMLOListElement, private readonly time: PaneTime) {
    list.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest('li');
      const index = row ? this.rows.indexOf(row as HTMLLIElement) : -1;
      if (index >= 0) this.onPick(this.lines[this.rowLine[index]]);
    });
    list.addEventListener('keydown', (event) => this.onKey(event));
  }

  clear(): void {
    this.list.replaceChildren();
    this.rows = [];
    this.rowLine = [];
    this.lines = [];
    this.note = null;
    this.gap = null;
    this.tailAt = -Infinity;
    this.pendingFrom = Infinity;
    this.cursor = Infinity;
  }

  // Writes every row's time again (the lanes, and so the axis, were rebuilt).
  restamp(): void {
    this.rows.forEach((row, i) => this.stamp(row, this.lines[this.rowLine[i]]));
  }

  // Shows the head and tail of `lines`: renders lines[from..] again (the last one may have
  // grown) and adds the new ones. `settle`: false while the run streams, when a tail that moved
  // less than TAIL_EVERY_MS ago waits for a later update.
  update(lines: readonly OutputLine[], from: number, settle = true): void {
    this.lines = lines;
    from = Math.min(from, this.pendingFrom);
    const now = performance.now();
    if (!settle && lines.length > HEAD_ROWS + TAIL_ROWS && this.rows.length >= HEAD_ROWS && now - this.tailAt < TAIL_EVERY_MS) {
      this.pendingFrom = from;
      return;
    }
    this.pendingFrom = Infinity;
    if (lines.length > HEAD_ROWS + TAIL_ROWS) this.tailAt = now;
    const stick = this.list.scrollTop + this.list.clientHeight >= this.list.scrollHeight - 4;
    const tailStart = Math.max(HEAD_ROWS, lines.length - TAIL_ROWS); // first line of the tail
    // Tail rows that fell out of the window leave (they are the oldest, right after the head).
    let drop = 0;
    while (HEAD_ROWS + drop < this.rows.length && this.rowLine[HEAD_ROWS + drop] < tailStart) drop++;
    if (drop) {
      for (const row of this.rows.splice(HEAD_ROWS, drop)) row.remove();
      this.rowLine.splice(HEAD_ROWS, drop);
    }
    // Rows still shown whose line may have changed, then rows for the new lines.
    for (let r = 0; r < this.rows.length; r++) if (this.rowLine[r] >= from) this.render(this.rows[r], lines[this.rowLine[r]]);
    const next = this.rowLine.length ? this.rowLine[this.rowLine.length - 1] + 1 : 0;
    for (let i = next; i < lines.length; i++) {
      if (i >= HEAD_ROWS && i < tailStart) i = tailStart;
      const row = document.createElement('li');
      row.tabIndex = -1;
      row.append(span('time'), span('stream'), span('text'));
      this.rows.push(row);
      this.rowLine.push(i);
      this.list.insertBefore(row, this.note);
      this.render(row, lines[i]);
    }
    this.placeGap(tailStart - HEAD_ROWS);
    if (stick) this.list.scrollTop = this.list.scrollHeight;
  }

  private render(row: HTMLLIElement, line: OutputLine): void {
    row.className = line.isStderr ? 'stderr' : 'stdout';
    (row.children[1] as HTMLElement).setAttribute('aria-label', line.isStderr ? 'stderr' : 'stdout');
    row.children[2].textContent = line.text;
    this.stamp(row, line);
    this.place(row, line);
  }

  private placeGap(hidden: number): void {
    if (hidden <= 0) return;
    if (!this.gap) {
      this.gap = document.createElement('li');
      this.gap.className = 'gap';
    }
    this.gap.textContent = `… ${hidden.toLocaleString('en-US')} lines hidden (the pane shows the first ${HEAD_ROWS.toLocaleString('en-US')} and the last ${TAIL_ROWS.toLocaleString('en-US')}) …`;
    const firstTail = this.rows[HEAD_ROWS];
    if (this.gap.nextSibling !== firstTail) this.list.insertBefore(this.gap, firstTail);
  }

  // A closing remark under the output ("stopped", "exit status 1").
  setNote(text: string): void {
    if (!this.note) {
      this.note = document.createElement('li');
      this.note.className = 'note';
      this.list.append(this.note);
    }
    this.note.textContent = text;
  }

  setCursor(t: number, hideLater = false): void {
    this.cursor = t;
    this.hideLater = hideLater;
    let current = -1;
    this.rows.forEach((row, i) => {
      const line = this.lines[this.rowLine[i]];
      this.place(row, line);
      if (this.time.of(line) <= t) current = i;
    });
    this.rows.forEach((row, i) => row.classList.toggle('current', i === current && t !== Infinity));
    const row = this.rows[current];
    if (row && t !== Infinity) row.scrollIntoView({ block: 'nearest' });
  }

  private stamp(row: HTMLLIElement, line: OutputLine): void {
    row.children[0].textContent = this.time.format(this.time.of(line));
  }

  private place(row: HTMLLIElement, line: OutputLine): void {
    const later = this.time.of(line) > this.cursor;
    row.classList.toggle('later', later && !this.hideLater);
    row.classList.toggle('replay-hidden', later && this.hideLater);
  }

  // Up/Down walk the lines, Enter picks one (the same as a click).
  private onKey(event: KeyboardEvent): void {
    if (!this.rows.length) return;
    const focused = this.rows.indexOf(document.activeElement as HTMLLIElement);
    let next = focused;
    if (event.key === 'ArrowDown') next = Math.min(this.rows.length - 1, focused + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, focused - 1);
    else if (event.key === 'Enter' && focused >= 0) {
      this.onPick(this.lines[this.rowLine[focused]]);
      return;
    } else return;
    event.preventDefault();
    this.rows[next].focus();
  }
}

function span(className: string): HTMLSpanElement {
  const s = document.createElement('span');
  s.className = className;
  return s;
}
