// Tartip end-to-end tests: the release build in real Chromium.
//   node tests/e2e/run.mjs [dist] [screenshot dir]
// Expected dates and documents come from tests/cases/*.json, the plan cases worked out
// by hand from the regulation texts: the browser must show exactly what they say.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { runAll, expectEqual, launch, watchedPage, checkAccessibility } from './harness.mjs';
import { deskTests } from './desk.mjs';

const LOST = '/service/kg-driving-licence-issue/replace-lost';

const docIds = (page) => page.$$eval('#documents li.document', (els) => els.map((e) => e.dataset.id));
const step = (page) => page.getAttribute('section.interview', 'data-step');

/// The first hand-worked case of a service with a completion date.
function handCase(service) {
  const file = path.join('tests/cases', `${service}.json`);
  const c = JSON.parse(fs.readFileSync(file, 'utf8')).cases.find((x) => x.expect.completion_latest);
  if (!c) throw new Error(`${file} has no case with a completion date`);
  return { service, answers: {}, ...c };
}

/// Picks a language in the header.
async function chooseLanguage(page, lang) {
  await page.selectOption('#lang', lang);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

/// From the catalogue through the interview to the plan, answering as the case does.
/// Checks every page with axe on the way when `axe` is set.
async function walk(page, origin, c, lang, { axe = false } = {}) {
  await page.goto(`${origin}/`);
  await chooseLanguage(page, lang);
  if (axe) await checkAccessibility(page, 'catalogue');
  await page.click(`a[href="/service/${c.service}"]`);
  await page.waitForSelector('ul.situations');
  if (axe) await checkAccessibility(page, 'service');
  await page.click(`a[href^="/service/${c.service}/${c.situation}/ask"]`);
  await page.waitForSelector('#submitted');
  await page.fill('#submitted', c.submitted);
  await page.waitForFunction((d) => location.search.includes(`submitted=${d}`), c.submitted);
  if (axe) await checkAccessibility(page, 'interview: date');
  const asked = [];
  for (let guard = 0; (await step(page)) !== 'review'; guard++) {
    if (guard > 40) throw new Error('the interview never reaches the review');
    const at = await step(page);
    const value = c.answers[at];
    if (at !== 'date') asked.push(at);
    if (at !== 'date' && value !== undefined) {
      const date = await page.$(`input[type=date]#q-${at}`);
      if (date) await page.fill(`#q-${at}`, value);
      else await page.check(`#q-${at}-${value}`);
      // The answer is in the address before we move on: Back and reload keep it.
      await page.waitForFunction(([k, v]) => new URLSearchParams(location.search).get(k) === v, [at, value]);
      if (axe && asked.length === 1) await checkAccessibility(page, `interview: ${at}`);
    }
    await page.click('#next');
    await page.waitForFunction((prev) => document.querySelector('section.interview')?.dataset.step !== prev, at);
  }
  if (axe) await checkAccessibility(page, 'review');
  await page.click(`a.button[href^="/service/${c.service}/${c.situation}?"]`);
  await page.waitForSelector('#completion');
  return asked;
}

async function expectCase(page, c) {
  const latest = await page.getAttribute('#completion-latest', 'data-date');
  expectEqual(latest, c.expect.completion_latest, `${c.service} «${c.name}»: completion`);
  if (c.expect.documents) {
    // The case lists the documents required without condition; the page shows those first
    // among all that may apply, in the regulation's order.
    const shown = await docIds(page);
    const missing = c.expect.documents.filter((d) => !shown.includes(d));
    if (missing.length) throw new Error(`${c.service}: documents missing on the page: ${missing}`);
  }
}

// One full interview per seed regulation, each in two languages (the source language and
// a translation), with the hand-worked dates of its plan cases.
const PER_SEED = [
  ['000', 'kg-accreditation-personnel-certification-body', ['ky', 'en']],
  ['001', 'kz-foreign-standards-registration', ['kk', 'ru']],
  ['002', 'kg-driving-licence-issue', ['ky', 'ru']],
  ['003', 'kz-forensic-expert-attestation', ['kk', 'en']],
  ['004', 'kz-is-software-deposit', ['kk', 'ru']],
];

const tests = [
  ['a citizen walks the interview for a lost licence and sees the plan (360 px, axe on every page)', async ({ page, origin, shots }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    const c = handCase('kg-driving-licence-issue');
    expectEqual(c.situation, 'replace-lost', 'first driving-licence case');
    const asked = await walk(page, origin, c, 'en', { axe: true });
    if (!asked.includes('data_in_database')) throw new Error(`asked ${asked}`);
    await page.waitForFunction(() => document.querySelector('#completion-latest')?.textContent === 'Wed 26.03.2025');
    expectEqual(await page.textContent('#completion-earliest'), 'Wed 19.03.2025', 'earliest');
    // List 5 (002 l. 93–119) for a Kyrgyz citizen whose data are in the e-database.
    expectEqual(await docIds(page), ['pin', 'application', 'passport-kg', 'medical-certificate', 'fee-receipt'], 'documents');
    await page.click('#completion summary');
    const why = await page.textContent('#completion .why');
    if (!why.includes('21.03.2025 Nooruz')) throw new Error(`"why this date?" lacks Nooruz: ${why}`);
    await checkAccessibility(page, 'plan');
    await page.screenshot({ path: path.join(shots, 'lost-licence-360.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(shots, 'lost-licence-1280.png'), fullPage: true });
  }],

  ['"why this date" draws the count: the due cell carries the working-day count, a holiday is named, print keeps it', async ({ page, origin, shots }) => {
    // tests/cases/kg-driving-licence-issue.json, "a lost licence replaced across Nooruz":
    // 4 working days (002 l. 27) from Wed 19.03.2025: Thu 20 (1), Fri 21 Nooruz, Sat 22,
    // Sun 23, Mon 24 (2), Tue 25 (3), Wed 26 (4).
    const c = handCase('kg-driving-licence-issue');
    const TERM = 4;
    expectEqual(c.situation, 'replace-lost', 'first driving-licence case');
    const query = new URLSearchParams({ submitted: c.submitted, ...c.answers });
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${origin}${LOST}?${query}`);
    await page.waitForSelector('#completion');
    await page.click('#completion summary');
    await page.waitForSelector('#completion .why .count-calendar');
    const cal = '#completion .why .count-calendar';
    const due = await page.$$eval(`${cal} td.due`, (els) => els.map((e) => [e.dataset.date, e.dataset.count]));
    expectEqual(due, [[c.expect.completion_latest, String(TERM)]], 'the due cell: date and number');
    const counted = await page.$$eval(`${cal} td[data-count]`, (els) => els.map((e) => [e.dataset.date, e.dataset.count]));
    expectEqual(counted, [['2025-03-20', '1'], ['2025-03-24', '2'], ['2025-03-25', '3'], ['2025-03-26', '4']], 'counted days');
    expectEqual(await page.getAttribute(cal, 'data-total'), String(TERM), 'the count');
    expectEqual(await page.getAttribute(`${cal} td[data-date="2025-03-19"]`, 'class'), 'day working start', 'the start');
    const holiday = `${cal} td[data-date="2025-03-21"]`;
    expectEqual(await page.getAttribute(holiday, 'data-kind'), 'holiday', 'Fri 21.03.2025');
    expectEqual(await page.getAttribute(holiday, 'title'), 'Fri 21.03.2025: Nooruz', 'the holiday named on hover');
    // Named on keyboard focus too (a tap on a phone focuses it).
    await page.focus(holiday);
    const tip = await page.$eval(holiday, (e) => getComputedStyle(e, '::after').content);
    if (!tip.includes('Nooruz')) throw new Error(`focused holiday shows ${tip}`);
    await page.locator('#completion').screenshot({ path: path.join(shots, 'count-calendar-focus-360.png') });
    await page.evaluate(() => document.activeElement?.blur());
    const listed = await page.$$eval(`${cal} table.count-list tbody tr`, (rows) => rows.map((r) => r.dataset.date));
    expectEqual(listed, ['2025-03-19', '2025-03-21', '2025-03-22', '2025-03-23', '2025-03-26'], 'the list for screen readers');
    await checkAccessibility(page, 'plan: why this date, drawn');
    await page.locator('#completion').screenshot({ path: path.join(shots, 'count-calendar-360.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.locator('#completion').screenshot({ path: path.join(shots, 'count-calendar-1280.png') });
    // Printed, the calendar shows even with "why this date" closed.
    await page.click('#completion summary');
    await page.emulateMedia({ media: 'print' });
    const box = await page.$eval(`${cal} table.count-grid`, (e) => e.getBoundingClientRect().height);
    await page.emulateMedia({ media: 'screen' });
    if (!(box > 100)) throw new Error(`the printed calendar is ${box} px high`);
    // The same count in Russian: month and weekdays in Russian.
    await chooseLanguage(page, 'ru');
    expectEqual(await page.textContent(`${cal} caption`), 'Март 2025', 'Russian month');
    await chooseLanguage(page, 'en');
  }],

  ['a plan on a day the act no longer applied says so, shows nothing as applying and leads to the last day it did', async ({ page, origin, shots }) => {
    // Seed 004: order 209 was repealed by order 877 with effect 21 days after its
    // publication (l. 5–9); the copy received on 23.11.2026 already marks it repealed.
    const DEPOSIT = '/service/kz-is-software-deposit/deposit';
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${origin}${DEPOSIT}?submitted=2026-12-07`);
    await page.waitForSelector('#act-status.not-in-force');
    const status = await page.textContent('#act-status');
    if (!status.includes('no longer in force') || !status.includes('between 14.09.2015 and 22.11.2026')) {
      throw new Error(`status: ${status}`);
    }
    if (await page.$('#documents, #completion, #steps, #fees')) throw new Error('a repealed act shows a procedure');
    await checkAccessibility(page, 'plan: repealed');
    await page.screenshot({ path: path.join(shots, 'repealed-360.png'), fullPage: true });
    // The way back: what the act required on the last day it surely applied.
    await page.click('a.see-when-in-force');
    await page.waitForFunction(() => location.search.includes('submitted=2015-09-14'));
    await page.waitForSelector('#completion');
    // In force that day, though only on Tartip's reading of when the order entered into
    // force (its publication is not dated): said as a note, not as a warning.
    if (await page.$('#act-status.not-in-force, #act-status.uncertain')) throw new Error('14.09.2015 is in force: no warning');
    const reading = await page.textContent('#act-status');
    if (!reading.includes("on Tartip's reading")) throw new Error(`status on 14.09.2015: ${reading}`);
    if ((await docIds(page)).length === 0) throw new Error('no documents on a day in force');
    // Between the earliest and the latest possible repeal: computed, under a warning.
    await page.goto(`${origin}${DEPOSIT}?submitted=2020-03-02`);
    await page.waitForSelector('#act-status.uncertain[role="alert"]');
    await page.waitForSelector('#completion');
    const repealFlags = () => page.$$eval('#steps .flag', (els) =>
      els.map((e) => e.textContent).filter((f) => f.includes('may have been repealed')));
    // Said once at the top, not again at every step.
    expectEqual((await repealFlags()).length, 0, 'repeal flags on a plan already in the uncertain range');
    await checkAccessibility(page, 'plan: repeal uncertain');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: path.join(shots, 'repeal-uncertain-1280.png'), fullPage: true });
    // Submitted while surely in force, a process that runs past 14.09.2015 says so at
    // the steps affected.
    await page.goto(`${origin}${DEPOSIT}?submitted=2015-09-01`);
    await page.waitForSelector('#completion');
    if (await page.$('#act-status.not-in-force, #act-status.uncertain')) throw new Error('01.09.2015 is in force');
    if ((await repealFlags()).length === 0) throw new Error('no step says the repeal may have taken effect');
    await page.screenshot({ path: path.join(shots, 'straddling-1280.png'), fullPage: true });
  }],

  ['Back, Forward and reload never lose an answer', async ({ page, origin, shots }) => {
    await page.goto(`${origin}${LOST}/ask?submitted=2025-03-19&at=date`);
    await page.click('#next');
    await page.waitForFunction(() => document.querySelector('section.interview')?.dataset.step === 'citizenship');
    await page.check('#q-citizenship-kg-citizen');
    await page.waitForFunction(() => location.search.includes('citizenship=kg-citizen'));
    await page.click('#next');
    const second = await step(page);
    await page.click('#back');
    await page.waitForFunction(() => document.querySelector('section.interview')?.dataset.step === 'citizenship');
    if (!(await page.isChecked('#q-citizenship-kg-citizen'))) throw new Error('Back lost the answer');
    // Keyboard and screen-reader users land on the question.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    // The browser's own Back and Forward walk the same steps.
    await page.goBack();
    await page.waitForFunction((s) => document.querySelector('section.interview')?.dataset.step === s, second);
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('section.interview')?.dataset.step === 'citizenship');
    if (!(await page.isChecked('#q-citizenship-kg-citizen'))) throw new Error('Forward lost the answer');
    await page.reload();
    await page.waitForSelector('#q-citizenship-kg-citizen');
    if (!(await page.isChecked('#q-citizenship-kg-citizen'))) throw new Error('reload lost the answer');
    await page.setViewportSize({ width: 360, height: 700 });
    await page.screenshot({ path: path.join(shots, 'interview-question-360.png'), fullPage: true });
    // The review shows the answer and lets it be changed; the plan follows the change.
    await page.goto(`${origin}${LOST}/ask?submitted=2025-03-19&citizenship=kg-citizen&at=review`);
    const answer = await page.textContent('.review [data-id="citizenship"] .answer');
    if (!answer.includes('Kyrgyz')) throw new Error(`review shows ${answer}`);
    await page.click('.review [data-id="citizenship"] button');
    await page.waitForSelector('#q-citizenship-foreigner');
    await page.check('#q-citizenship-foreigner');
    await page.waitForFunction(() => location.search.includes('citizenship=foreigner'));
    await page.goto(page.url().replace(/at=[^&]*/, 'at=review'));
    await page.click('a.button[href^="/service/kg-driving-licence-issue/replace-lost?"]');
    await page.waitForSelector('#documents');
    const docs = await docIds(page);
    if (docs.includes('passport-kg') || !docs.includes('foreign-passport-or-registration')) throw new Error(`documents after the change: ${docs}`);
  }],

  ['a plan is saved on the device, survives a reload, opens again and is cleared', async ({ page, origin }) => {
    page.on('dialog', (d) => d.accept());
    await page.goto(`${origin}${LOST}?submitted=2025-03-19&citizenship=kg-citizen`);
    await page.click('#save');
    await page.waitForSelector('[role=status]');
    await page.goto(`${origin}/saved`);
    await page.reload();
    const id = 'kg-driving-licence-issue/replace-lost/2025-03-19';
    await page.waitForSelector(`li[data-id="${id}"]`);
    await checkAccessibility(page, 'saved');
    await page.click(`li[data-id="${id}"] a.button`);
    await page.waitForSelector('#completion-latest');
    expectEqual(await page.getAttribute('#completion-latest', 'data-date'), '2025-03-26', 'reopened plan');
    if (!page.url().includes('citizenship=kg-citizen')) throw new Error(`answers not restored: ${page.url()}`);
    await page.goto(`${origin}/saved`);
    await page.click('#clear');
    await page.waitForFunction(() => !document.querySelector('ul.saved'));
    expectEqual(await page.evaluate(() => localStorage.getItem('tartip.store')), null, 'store after clearing');
  }],

  ['a damaged saved copy is explained and left untouched', async ({ page, origin }) => {
    await page.goto(`${origin}/`);
    await page.evaluate(() => localStorage.setItem('tartip.store', '{"format": 1, "applications": 7'));
    await page.goto(`${origin}/saved`);
    const alert = await page.textContent('[role=alert]');
    if (!alert.toLowerCase().includes('json')) throw new Error(`alert: ${alert}`);
    await page.goto(`${origin}${LOST}?submitted=2025-03-19`);
    await page.click('#save');
    await page.waitForSelector('[role=alert]');
    expectEqual(await page.evaluate(() => localStorage.getItem('tartip.store')), '{"format": 1, "applications": 7', 'damaged copy kept');
    await page.evaluate(() => localStorage.clear());
  }],

  ['a deep link opens the same plan in a fresh browser', async ({ page, origin }) => {
    const url = `${origin}${LOST}?submitted=2025-03-19&citizenship=kg-citizen&data_in_database=yes`;
    await page.goto(url);
    await page.waitForSelector('#documents');
    const here = { docs: await docIds(page), latest: await page.textContent('#completion-latest') };
    const fresh = await launch();
    try {
      const { page: other, problems } = await watchedPage(fresh, origin);
      await other.goto(url);
      await other.waitForSelector('#documents');
      expectEqual({ docs: await docIds(other), latest: await other.textContent('#completion-latest') }, here, 'the same plan');
      if (problems.length) throw new Error(problems.join('\n'));
    } finally {
      await fresh.close();
    }
  }],

  ['the language is switched at any time and remembered', async ({ page, origin, shots }) => {
    await page.goto(`${origin}${LOST}?submitted=2025-03-19`);
    await chooseLanguage(page, 'ky');
    // Kyrgyz dates: the weekday in Kyrgyz.
    const latest = await page.textContent('#completion-latest');
    if (!latest.includes('26.03.2025') || latest.startsWith('Wed')) throw new Error(`Kyrgyz date: ${latest}`);
    expectEqual(await page.textContent('nav a[href="/saved"]'), 'Менин арыздарым', 'Kyrgyz navigation');
    await page.reload();
    await page.waitForSelector('#completion');
    expectEqual(await page.evaluate(() => document.documentElement.lang), 'ky', 'remembered');
    await checkAccessibility(page, 'plan in Kyrgyz');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: path.join(shots, 'lost-licence-ky-360.png'), fullPage: true });
    await chooseLanguage(page, 'en');
  }],

  ['search finds a service by a misspelt document name in Russian', async ({ page, origin }) => {
    await page.goto(`${origin}/`);
    await page.fill('#search', 'медицинская спраыка');
    await page.waitForSelector('a[href="/service/kg-driving-licence-issue"]');
    await page.fill('#search', 'zzzzqqq');
    await page.waitForSelector('.notice[role=status]');
  }],

  ['the interview can be done with the keyboard alone', async ({ page, origin }) => {
    await page.goto(`${origin}${LOST}/ask?submitted=2025-03-19&at=date`);
    // Focus starts on the question; Tab reaches the date, then Back, then Next.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    const tabTo = async (selector) => {
      for (let i = 0; i < 12; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
        await page.keyboard.press('Tab');
      }
      throw new Error(`Tab never reaches ${selector}`);
    };
    await tabTo('#next');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('section.interview')?.dataset.step === 'citizenship');
    await tabTo('input[name=citizenship]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => /citizenship=(kg-citizen|foreigner)/.test(location.search));
    await tabTo('#next');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('section.interview')?.dataset.step !== 'citizenship');
  }],

  ['the application package downloads with the details as typed and inert', async ({ page, origin, shots }) => {
    // 003 l. 1274: 21 working days from Mon 03.02.2025 → Tue 04.03.2025 (tests/cases).
    await page.goto(`${origin}/service/kz-forensic-expert-attestation/portal?submitted=2025-02-03`);
    // About 10 000 characters: markup, quotes, an ampersand, a right-to-left override.
    const hostile = '<script>alert(1)</script> "Әлия" & O\'Neil \u202eرمز' + 'ж'.repeat(9950);
    // Forensic experts are persons (003 applicants): no question whether an organisation applies.
    if (await page.$('#applicant-organisation')) throw new Error('a person-only service asks for an organisation');
    await page.fill('#pkg-person-full_name', hostile);
    await page.fill('#pkg-person-id_number', '900101300018');
    await page.press('#pkg-person-id_number', 'Tab');
    const error = await page.textContent('#pkg-person-id_number-error');
    if (!error.includes('7')) throw new Error(`IIN message: ${error}`);
    await page.click('#download-package');
    await page.waitForSelector('#package [role=alert]');
    await page.fill('#pkg-person-id_number', '900101300017');
    await page.press('#pkg-person-id_number', 'Tab');
    await page.waitForFunction(() => !document.querySelector('#pkg-person-id_number-error'));
    await checkAccessibility(page, 'plan with the package form');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-package')]);
    expectEqual(download.suggestedFilename(), 'kz-forensic-expert-attestation-2025-02-03.zip', 'file name');
    const zip = path.join(shots, 'package.zip');
    await download.saveAs(zip);
    const out = execFileSync('target/pyenv/bin/python', ['tests/e2e/check_package.py', zip, hostile, '2025-03-04', 'kz-forensic-expert-attestation'], { encoding: 'utf8' });
    if (!out.includes(': ok')) throw new Error(out);
    // The details are kept for the next application.
    await page.reload();
    expectEqual(await page.inputValue('#pkg-person-full_name'), hostile, 'details kept on the device');
    await page.evaluate(() => localStorage.clear());

    // The dossier opens on another device (a fresh browser) as the same application.
    const unpack = (name) => {
      const file = path.join(shots, name);
      execFileSync('target/pyenv/bin/python', ['-c', `import zipfile,sys; open(sys.argv[2],'wb').write(zipfile.ZipFile(sys.argv[1]).read('${name}'))`, zip, file]);
      return file;
    };
    const dossier = unpack('dossier.json');
    // The DOCX opens in LibreOffice: converted to PDF, the name reads as typed, and the
    // first page is saved as an image to look at.
    const docx = unpack('application.docx');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tartip-lo-'));
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', shots, docx], { stdio: 'pipe', timeout: 120000 });
    const pdf = path.join(shots, 'application.pdf');
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const part of ['<script>alert(1)</script>', 'Әлия', "O'Neil", '900101300017']) {
      if (!pdfText.includes(part)) throw new Error(`the PDF lacks ${part}: ${pdfText.slice(0, 400)}`);
    }
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', pdf, path.join(shots, 'application-page')]);
    const ics = unpack('calendar.ics');
    const fresh = await launch();
    try {
      const { page: other, problems } = await watchedPage(fresh, origin);
      await other.goto(`${origin}/saved`);
      await other.setInputFiles('#import', ics);
      const refused = await other.textContent('#import-result');
      if (!refused.includes('not a Tartip dossier')) throw new Error(`importing the calendar: ${refused}`);
      const newer = path.join(shots, 'dossier-newer.json');
      fs.writeFileSync(newer, fs.readFileSync(dossier, 'utf8').replace('"format": 1', '"format": 9'));
      await other.setInputFiles('#import', newer);
      await other.waitForFunction(() => document.querySelector('#import-result')?.textContent.includes('format 9'));
      await other.setInputFiles('#import', dossier);
      await other.waitForSelector('li[data-id="kz-forensic-expert-attestation/portal/2025-02-03"]');
      await other.click('li[data-id="kz-forensic-expert-attestation/portal/2025-02-03"] a.button');
      await other.waitForSelector('#completion-latest');
      expectEqual(await other.getAttribute('#completion-latest', 'data-date'), '2025-03-04', 'imported plan');
      expectEqual(await other.inputValue('#pkg-person-full_name'), hostile, 'imported details');
      // Other details already on the device are not replaced without asking.
      await other.fill('#pkg-person-full_name', 'Someone else');
      await other.press('#pkg-person-full_name', 'Tab');
      other.once('dialog', (d) => d.dismiss());
      await other.goto(`${origin}/saved`);
      await other.setInputFiles('#import', dossier);
      await other.waitForFunction(() => document.querySelector('#import-result')?.textContent.includes('Nothing was replaced'));
      if (problems.length) throw new Error(problems.join('\n'));
    } finally {
      await fresh.close();
    }
  }],

  ['a broken link explains itself', async ({ page, origin }) => {
    await page.goto(`${origin}${LOST}?submitted=2025-02-30`);
    const alert = await page.textContent('[role=alert]');
    if (!alert.includes("'2025-02-30' is not a real calendar date")) throw new Error(alert);
  }],

  ['the app works offline after the first visit', async ({ page, origin, context }) => {
    await page.goto(`${origin}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.setOffline(true);
    try {
      await page.goto(`${origin}${LOST}?submitted=2025-03-19`);
      await page.waitForSelector('#completion-latest');
      expectEqual(await page.getAttribute('#completion-latest', 'data-date'), '2025-03-26', 'offline plan');
    } finally {
      await context.setOffline(false);
    }
  }],
];

for (const [seed, service, langs] of PER_SEED) {
  for (const lang of langs) {
    tests.push([`seed ${seed}: a full interview for ${service} in ${lang}`, async ({ page, origin, shots }) => {
      const c = handCase(service);
      await walk(page, origin, c, lang);
      await expectCase(page, c);
      if (lang === langs[0]) {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.screenshot({ path: path.join(shots, `${service}-${lang}-1280.png`), fullPage: true });
        await page.setViewportSize({ width: 360, height: 800 });
        await page.screenshot({ path: path.join(shots, `${service}-${lang}-360.png`), fullPage: true });
      }
      await chooseLanguage(page, 'en');
    }]);
  }
}

tests.push(...deskTests);

await runAll(tests);
