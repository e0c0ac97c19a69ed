import { openHarness } from '/work/main/tests/helpers/browser.ts';
import { pageKindUrls } from '/work/main/tests/helpers/page-kinds.ts';
const site = await openHarness();
for (const width of [1280, 390]) {
const page = await site.browser.newPage({ viewport: { width, height: 900 }, colorScheme: 'light' });
let tot=0, totShot=0;
for (const { kind, locale, url } of pageKindUrls()) {
  const t0 = Date.now();
  await page.goto(site.base + url);
  const t1 = Date.now();
  await page.screenshot({ path: `/tmp/s.png`, fullPage: true });
  const t2 = Date.now();
  await page.screenshot({ path: `/tmp/s.jpg`, fullPage: true, type: 'jpeg', quality: 80 });
  const t3 = Date.now();
  tot += t1-t0; totShot += t2-t1;
  if (t2-t1 > 1500) console.log(width, kind, locale, 'goto', t1-t0, 'png', t2-t1, 'jpg', t3-t2);
}
console.log(width, 'goto total', tot, 'png total', totShot);
await page.close();
}
await site.close();
