// The page shell in Debian's Chromium (node --test tests/browser/): served by scripts/serve.mjs
// with COOP/COEP, it is cross-origin isolated and runs the smoke scenario on the pthreads build
// in a Web Worker. Leaves a screenshot in test-artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Playwright adds --headless and a fresh temporary profile itself.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser;
const servers = [];

// A server on a free port; its page URL.
async function serve(options) {
  const server = await startServer({ port: 0, ...options });
  servers.push(server);
  return `http://localhost:${server.address().port}/`;
}

before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

// Opens the page, clicks Run and waits for the outcome; returns the page and the status.
async function runShell(url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  const response = await page.goto(url);
  assert.equal(response.status(), 200);
  assert.equal(await page.title(), 'Loopscope — see how async code really runs');
  await page.click('#run-smoke');
  const status = page.locator('#smoke-status[data-build], #smoke-status.warn');
  await status.waitFor({ timeout: 20000 });
  return { page, response, status, problems };
}

test('isolated: the shell runs the smoke scenario on the pthreads build', async () => {
  const { page, response, status, problems } = await runShell(await serve({}));
  assert.equal(response.headers()['cross-origin-opener-policy'], 'same-origin');
  assert.equal(response.headers()['cross-origin-embedder-policy'], 'require-corp');
  assert.equal(await page.evaluate(() => globalThis.crossOriginIsolated), true);
  assert.equal(await page.getAttribute('#isolation', 'data-isolated'), 'true');

  assert.equal(await status.getAttribute('data-build'), 'mt', await status.textContent());
  assert.equal(await status.getAttribute('data-threads'), 'true');
  assert.equal(await status.getAttribute('data-executor'), 'worker-thread');
  const events = Number(await status.getAttribute('data-events'));
  assert.ok(events > 10);
  assert.equal(await page.locator('#events tbody tr').count(), events);
  assert.equal(await page.locator('#lanes .lane').count(), 3);

  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}shell.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test('not isolated: the shell falls back to the single-threaded build', async () => {
  const { page, status, problems } = await runShell(await serve({ isolate: false }));
  assert.equal(await page.evaluate(() => globalThis.crossOriginIsolated), false);
  assert.equal(await page.getAttribute('#isolation', 'data-isolated'), 'false');
  assert.equal(await status.getAttribute('data-build'), 'st', await status.textContent());
  assert.equal(await status.getAttribute('data-threads'), 'false');
  assert.equal(await status.getAttribute('data-executor'), 'loop-thread');
  assert.deepEqual(problems, []);
  await page.close();
});
