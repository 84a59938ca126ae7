// The page's settings, kept in localStorage: the clock the next run uses, the theme, and whether
// the timeline shows asyncio.run's own clean-up tasks.
export type Clock = 'virtual' | 'real';
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  clock: Clock;
  theme: Theme;
  showInternals: boolean;
}

const KEY = 'loopscope.settings'; // also read by index.html's theme script
export const DEFAULTS: Settings = { clock: 'virtual', theme: 'system', showInternals: false };

export function loadSettings(storage: Storage | null): Settings {
  try {
    const raw = JSON.parse(storage?.getItem(KEY) ?? '{}') as Partial<Settings>;
    return {
      clock: raw.clock === 'real' ? 'real' : 'virtual',
      theme: raw.theme === 'light' || raw.theme === 'dark' ? raw.theme : 'system',
      showInternals: raw.showInternals === true,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

export function saveSettings(storage: Storage | null, settings: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(settings));
  } catch {
    // storage disabled: settings last for this visit
  }
}

// Why the real clock cannot run here, or null when it can. It needs the pthreads build, which
// needs SharedArrayBuffer, which needs cross-origin isolation.
export function realClockUnavailable(isolated: boolean, hasThreads: boolean): string | null {
  if (!isolated) {
    return 'The real clock needs threads, and threads need a cross-origin isolated page ' +
      '(COOP/COEP headers, or the service-worker shim where the host allows it). This page is not isolated.';
  }
  if (!hasThreads) return 'The real clock needs the pthreads engine, which this site does not ship.';
  return null;
}
