// The playground page: isolation first (it may reload the page), then the engine worker starts
// loading while the editor (Monaco, the bulk of the page's code) loads beside it.
import './style.css';
import { autosaver, loadSaved } from './editor/autosave';
import type { CodeEditor } from './editor/code-editor';
import { renderGallery } from './examples/gallery';
import { EXAMPLES, exampleById } from './examples/examples';
import { ensureIsolation } from './hosting/isolation';
import { FILENAME, Playground } from './playground';
import { Runner, type RunnerState } from './runner/runner';
import { shareLink } from './share/share-button';
import { decodeHash } from './share/share-link';
import { download } from './settings/downloads';
import { loadSettings, realClockUnavailable, saveSettings, type Clock, type Theme } from './settings/settings';
import { renderLegend } from './timeline/legend';
import { TimelineView } from './timeline/timeline-view';
import { applyTheme, isDark } from './ui/theme';
import { toast } from './ui/toast';

const DEFAULT_EXAMPLE = 's000_02_async_tasks';

function $<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el as T;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// The code and clock the page opens with: a share link, else the autosaved code, else an example.
function initialProgram(store: Storage | null, clock: Clock): { code: string; clock: Clock } {
  const decoded = decodeHash(window.location.hash);
  if (decoded?.ok) return decoded.shared;
  if (decoded && !decoded.ok) toast(`Could not open the shared code: ${decoded.reason}.`, 'warn', 8000);
  return { code: loadSaved(store) ?? exampleById(DEFAULT_EXAMPLE)?.code ?? EXAMPLES[0]?.code ?? '', clock };
}

