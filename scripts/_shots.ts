import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';
const server = await serveStatic('dist');
const browser = await launchChromium();
const [step, ...sizes] = process.argv.slice(2);
for (const s of sizes) {
  const [w, h] = s.split('x').map(Number);
  const ctx = await browser.newContext({ viewport: { width: w!, height: h! }, reducedMotion: 'reduce' });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/${step}`, { waitUntil: 'load' });
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `/tmp/shots/y-${step!.replace(/[^a-z0-9]+/gi, '_')}-${s}.png` });
  await ctx.close();
}
await browser.close();
await server.close();
