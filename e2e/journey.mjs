// The browser journey of rencai: a person logs in, searches, adds a talent (fixing a
// wrong identity number first), reveals the number, imports a file, switches language,
// and the main pages are checked for accessibility and for a phone-sized screen. Then
// the accreditation journey (accreditation.mjs) runs in English and in Chinese, each
// followed by the talent card journey (cards.mjs) of the newly accredited talent.
//
// Usage: node e2e/journey.mjs path/to/rencai
// Screenshots go to e2e/artifacts/NN-name.png (fail.png on a failure).
// Prints `e2e: N passed, N failed` as its last line; exits 1 on any failure.

import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { accreditationJourney } from './accreditation.mjs';
import { cardJourney } from './cards.mjs';
import { requestJourney } from './requests.mjs';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ARTIFACTS = join(HERE, 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const USER = 'admin';
const PASSWORD = 'rencai-demo-2026';
const TIMEOUT = 20_000;

const bin = process.argv[2] ? resolve(process.argv[2]) : '';
if (!bin) {
  console.error('usage: node e2e/journey.mjs path/to/rencai');
  process.exit(2);
}

// ---------------------------------------------------------------- helpers

/** A valid 18-character resident identity number (GB 11643 check character). */
export function identityNumber(region, birth, sequence) {
  const body = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  if (!/^\d{17}$/.test(body)) throw new Error(`bad identity body ${body}`);
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const checks = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + checks[sum % 11];
}

class Check extends Error {}
function expect(cond, message) {
  if (!cond) throw new Check(message);
}

function freePort() {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => ok(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function shot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

function pathOf(page) {
  return new URL(page.url()).pathname;
}

async function login(page, base) {
  await page.goto(`${base}/login`);
  await page.fill('#username', USER);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/login'), page.click('form[action="/login"] button[type=submit]')]);
}

// ---------------------------------------------------------------- server

const work = mkdtempSync(join(tmpdir(), 'rencai-e2e-'));
const dataDir = join(work, 'data');
const serverLog = join(work, 'server.log');
let server = null;

function stopServer() {
  if (server && server.exitCode === null && server.signalCode === null) {
    try {
      server.kill('SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopServer);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopServer();
    process.exit(130);
  });
}

function serverLogTail(lines = 30) {
  try {
    return readFileSync(serverLog, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

async function startServer() {
  // Demo data: accounts, jurisdictions, enterprises and 300 generated talents.
  try {
    execFileSync(bin, ['--data-dir', dataDir, 'demo', '--no-serve', '--talents', '300'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 300_000,
    });
  } catch (e) {
    throw new Check(`demo data could not be created: ${e.stderr || e.message}`);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = openSync(serverLog, 'a');
  server = spawn(bin, ['--data-dir', dataDir, 'serve', '--addr', `127.0.0.1:${port}`], {
    stdio: ['ignore', out, out],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Check(`server exited early (${server.exitCode ?? server.signalCode}):\n${serverLogTail()}`);
    }
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.status === 200) return base;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Check(`GET /healthz did not answer 200 within 60 s:\n${serverLogTail()}`);
    await sleep(200);
  }
}

// ---------------------------------------------------------------- the journey

const results = [];
let setupFailed = false; // nothing can run
let flowFailed = false; // the steps that go on from the previous one cannot run

// Runs one step; `independent` steps start from a fresh browser context and run even
// when an earlier step of the flow failed.
async function step(name, page, fn, { setup = false, independent = false } = {}) {
  if (setupFailed || (flowFailed && !independent)) {
    results.push({ name, status: 'skipped' });
    console.log(`  - ${name}: skipped`);
    return;
  }
  const started = Date.now();
  try {
    await fn();
    results.push({ name, status: 'passed' });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    if (setup) setupFailed = true;
    flowFailed = true;
    results.push({ name, status: 'failed' });
    const p = typeof page === 'function' ? page() : page;
    const url = p && !p.isClosed() ? p.url() : '(no page)';
    console.log(`  ✗ ${name}: FAILED at ${url}`);
    console.log(`    ${e instanceof Check ? e.message : e.stack || e}`.replace(/\n/g, '\n    '));
    if (p && !p.isClosed()) {
      try {
        await p.screenshot({ path: join(ARTIFACTS, 'fail.png'), fullPage: true });
        console.log(`    screenshot: ${join(ARTIFACTS, 'fail.png')}`);
      } catch {
        /* the page may be gone */
      }
    }
  }
}

async function main() {
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.endsWith('.png')) rmSync(join(ARTIFACTS, f));

  let base = '';
  let browser = null;
  let page = null;
  let active = null; // the page a failure is reported for
  const current = () => active;

  await step('00 start the server with demo data', null, async () => {
    base = await startServer();
  }, { setup: true });

  await step('00 launch chromium', null, async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const ctx = await browser.newContext({ locale: 'en-US' });
    ctx.setDefaultTimeout(TIMEOUT);
    page = await ctx.newPage();
    active = page;
  }, { setup: true });

  await step('01 login', current, async () => {
    await page.goto(`${base}/`);
    expect(pathOf(page) === '/login', `GET / should redirect to /login, got ${page.url()}`);
    await shot(page, '01-login');
    await page.fill('#username', USER);
    await page.fill('#password', PASSWORD);
    await Promise.all([page.waitForURL('**/talents'), page.click('form[action="/login"] button[type=submit]')]);
    expect(pathOf(page) === '/talents', `after login expected /talents, got ${page.url()}`);
    const h1 = (await page.locator('h1').first().textContent())?.trim();
    expect(h1 === 'Talents', `expected h1 "Talents", got "${h1}"`);
    const rows = await page.locator('table tbody tr').count();
    expect(rows > 0, 'the talents table has no rows');
    await shot(page, '01-talents');
  });

  await step('02 search', current, async () => {
    await page.fill('#f-q', 'Wang');
    await Promise.all([page.waitForURL(/[?&]q=Wang/), page.click('form.filters button[type=submit]')]);
    const rows = await page.locator('table tbody tr').allInnerTexts();
    expect(rows.length > 0, 'searching "Wang" found no rows');
    const without = rows.filter((r) => !/wang/i.test(r));
    expect(without.length === 0, `${without.length} of ${rows.length} rows do not mention Wang, e.g. "${without[0]}"`);
    await shot(page, '02-search');
  });

  const goodId = identityNumber('230102', '19850307', 1);
  let talentPath = '';
  await step('03 add a talent (wrong identity number first), reveal it', current, async () => {
    await page.goto(`${base}/talents/new`);
    await page.fill('#f-name', '测试人才');
    await page.fill('#f-name_latin', 'Ceshi Rencai');
    await page.selectOption('#f-gender', 'male');
    await page.fill('#f-birth_date', '1985-03-07');
    await page.fill('#f-identity_number', '23010219850307001X');
    await page.selectOption('#f-education', 'doctorate');
    await page.selectOption('#f-field', 'robotics');
    await page.selectOption('#f-jurisdiction', 'hlj-harbin');
    await page.click('form.form-grid button[type=submit]');
    await page.waitForSelector('#e-identity_number');
    const err = (await page.locator('#e-identity_number').textContent())?.trim();
    expect(err, 'no error text for the identity number');
    expect(await page.locator('[role=alert]').first().isVisible(), 'no role=alert summary above the form');
    expect((await page.getAttribute('#f-identity_number', 'aria-invalid')) === 'true', '#f-identity_number is not aria-invalid');
    console.log(`    identity error shown: "${err}"`);
    await shot(page, '03-error');

    await page.fill('#f-identity_number', goodId);
    // The other fields must have kept what was typed.
    expect((await page.inputValue('#f-name')) === '测试人才', 'the name was lost after the error');
    await Promise.all([page.waitForURL(/\/talents\/[^/]+$/), page.click('form.form-grid button[type=submit]')]);
    talentPath = await pathOf(page);
    expect(/^\/talents\/[^/]+$/.test(talentPath) && talentPath !== '/talents/new', `expected /talents/<id>, got ${page.url()}`);
    const h1 = (await page.locator('h1').first().textContent())?.trim();
    expect(h1?.startsWith('测试人才'), `expected h1 测试人才, got "${h1}"`);
    const masked = (await page.locator('#identity').textContent())?.trim();
    expect(masked?.includes('****') && !masked.includes(goodId), `identity not masked: "${masked}"`);
    await shot(page, '03-created');

    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/reveal')), page.click('form[action$="/reveal"] button')]);
    await page.waitForLoadState('load');
    await page.waitForFunction((id) => document.querySelector('#identity')?.textContent?.trim() === id, goodId, { timeout: TIMEOUT }).catch(() => {});
    const shown = (await page.locator('#identity').textContent())?.trim();
    expect(shown === goodId, `after Reveal expected ${goodId}, got "${shown}"`);
    await shot(page, '03-revealed');
  });

  await step('04 import a file (problems first, then a clean one)', current, async () => {
    const importId = identityNumber('230102', '19900101', 2);
    const header = 'name,gender,birth_date,identity_number,education,field,jurisdiction';
    const good = `导入人才,female,1990-01-01,${importId},master,biomedicine,hlj-harbin`;
    const bad = '坏行人才,male,1990-13-01,123,master,biomedicine,atlantis';
    const mixed = join(work, 'mixed.csv');
    const clean = join(work, 'clean.csv');
    writeFileSync(mixed, `${header}\n${good}\n${bad}\n`);
    writeFileSync(clean, `${header}\n${good}\n`);

    await page.goto(`${base}/imports/new`);
    await page.setInputFiles('#file', mixed);
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('form[enctype="multipart/form-data"] button')]);
    await page.waitForSelector('#problems');
    const problems = await page.locator('#problems tbody tr').allInnerTexts();
    expect(problems.length > 0, 'the problems table is empty');
    const firstCells = await page.locator('#problems tbody tr td:first-child').allInnerTexts();
    expect(firstCells.some((c) => c.trim() === '3'), `no problem for row 3; rows: ${JSON.stringify(firstCells)}`);
    expect(!firstCells.some((c) => c.trim() === '2'), `the valid row 2 was reported: ${JSON.stringify(problems)}`);
    expect((await page.locator('form[action$="/commit"]').count()) === 0, 'a file with problems offered a confirm button');
    console.log(`    ${problems.length} problem(s) reported, e.g. ${problems[0].replace(/\s+/g, ' ')}`);
    await shot(page, '04-problems');

    await page.goto(`${base}/imports/new`);
    await page.setInputFiles('#file', clean);
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.click('form[enctype="multipart/form-data"] button')]);
    await page.waitForSelector('form[action$="/commit"] button');
    await shot(page, '04-preview');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && /\/commit$/.test(r.url())), page.click('form[action$="/commit"] button')]);
    await page.waitForSelector('#import-done', { state: 'visible' });
    console.log(`    ${(await page.locator('#import-done').textContent())?.trim()}`);
    await shot(page, '04-imported');

    // The imported talent is in the register.
    await page.goto(`${base}/talents?q=${encodeURIComponent('导入人才')}`);
    const found = await page.locator('table tbody tr', { hasText: '导入人才' }).count();
    expect(found > 0, 'the imported talent 导入人才 is not found by a search');
  });

  await step('05 switch language to zh-TW', current, async () => {
    await page.goto(`${base}/talents`);
    await page.selectOption('#lang-select', 'zh-TW');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/language')), page.click('form.lang button')]);
    await page.waitForSelector('html[lang="zh-TW"]', { state: 'attached' });
    expect((await page.locator('table').count()) > 0, 'no table after switching language');
    expect((await page.locator('table tbody tr').count()) > 0, 'the table has no rows after switching language');
    await shot(page, '05-zh-TW');
    // Back to English: the choice is stored on the account, and later steps log in again.
    await page.selectOption('#lang-select', 'en');
    await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith('/language')), page.click('form.lang button')]);
    await page.waitForSelector('html[lang="en"]', { state: 'attached' });
  });

  // Accessibility: logged in (fresh context) for the app's pages, anonymous for /login.
  await step('06 accessibility (axe, WCAG 2 A/AA)', current, async () => {
    const blocking = [];
    const check = async (pg, path) => {
      const res = await pg.goto(`${base}${path}`);
      expect(res && res.status() === 200, `GET ${path} answered ${res && res.status()}`);
      expect(pathOf(pg) === path, `expected to be on ${path}, got ${pg.url()}`);
      const { violations, passes } = await new AxeBuilder({ page: pg }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(passes.length > 0, `axe checked nothing on ${path}`);
      for (const v of violations) {
        const target = v.nodes[0]?.target?.join(' ') ?? '';
        console.log(`    ${path}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${target})`);
        if (v.impact === 'critical' || v.impact === 'serious') blocking.push(`${path} ${v.id}`);
      }
      if (violations.length === 0) console.log(`    ${path}: no violations`);
    };
    // A fresh context (closed with the browser, so a failure can still be shot).
    const ctx = await browser.newContext({ locale: 'en-US' });
    ctx.setDefaultTimeout(TIMEOUT);
    const pg = await ctx.newPage();
    active = pg;
    await check(pg, '/login');
    await shot(pg, '06-login');
    await login(pg, base);
    for (const path of ['/talents', '/talents/new', '/imports/new']) await check(pg, path);
    if (talentPath) await check(pg, talentPath);
    expect(blocking.length === 0, `serious or critical accessibility violations: ${blocking.join(', ')}`);
  }, { independent: true });

  await step('07 phone-sized screen (390×844)', current, async () => {
    const ctx = await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } });
    ctx.setDefaultTimeout(TIMEOUT);
    const pg = await ctx.newPage();
    active = pg;
    await login(pg, base);
    await pg.goto(`${base}/talents`);
    await shot(pg, '07-mobile');
    const m = await pg.evaluate(() => {
      const wrap = document.querySelector('.table-wrap');
      return {
        doc: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        inner: window.innerWidth,
        wrap: wrap ? { scroll: wrap.scrollWidth, client: wrap.clientWidth } : null,
      };
    });
    if (m.wrap && m.wrap.scroll > m.wrap.client) {
      console.log(`    note: the table scrolls sideways inside .table-wrap (${m.wrap.scroll}px in ${m.wrap.client}px) — fine`);
    }
    expect(m.body <= m.inner + 1 && m.doc <= m.inner + 1, `the page is wider than the screen: body ${m.body}px, document ${m.doc}px, viewport ${m.inner}px`);
  }, { independent: true });

  const harness = {
    browser,
    base,
    expect,
    shot,
    password: PASSWORD,
    timeout: TIMEOUT,
    setActive: (p) => {
      active = p;
    },
    step,
  };
  for (const run of [
    { lang: 'en', talentUser: 'talent.demo', prefix: '08', service: 'school-place' },
    { lang: 'zh-CN', talentUser: 'talent.demo2', prefix: '09', service: 'exam-registration' },
  ]) {
    await accreditationJourney(harness, run);
    await cardJourney(harness, run);
    await requestJourney(harness, run);
  }

  if (browser) await browser.close().catch(() => {});
}

let crashed = null;
try {
  await main();
} catch (e) {
  crashed = e;
  console.log(`  ✗ the journey crashed: ${e.stack || e}`);
} finally {
  stopServer();
}

const passed = results.filter((r) => r.status === 'passed').length;
const failedCount = results.filter((r) => r.status === 'failed').length + (crashed ? 1 : 0);
const skipped = results.filter((r) => r.status === 'skipped').length;
if (failedCount > 0) {
  console.log(`  server log (last lines):\n    ${serverLogTail(20).replace(/\n/g, '\n    ')}`);
  console.log(`  data kept in ${work}`);
} else if (!process.env.E2E_KEEP) {
  rmSync(work, { recursive: true, force: true });
}
console.log(`  screenshots in ${ARTIFACTS}`);
console.log(`e2e: ${passed} passed, ${failedCount} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failedCount > 0 ? 1 : 0);
