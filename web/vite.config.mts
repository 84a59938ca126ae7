// The playground page as a static site: `npm run build:web` writes build/site/, with the
// engine (build/wasm*/wasm/loopscope_engine.*) copied under engine/st/ (single-threaded) and
// engine/mt/ (pthreads, when built). The site works from any folder of any static host.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const ENGINE_DIRS = { st: join(ROOT, 'build/wasm/wasm'), mt: join(ROOT, 'build/wasm-mt/wasm') };

// The engine's files in one build directory: loopscope_engine.js, .wasm and, for pthreads,
// .worker.js.
function engineFiles(dir: string): string[] {
  if (!existsSync(join(dir, 'loopscope_engine.js'))) return [];
  return readdirSync(dir).filter((f) => /^loopscope_engine\.(js|wasm|worker\.js)$/.test(f));
}

function engineBuilds(): string[] {
  const builds = Object.entries(ENGINE_DIRS).filter(([, dir]) => engineFiles(dir).length > 0).map(([name]) => name);
  if (!builds.includes('st')) {
    throw new Error(`the single-threaded engine is not built (${ENGINE_DIRS.st}/loopscope_engine.js): ` +
      'run `cmake --preset wasm && cmake --build --preset wasm --target loopscope_engine`');
  }
  return builds;
}

// Copies the engine builds into the site as they are (Emscripten's loader finds the .wasm
// beside its script through locateFile).
function engine(builds: string[]): Plugin {
  return {
    name: 'loopscope-engine',
    apply: 'build',
    generateBundle() {
      for (const name of builds) {
        const dir = ENGINE_DIRS[name as keyof typeof ENGINE_DIRS];
        for (const file of engineFiles(dir)) {
          this.emitFile({ type: 'asset', fileName: `engine/${name}/${file}`, source: readFileSync(join(dir, file)) });
        }
      }
    },
  };
}

export default defineConfig(() => {
  const builds = engineBuilds();
  return {
    root: import.meta.dirname,
    base: './',
    publicDir: 'public',
    define: { __ENGINE_BUILDS__: JSON.stringify(builds) },
    build: {
      outDir: join(ROOT, 'build/site'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000, // Monaco is one big chunk, loaded after the page shows
      reportCompressedSize: false,
      // The worker bundles (Monaco's) take a second: no timing report on every build.
      rolldownOptions: { checks: { pluginTimings: false } },
    },
    // The engine worker is a classic script: it loads Emscripten's module with importScripts.
    worker: { format: 'iife' as const },
    plugins: [engine(builds)],
  };
});
