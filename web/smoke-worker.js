// Runs the smoke wasm module off the page's thread. Message in: { build: 'st' | 'mt' };
// message out: { ok, build, threads, run, ms, executor } or { ok: false, message }.
self.onmessage = async ({ data }) => {
  const base = new URL(`wasm/${data.build}/`, self.location.href).href;
  const script = base + 'loopscope_smoke.js';
  try {
    importScripts(script);
    const smoke = await self.LoopscopeSmoke({
      locateFile: (file) => base + file,
      // The pthread workers load the module script from here (TOOLCHAIN.md: without it every
      // pthread worker dies in createObjectURL).
      mainScriptUrlOrBlob: script,
    });
    const start = performance.now();
    const run = JSON.parse(smoke.runSmokeScenario());
    const ms = performance.now() - start;
    const executor = JSON.parse(smoke.runExecutorSmoke());
    self.postMessage({ ok: true, build: data.build, threads: smoke.threadsEnabled(), run, ms, executor });
  } catch (error) {
    self.postMessage({ ok: false, message: String((error && error.message) || error) });
  }
};
