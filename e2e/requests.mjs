// The service request journey, once per language, after the holder's card was issued:
// the holder opens the request form from their card, picks the education bureau,
// attaches a document and submits; the bureau's staff accept and fulfil it from their
// request list; the holder rates it and sees the use in the card's history.
// In English the tier-C holder asks for a school place (tiers A–D); in Chinese the
// tier-E holder asks for entrance-exam registration (tiers A–E).

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeCheck, sessions } from './sessions.mjs';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');
const STAFF = 'provider.school';
const BUREAU = { en: 'Harbin Municipal Education Bureau', zh: '哈尔滨市教育局' };
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const plain = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** Single-line messages of the given files of locales/<lang>/. */
function messages(lang, files) {
  const table = {};
  for (const file of files) {
    for (const line of readFileSync(join(LOCALES, lang, file), 'utf8').split('\n')) {
      const m = /^([a-z][a-z0-9_-]*)\s*=\s*(.*)$/.exec(line);
      if (m && m[2]) table[m[1]] = m[2];
    }
  }
  return (key) => {
    if (!(key in table)) throw new Error(`no message ${key} in ${lang}`);
    return plain(table[key]);
  };
}

export async function requestJourney(h, { lang, talentUser, prefix, service }) {
  const { base, step, expect, shot, setActive } = h;
  const t = messages(lang, ['requests.ftl', 'applications.ftl']);
  const chinese = lang.startsWith('zh');
  const bureau = chinese ? BUREAU.zh : BUREAU.en;
  const { pages, as, closeAll } = sessions(h, lang);
  const axe = (page) => axeCheck(h, lang, page);
  const text = async (page, selector) => plain(await page.locator(selector).first().textContent());
  // Clicks something that posts a form and waits for the page it leads to.
  const submit = async (page, selector) => {
    await Promise.all([page.waitForEvent('load'), page.click(selector)]);
  };
  const statusBadge = (page) => text(page, '#application-status');

  let requestPath = '';
  let serviceName = '';

  await step(`${prefix}i ${lang}: the holder requests ${service} from the card, attaches a document and submits`, () => pages[talentUser], async () => {
    const page = await as(talentUser);
    setActive(page);
    await page.goto(`${base}/card`);
    const link = page.locator(`tr[data-service="${service}"] a[href^="/requests/new"]`);
    expect((await link.count()) === 1, `the card offers no Request link for ${service}`);
    serviceName = plain(await page.locator(`tr[data-service="${service}"] td:nth-child(2)`).textContent());
    await Promise.all([page.waitForURL(/\/requests\/new/), link.click()]);
    const options = (await page.locator('#request-provider option').allInnerTexts()).map(plain);
    expect(options.includes(bureau), `the provider list does not offer ${bureau}: ${JSON.stringify(options)}`);
    expect((await page.locator('#documents li').count()) > 0, 'the form lists no documents to attach');
    await axe(page);
    await shot(page, `${prefix}-request-new-${lang}`);
    await page.selectOption('#request-provider', { label: bureau });
    await page.fill('#request-statement', chinese ? '孩子今年读初三。' : 'My daughter starts grade 7 in September.');
    await submit(page, '#request-form button[type=submit]');
    expect(/\/applications\/\d+$/.test(new URL(page.url()).pathname), `creating the request led to ${page.url()}`);
    requestPath = new URL(page.url()).pathname;
    expect((await text(page, '#request-provider')) === bureau, 'the request page does not name the bureau');

    // Submitting without the documents is refused with what to fix.
    await submit(page, '#act-form button[value=submit]');
    expect((await page.locator('#form-error').count()) === 1, 'submitting without a document showed no error');
    await page.setInputFiles('#evidence-file', { name: 'school-record.pdf', mimeType: 'application/pdf', buffer: PDF });
    await submit(page, '#upload-form button[type=submit]');
    expect((await page.locator('#evidence tbody tr').count()) === 1, 'the document is not listed');
    await submit(page, '#act-form button[value=submit]');
    const status = await statusBadge(page);
    expect(status === t('status-in-review'), `after submitting the request is "${status}"`);
    await axe(page);
    await shot(page, `${prefix}-request-submitted-${lang}`);
    console.log(`    ${requestPath}: ${serviceName} from ${bureau}`);
  });

  await step(`${prefix}j ${lang}: the bureau's staff accept and fulfil it from their list`, () => pages[STAFF], async () => {
    const page = await as(STAFF);
    setActive(page);
    await page.goto(`${base}/requests`);
    const row = page.locator(`#requests a[href="${requestPath}"]`);
    expect((await row.count()) === 1, `the bureau's list does not show ${requestPath}`);
    await axe(page);
    await shot(page, `${prefix}-requests-provider-${lang}`);
    await Promise.all([page.waitForURL((u) => u.pathname === requestPath), row.click()]);
    const accept = page.locator('#act-form button[value=approve]');
    expect(plain(await accept.textContent()) === t('request-do-accept'), `the first step's button reads "${plain(await accept.textContent())}"`);
    await submit(page, '#act-form button[value=approve]');
    const fulfil = page.locator('#act-form button[value=approve]');
    expect(plain(await fulfil.textContent()) === t('request-do-fulfil'), `the second step's button reads "${plain(await fulfil.textContent())}"`);
    await page.fill('#act-note', chinese ? '已办理报名。' : 'A place at Harbin No. 1 Middle School, grade 7.');
    await submit(page, '#act-form button[value=approve]');
    const status = await statusBadge(page);
    expect(status === t('status-approved'), `after fulfilling the request is "${status}"`);
    await shot(page, `${prefix}-request-fulfilled-${lang}`);
  });

  await step(`${prefix}k ${lang}: the holder rates it and the card lists the use`, () => pages[talentUser], async () => {
    const page = await as(talentUser);
    setActive(page);
    await page.goto(`${base}${requestPath}`);
    expect((await page.locator('#rate-form').count()) === 1, 'the fulfilled request offers no rating form');
    await axe(page);
    await page.check('#rate-form input[name=rating][value="5"]');
    await page.fill('#rate-note', chinese ? '办理很快。' : 'Quick and friendly.');
    await submit(page, '#rate-form button[type=submit]');
    expect((await page.locator('#rate-form').count()) === 0, 'the rating form is still offered after rating');
    const rating = await text(page, '#request-rating');
    expect(rating.startsWith('★★★★★'), `the rating reads "${rating}"`);
    await shot(page, `${prefix}-request-rated-${lang}`);

    await page.goto(`${base}/card`);
    const rows = (await page.locator('table.card-history tbody tr').allInnerTexts()).map(plain);
    const used = rows.filter((r) => r.includes(serviceName) && r.includes(bureau));
    expect(used.length === 1, `the card history lists ${serviceName} at ${bureau} ${used.length} times: ${JSON.stringify(rows)}`);
    console.log(`    rated ${rating}; history: ${used[0]}`);
  });

  await closeAll();
}
