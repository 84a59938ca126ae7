// Which engine build the page loads: the pthreads one where the page is cross-origin isolated
// (SharedArrayBuffer) and the site ships it, else the single-threaded one. The builds the site
// ships are fixed when it is built (web/vite.config.ts defines __ENGINE_BUILDS__).
export type BuildName = 'st' | 'mt';

export interface EngineBuild {
  name: BuildName;
  scriptUrl: string; // absolute URL of loopscope_engine.js
  threads: boolean;
  why: string; // one sentence for the settings panel
}

export const ENGINE_SCRIPT = 'loopscope_engine.js';

export function chooseBuild(available: readonly BuildName[], isolated: boolean, baseUrl: string): EngineBuild {
  const url = (name: BuildName) => new URL(`engine/${name}/${ENGINE_SCRIPT}`, baseUrl).href;
  if (isolated && available.includes('mt')) {
    return { name: 'mt', scriptUrl: url('mt'), threads: true, why: 'The page is cross-origin isolated: the pthreads build runs.' };
  }
  const why = isolated
    ? 'This site ships only the single-threaded build.'
    : 'The page is not cross-origin isolated (no COOP/COEP headers): the single-threaded build runs.';
  return { name: 'st', scriptUrl: url('st'), threads: false, why };
}

declare const __ENGINE_BUILDS__: BuildName[];
export const SITE_BUILDS: readonly BuildName[] = __ENGINE_BUILDS__;
