// A run's output as lines, each with the moment its first character was written. Writes are
// split at newlines; a line written in pieces keeps the stamp of its first piece, and stdout
// and stderr lines never merge.
import type { OutputChunk } from '../runner/run-record';

export interface OutputLine {
  text: string;
  isStderr: boolean;
  // The write the line began in: its stamp (eventIndex, source line, task) may still improve
  // when its output event arrives in a later batch (see RunRecord).
  chunk: OutputChunk;
}

export class OutputLines {
  readonly lines: OutputLine[] = [];
  private open: OutputLine | null = null; // the last line, still without its newline

  // Returns the index of the first line that holds part of this write.
  add(chunk: OutputChunk): number {
    let first = -1;
    const pieces = chunk.text.split('\n');
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      if (last && piece === '') return; // the text ended with a newline
      if (this.open && this.open.isStderr === chunk.isStderr) {
        this.open.text += piece;
      } else {
        this.open = { text: piece, isStderr: chunk.isStderr, chunk };
        this.lines.push(this.open);
      }
      if (first < 0) first = this.lines.length - 1;
      if (!last) this.open = null;
    });
    return first < 0 ? Math.max(0, this.lines.length - 1) : first;
  }
}
