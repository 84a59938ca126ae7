import { chromium } from 'playwright-core';
import lz from 'lz-string';
import { startServer } from '/work/wt/page/scripts/serve.mjs';
const server = await startServer({ port: 0, isolate: true });
const base = `http://localhost:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
for (const n of [100000, 100000]) {
  const code = `for i in range(${n}):\n    print("line", i)\n`;
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 860 } })).newPage();
  await page.goto(base + '#v1/' + lz.compressToEncodedURIComponent(JSON.stringify({ code, clock: 'virtual' })));
  await page.waitForSelector('body[data-engine=ready][data-page=ready]', { timeout: 60000 });
  const t0 = Date.now();
  await page.click('#run');
  await page.waitForSelector('body[data-run=running], body[data-run=done]');
  await page.waitForSelector('body:not([data-run=running])', { timeout: 120000 });
  console.log(n, Date.now() - t0, 'ms total; pane', await page.evaluate(() => [Math.round(window.__paneMs), window.__paneN]));
}
await browser.close(); server.close();
