// The program's editor: Monaco with Python, Ctrl/Cmd+Enter to run, markers from the run's
// diagnostics, and a highlight of the source line the timeline's cursor points at.
import { monaco } from './monaco';
import type { Diagnostic } from './diagnostics';

export interface CodeEditor {
  getCode(): string;
  setCode(code: string): void; // undoable (Ctrl+Z brings the previous code back)
  setDiagnostics(list: readonly Diagnostic[]): void;
  highlightLine(line: number): void; // 0: none
  revealLine(line: number): void;
  setTheme(dark: boolean): void;
  onChange(listener: () => void): void;
  markers(): { line: number; column: number; message: string; severity: 'error' | 'warning' }[];
  focus(): void;
}

const MARKER_OWNER = 'loopscope';

export function createCodeEditor(container: HTMLElement, code: string, onRun: () => void, dark: boolean): CodeEditor {
  const editor = monaco.editor.create(container, {
    value: code,
    language: 'python',
    theme: dark ? 'vs-dark' : 'vs',
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'line',
    fixedOverflowWidgets: true,
    ariaLabel: 'Python program. Ctrl+Enter runs it. Press Ctrl+M to toggle Tab moving focus.',
  });
  editor.addAction({
    id: 'loopscope.run',
    label: 'Run the program',
    keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
    run: () => onRun(),
  });
  const highlight = editor.createDecorationsCollection();
  const model = editor.getModel()!;

  return {
    getCode: () => editor.getValue(),
    setCode(next) {
      editor.pushUndoStop();
      editor.executeEdits('loopscope', [{ range: model.getFullModelRange(), text: next }]);
      editor.pushUndoStop();
      editor.setPosition({ lineNumber: 1, column: 1 });
      editor.revealLine(1);
    },
    setDiagnostics(list) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, list.map((d) => {
        const line = Math.min(Math.max(d.line, 1), model.getLineCount());
        return {
          severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
          message: d.message,
          startLineNumber: line,
          startColumn: d.column,
          endLineNumber: line,
          endColumn: d.endColumn > d.column ? d.endColumn : model.getLineMaxColumn(line),
        };
      }));
    },
    highlightLine(line) {
      if (line < 1 || line > model.getLineCount()) {
        highlight.clear();
        return;
      }
      highlight.set([{ range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'source-highlight' } }]);
    },
    revealLine(line) {
      if (line >= 1) editor.revealLineInCenterIfOutsideViewport(line);
    },
    setTheme(isDark) {
      monaco.editor.setTheme(isDark ? 'vs-dark' : 'vs');
    },
    onChange(listener) {
      model.onDidChangeContent(() => listener());
    },
    focus: () => editor.focus(),
    markers: () => monaco.editor.getModelMarkers({ owner: MARKER_OWNER }).map((m) => ({
      line: m.startLineNumber,
      column: m.startColumn,
      message: m.message,
      severity: m.severity === monaco.MarkerSeverity.Error ? 'error' as const : 'warning' as const,
    })),
  };
}
