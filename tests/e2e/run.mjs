// Tartip end-to-end tests: the release build in real Chromium.
//   node tests/e2e/run.mjs [dist] [screenshot dir]
import path from 'node:path';
import { runAll, expectEqual } from './harness.mjs';

const LOST = '/service/kg-driving-licence-issue/replace-lost';

const docIds = (page) => page.$$eval('#documents li.document', (els) => els.map((e) => e.dataset.id));

await runAll([
  ['a citizen plans the replacement of a lost licence', async ({ page, origin, shots }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${origin}/`);
    await page.getByRole('link', { name: /Issue of a driving licence/ }).click();
    await page.getByRole('link', { name: 'Replacing a lost licence' }).click();
    await page.waitForSelector('#submitted');
    await page.fill('#submitted', '2025-03-19');
    // Wed 19.03.2025 + 4 working days (002 l. 27): 20.03 (1), 21.03 Nooruz, 22–23.03
    // weekend, 24.03 (2), 25.03 (3), 26.03 (4).
    await page.waitForFunction(() => document.querySelector('#completion-latest')?.textContent === 'Wed 26.03.2025');
    expectEqual(await page.textContent('#completion-earliest'), 'Wed 19.03.2025', 'earliest');
    if (!page.url().includes('submitted=2025-03-19')) throw new Error(`the URL does not hold the date: ${page.url()}`);
    // List 5 (002 l. 93–119) without the lost licence itself (l. 109).
    expectEqual(await docIds(page), [
      'pin', 'application', 'passport-kg', 'foreign-passport-or-registration', 'medical-certificate',
      'fee-receipt', 'training-certificate', 'personal-card', 'licence-issue-confirmation',
    ], 'documents');
    await page.click('#completion summary');
    const why = await page.textContent('#completion .why');
    if (!why.includes('21.03.2025 Nooruz')) throw new Error(`"why this date?" lacks Nooruz: ${why}`);
    await page.screenshot({ path: path.join(shots, 'lost-licence-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(shots, 'lost-licence-1280.png'), fullPage: true });
  }],

  ['answers narrow the checklist and a deep link reproduces it', async ({ page, origin }) => {
    await page.goto(`${origin}${LOST}?submitted=2025-03-19`);
    await page.selectOption('#q-data_in_database', 'yes');
    await page.selectOption('#q-citizenship', 'kg-citizen');
    await page.waitForFunction(() => !document.querySelector('li[data-id="training-certificate"]'));
    const expected = ['pin', 'application', 'passport-kg', 'medical-certificate', 'fee-receipt'];
    expectEqual(await docIds(page), expected, 'documents after answers');
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await page.waitForSelector('#documents');
    expectEqual(await docIds(page), expected, 'documents after reopening the link');
    expectEqual(await page.inputValue('#q-data_in_database'), 'yes', 'the answer survives');
  }],

  ['a broken link explains itself', async ({ page, origin }) => {
    await page.goto(`${origin}${LOST}?submitted=2025-02-30`);
    const alert = await page.textContent('[role=alert]');
    if (!alert.includes("'2025-02-30' is not a real calendar date")) throw new Error(alert);
  }],
]);
