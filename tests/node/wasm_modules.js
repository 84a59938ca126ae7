// Loads the built wasm modules (build/<preset>/wasm/) in Node; tests fail, not skip, when a
// build is missing: `npm test` builds them first.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const BUILDS = { st: 'wasm', mt: 'wasm-mt' };

async function loadSmoke(build) {
  const file = path.join(ROOT, 'build', BUILDS[build], 'wasm', 'loopscope_smoke.js');
  if (!fs.existsSync(file)) {
    throw new Error(`${file} is not built: cmake --preset ${BUILDS[build]} && cmake --build --preset ${BUILDS[build]}`);
  }
  const factory = require(file);
  return factory();
}

module.exports = { loadSmoke };
