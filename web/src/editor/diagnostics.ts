// Where a run's stderr points into the program: tracebacks, syntax errors and warnings, as
// CPython prints them, turned into editor markers on their lines. Pure, so it can be checked
// without an editor.
export interface Diagnostic {
  line: number; // 1-based
  column: number; // 1-based; 1 when unknown
  endColumn: number; // exclusive; 0 = to the end of the line
  message: string;
  severity: 'error' | 'warning';
}

const FRAME = /^[\s|+-]*File "([^"]*)", line (\d+)/;
const CARET = /^(\s*)(\^+|~*\^+~*)\s*$/;
// The exception line ends a traceback: at column 0, or after an exception group's "| ".
const GROUP_PREFIX = /^[ ]*\| /;
const EXCEPTION = /^([A-Za-z_][\w.]*)(?::\s?(.*))?$/;
const WARNING = /^(.+?):(\d+): (\w*Warning): (.*)$/;
const NOT_EXCEPTIONS = new Set(['Traceback', 'During', 'The']);

export function parseDiagnostics(stderr: string, source: string, filename = 'main.py'): Diagnostic[] {
  const sourceLines = source.split('\n');
  const out: Diagnostic[] = [];
  let frame: { line: number; column: number; endColumn: number } | null = null;
  let shownSource: string | null = null; // the source line the traceback printed under the frame
  let ours = false; // the last frame line named the program's file
  for (const text of stderr.split('\n')) {
    const frameMatch = FRAME.exec(text);
    if (frameMatch) {
      // The deepest frame in the program is where the marker goes; library frames under it
      // (asyncio's own code) leave it in place.
      ours = frameMatch[1] === filename;
      if (ours) frame = { line: Number(frameMatch[2]), column: 1, endColumn: 0 };
      shownSource = null;
      continue;
    }
    const warning = WARNING.exec(text);
    if (warning && warning[1] === filename) {
      out.push({ line: Number(warning[2]), column: 1, endColumn: 0, message: `${warning[3]}: ${warning[4]}`, severity: 'warning' });
      continue;
    }
    if (!frame) continue;
    const caret = CARET.exec(text);
    if (caret) {
      if (ours && shownSource !== null) {
        frame.column = caretColumn(shownSource, sourceLines[frame.line - 1] ?? '', caret[1].length);
        frame.endColumn = frame.column + caret[2].length;
      }
      continue;
    }
    const body = text.replace(GROUP_PREFIX, '');
    const exception = /^\S/.test(body) ? EXCEPTION.exec(body) : null;
    if (exception && !NOT_EXCEPTIONS.has(exception[1])) {
      out.push({ line: frame.line, column: frame.column, endColumn: frame.endColumn, message: body, severity: 'error' });
      frame = null;
      ours = false;
      continue;
    }
    if (shownSource === null && /^\s{4}/.test(text)) shownSource = text;
  }
  return merge(out);
}

// The caret sits under the printed line, which CPython strips and indents by four spaces: map
// it back to a column of the real line.
function caretColumn(shown: string, real: string, caretAt: number): number {
  const shownIndent = shown.length - shown.trimStart().length;
  const realIndent = real.length - real.trimStart().length;
  return Math.max(1, realIndent + (caretAt - shownIndent) + 1);
}

// One marker per line and message (a task's traceback can be printed twice).
function merge(list: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.line}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
