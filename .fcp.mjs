import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const u of process.argv.slice(2)) {
  for (let i = 0; i < 2; i++) {
    const c = await b.newContext({ viewport: { width: 412, height: 823 } });
    const p = await c.newPage();
    await p.goto(u, { waitUntil: 'load' });
    await p.waitForTimeout(3000);
    const r = await p.evaluate(() => ({ paint: performance.getEntriesByType('paint').map(e => e.name + ':' + Math.round(e.startTime)), load: Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd) }));
    console.log(u, JSON.stringify(r));
    await c.close();
  }
}
await b.close();
