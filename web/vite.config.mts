// The playground page as a static site: `npm run build:web` writes build/site/. The page runs
// programs through the npm package's browser entry (`loopscope`, js/browser/index.mjs), whose
// engine files Vite copies from build/wasm*/wasm/ as it finds them (`new URL(…, import.meta.url)`);
// here they are only given stable names: engine/st/ (single-threaded), engine/mt/ (pthreads).
// The site works from any folder of any static host.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const ENGINE_DIRS = { st: join(ROOT, 'build/wasm/wasm'), mt: join(ROOT, 'build/wasm-mt/wasm') };

// Both builds ship: a missing one would leave the page a URL that answers 404.
function checkEngines(): void {
  for (const [name, dir] of Object.entries(ENGINE_DIRS)) {
    const preset = name === 'st' ? 'wasm' : 'wasm-mt';
    if (!existsSync(join(dir, 'loopscope_engine.wasm'))) {
      throw new Error(`the ${name === 'st' ? 'single-threaded' : 'pthreads'} engine is not built (${dir}/loopscope_engine.wasm): ` +
        `run \`cmake --preset ${preset} && cmake --build --preset ${preset} --target loopscope_engine\``);
    }
  }
}

// engine/<build>/<file> for the engine's files, by the build directory they come from (the
// names Vite gives are relative to web/).
function assetFileName({ originalFileNames }: { originalFileNames: readonly string[] }): string {
  for (const original of originalFileNames) {
    for (const [name, dir] of Object.entries(ENGINE_DIRS)) {
      const file = resolve(import.meta.dirname, original);
      if (file.startsWith(`${dir}/`)) return `engine/${name}/[name][extname]`;
    }
  }
  return 'assets/[name]-[hash][extname]';
}

export default defineConfig(() => {
  checkEngines();
  return {
    root: import.meta.dirname,
    base: './',
    publicDir: 'public',
    build: {
      outDir: join(ROOT, 'build/site'),
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 4000, // Monaco is one big chunk, loaded after the page shows
      reportCompressedSize: false,
      // The worker bundles (Monaco's) take a second: no timing report on every build.
      rolldownOptions: { checks: { pluginTimings: false }, output: { assetFileNames: assetFileName } },
    },
  };
});