async function main(): Promise<void> {
  // Monaco, the bulk of the page's code, starts downloading at once, beside everything else.
  const editorModule = import('./editor/code-editor');
  const isolation = await ensureIsolation();
  const isolated = window.crossOriginIsolated === true;
  const runner = new Runner();
  const build = runner.build;
  const status = $('status');
  const runButton = $<HTMLButtonElement>('run');
  const stopButton = $<HTMLButtonElement>('stop');

  const store = storage();
  const settings = loadSettings(store);
  const realReason = realClockUnavailable(isolated, build.threads);
  const program = initialProgram(store, settings.clock);
  settings.clock = realReason ? 'virtual' : program.clock;

  const showState = (state: RunnerState) => {
    status.dataset.state = state;
    document.body.dataset.engine = state;
    const name = build.threads ? 'pthreads engine' : 'single-threaded engine';
    status.textContent = {
      loading: `Loading the ${name}…`,
      ready: `Ready · ${name} · ${settings.clock} clock`,
      running: 'Running… (Stop ends it at once)',
      failed: 'The engine failed to load: see the browser console.',
    }[state];
    runButton.disabled = state === 'failed' || state === 'running' || !editor;
    stopButton.disabled = state !== 'running';
  };
  let editor: CodeEditor | null = null;
  runner.onState = showState;
  showState(runner.state);
  void runner.warm();

  // The editor: Monaco loads as its own chunk, beside the engine.
  const { createCodeEditor } = await editorModule;
  const run = () => void playground.run(editor!.getCode(), settings.clock);
  editor = createCodeEditor($('editor'), program.code, () => {
    if (!playground.running) run();
  }, isDark(settings.theme));
  const save = autosaver(store);
  editor.onChange(() => save(editor!.getCode()));

  const showInternals = $<HTMLInputElement>('show-internals');
  showInternals.checked = settings.showInternals;
  showInternals.addEventListener('change', () => {
    settings.showInternals = showInternals.checked;
    saveSettings(store, settings);
  });
  const timeline = new TimelineView($<HTMLCanvasElement>('timeline'), $('tooltip'));
  const playground = new Playground({
    runner, editor, timeline,
    output: $<HTMLOListElement>('output'),
    exit: $('exit'),
    readout: $('cursor-readout'),
    emptyNote: $('timeline-empty'),
    laneList: $('lane-list'),
    internalsToggle: showInternals,
  });
  const exportTrace = $<HTMLButtonElement>('export-trace');
  playground.onPhase = (phase) => {
    exportTrace.disabled = phase === 'running' || playground.events.length === 0;
    showState(runner.state);
    if (phase !== 'running') runButton.focus({ preventScroll: true });
  };
  showState(runner.state);

  // ---- commands ----
  runButton.addEventListener('click', run);
  stopButton.addEventListener('click', () => playground.stop());
  document.addEventListener('keydown', (e) => {
    // Ctrl/Cmd+Enter runs from anywhere on the page (the editor has its own binding).
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !playground.running && !runButton.disabled) {
      e.preventDefault();
      run();
    }
  });

  $('zoom-in').addEventListener('click', () => timeline.zoom(1.5));
  $('zoom-out').addEventListener('click', () => timeline.zoom(1 / 1.5));
  $('zoom-fit').addEventListener('click', () => timeline.fit());
  const replayButton = $<HTMLButtonElement>('replay');
  replayButton.addEventListener('click', () => playground.toggleReplay());
  const syncReplay = (playing: boolean) => { replayButton.textContent = playing ? '❚❚ Pause' : '▶ Replay'; };
  const tick = playground.replay.onTick;
  playground.replay.onTick = (t, playing) => { tick(t, playing); syncReplay(playing); };
  $<HTMLSelectElement>('replay-speed').addEventListener('change', (e) => {
    playground.replay.speed = Number((e.target as HTMLSelectElement).value);
  });
  $<HTMLInputElement>('show-links').addEventListener('change', (e) => {
    timeline.showLinks = (e.target as HTMLInputElement).checked;
    timeline.invalidate();
  });
  renderLegend($('legend'));

  // ---- examples ----
  const examplesDialog = $<HTMLDialogElement>('examples');
  renderGallery($('gallery'), EXAMPLES, (example) => {
    editor!.setCode(example.code);
    examplesDialog.close();
    toast(`Loaded “${example.title}”. Ctrl+Enter runs it; Ctrl+Z brings your code back.`);
    editor!.focus();
  });
  $('examples-open').addEventListener('click', () => examplesDialog.showModal());

  // ---- share ----
  $('share').addEventListener('click', async () => {
    const outcome = await shareLink({ code: editor!.getCode(), clock: settings.clock });
    document.body.dataset.shared = outcome.url;
    if (outcome.tooLong) {
      toast(`The link is ${outcome.url.length} characters long: some apps cut links that long. ` +
        'Download the .py instead (Settings) if it does not open.', 'warn', 9000);
    } else {
      toast(outcome.copied ? 'Link copied: it opens this code with these settings.' : 'The link is in the address bar (the clipboard was not available).');
    }
  });
  window.addEventListener('hashchange', () => {
    const decoded = decodeHash(window.location.hash);
    if (decoded?.ok && decoded.shared.code !== editor!.getCode()) {
      editor!.setCode(decoded.shared.code);
      setClock(decoded.shared.clock);
    } else if (decoded && !decoded.ok) {
      toast(`Could not open the shared code: ${decoded.reason}.`, 'warn', 8000);
    }
  });

  // ---- settings ----
  const settingsDialog = $<HTMLDialogElement>('settings');
  $('settings-open').addEventListener('click', () => settingsDialog.showModal());
  const clockRadios = [...document.querySelectorAll<HTMLInputElement>('input[name=clock]')];
  const themeRadios = [...document.querySelectorAll<HTMLInputElement>('input[name=theme]')];
  const setClock = (clock: Clock) => {
    settings.clock = realReason ? 'virtual' : clock;
    for (const r of clockRadios) r.checked = r.value === settings.clock;
    saveSettings(store, settings);
    showState(runner.state);
  };
  setClock(settings.clock);
  if (realReason) {
    $<HTMLInputElement>('clock-real').disabled = true;
    const reason = $('clock-real-reason');
    reason.textContent = realReason;
    reason.hidden = false;
  }
  for (const r of clockRadios) r.addEventListener('change', () => setClock(r.value as Clock));
  for (const r of themeRadios) {
    r.checked = r.value === settings.theme;
    r.addEventListener('change', () => {
      settings.theme = r.value as Theme;
      saveSettings(store, settings);
      reapplyTheme();
    });
  }
  const reapplyTheme = applyTheme(() => settings.theme, (dark) => {
    editor?.setTheme(dark);
    timeline.restyle();
    renderLegend($('legend'));
  });
  exportTrace.addEventListener('click', async () => {
    try {
      const json = await runner.chromeTrace(playground.events);
      download('loopscope-trace.json', json, 'application/json');
      toast('Trace saved: open it in ui.perfetto.dev or chrome://tracing.');
    } catch (error) {
      toast(`Could not export the trace: ${(error as Error).message}`, 'warn');
    }
  });
  $('download-py').addEventListener('click', () => download(FILENAME, editor!.getCode(), 'text/x-python'));
  // For automation (the page's tests, the benchmark): read and replace the program.
  (window as unknown as { loopscope: object }).loopscope = {
    getCode: () => editor!.getCode(),
    setCode: (code: string) => editor!.setCode(code),
    markers: () => editor!.markers(),
    events: () => playground.events, // the run's trace events received so far
  };
  $('engine-info').textContent = `${build.reason} ` +
    (isolation.isolated ? `Isolated through ${isolation.via}.` : `Not isolated: ${isolation.reason}.`);
  // Every control is wired: with data-engine=ready, the page is interactive (the benchmark
  // reads the mark).
  document.body.dataset.page = 'ready';
  void runner.warm().then((ok) => {
    if (ok) performance.mark('loopscope:interactive');
  });
}

main().catch((error) => {
  const status = document.getElementById('status');
  if (status) {
    status.dataset.state = 'failed';
    status.textContent = `The page failed to start: ${(error as Error).message}`;
  }
  console.error(error);
});
