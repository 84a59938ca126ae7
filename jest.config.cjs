// Jest runs the Node tests of the wasm modules (tests/node). The browser test has its own runner.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/node'],
  testMatch: ['**/*.test.js'],
  testTimeout: 30000,
};
