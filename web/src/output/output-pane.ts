// The output pane: one row per line, stdout and stderr told apart (colour, a "!" mark and the
// screen-reader text), each stamped with its time. The timeline's cursor dims what was written
// after it; during a replay those lines are hidden. Selecting a line moves the cursor to it.
// Past MAX_ROWS lines the pane says how many more there are instead of growing the page
// without end (the whole output is still kept, and the timeline marks every write).
import type { OutputLine } from './output-lines';

export interface PaneTime {
  of(line: OutputLine): number; // the line's time on the timeline's axis
  format(t: number): string;
}

export const MAX_ROWS = 5000;

export class OutputPane {
  private rows: HTMLLIElement[] = [];
  private lines: readonly OutputLine[] = [];
  private cursor = Infinity;
  private hideLater = false;
  private note: HTMLLIElement | null = null;
  onPick: (line: OutputLine) => void = () => {};

  constructor(private readonly list: HTMLOListElement, private readonly time: PaneTime) {
    list.addEventListener('click', (event) => {
      const row = (event.target as HTMLElement).closest('li');
      const index = row ? this.rows.indexOf(row as HTMLLIElement) : -1;
      if (index >= 0) this.onPick(this.lines[index]);
    });
    list.addEventListener('keydown', (event) => this.onKey(event));
  }

  clear(): void {
    this.list.replaceChildren();
    this.rows = [];
    this.lines = [];
    this.note = null;
    this.cursor = Infinity;
  }

  // Writes every row's time again (the lanes, and so the axis, were rebuilt).
  restamp(): void {
    this.rows.forEach((row, i) => this.stamp(row, this.lines[i]));
  }

  // Renders lines[from..] again (the last one may have grown) and adds the new ones.
  update(lines: readonly OutputLine[], from: number): void {
    this.lines = lines;
    const stick = this.list.scrollTop + this.list.clientHeight >= this.list.scrollHeight - 4;
    const shown = Math.min(lines.length, MAX_ROWS);
    for (let i = Math.min(from, this.rows.length); i < shown; i++) {
      let row = this.rows[i];
      if (!row) {
        row = document.createElement('li');
        row.tabIndex = -1;
        row.append(span('time'), span('stream'), span('text'));
        this.rows.push(row);
        this.list.insertBefore(row, this.note);
      }
      const line = lines[i];
      row.className = line.isStderr ? 'stderr' : 'stdout';
      (row.children[1] as HTMLElement).setAttribute('aria-label', line.isStderr ? 'stderr' : 'stdout');
      row.children[2].textContent = line.text;
      this.stamp(row, line);
      this.place(row, line);
    }
    if (lines.length > MAX_ROWS) this.setNote(`… and ${lines.length - MAX_ROWS} more lines (the pane shows the first ${MAX_ROWS}).`);
    if (stick) this.list.scrollTop = this.list.scrollHeight;
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
      this.place(row, this.lines[i]);
      if (this.time.of(this.lines[i]) <= t) current = i;
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
      this.onPick(this.lines[focused]);
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
