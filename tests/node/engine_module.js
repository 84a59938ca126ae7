// Whether the JS API's wasm engine (build/wasm/wasm/loopscope_engine.js) is built. `npm test`
// builds it before Jest runs, so the tests only skip (saying why) in a checkout never built.
const fs = require('fs');
const { DEFAULT_ENGINE } = require('../../js/engine_path');

const engineBuilt = fs.existsSync(DEFAULT_ENGINE);
if (!engineBuilt) {
  console.warn(`SKIPPED: ${DEFAULT_ENGINE} is not built: cmake --preset wasm && cmake --build --preset wasm --target loopscope_engine`);
}
// describe, or describe.skip when the engine is missing.
const describeEngine = engineBuilt ? describe : describe.skip;

module.exports = { engineBuilt, describeEngine };
