// Manual look: node tests/e2e/explore.mjs dist OUT url1 url2 ...
import path from 'node:path';
import { serve, launch, watchedPage } from './harness.mjs';
const [dist, out, width, ...urls] = process.argv.slice(2);
const server = await serve(dist);
const origin = `http://127.0.0.1:${server.address().port}`;
const ctx = await launch();
let i = 0;
for (const u of urls) {
  const { page, problems } = await watchedPage(ctx, origin);
  await page.setViewportSize({ width: Number(width), height: 900 });
  await page.goto(origin + u);
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(out, `${i++}.png`), fullPage: true });
  if (problems.length) console.log(u, problems);
  await page.close();
}
await ctx.close(); server.close();
