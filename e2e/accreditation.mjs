// The accreditation journey, once per language: a talent checks which tier they meet,
// applies, uploads evidence (a disguised file first) and submits; the city officer
// pre-checks and seats a panel; two experts approve; the talent downloads the
// certificate, its QR is read from the PDF and the verification page it points to is
// opened without logging in.

import { qrInPdf } from './qr.mjs';
import { sessions } from './sessions.mjs';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(64)]);

/**
 * Runs the journey in `lang` for the demo account `talentUser`.
 * `h` carries the harness: browser, base, step, expect, shot, setActive, password,
 * timeout.
 */
export async function accreditationJourney(h, { lang, talentUser, prefix }) {
  const { browser, base, step, expect, shot, setActive } = h;
  const { pages, as, closeAll } = sessions(h, lang);
  // Forms post and come back to the same address: wait for the next page load.
  const submit = (page, selector) => Promise.all([page.waitForEvent('load'), page.click(selector)]);
  const act = async (page, action, note = '') => {
    if (note) await page.fill('#act-note', note);
    await submit(page, `#act-form button[name=action][value="${action}"]`);
    const error = page.locator('#form-error');
    expect((await error.count()) === 0, `${action} was refused: ${await error.first().textContent().catch(() => '')}`);
  };
  const chinese = lang.startsWith('zh');
  let dossier = '';

  await step(`${prefix}a ${lang}: check the tier, apply with evidence, submit`, () => pages[talentUser], async () => {
    const page = await as(talentUser);
    setActive(page);
    await page.goto(`${base}/accreditation`);
    expect((await page.getAttribute('html', 'lang')) === lang, `the page is not in ${lang}`);
    await page.click('a.button.primary[href$="/eligibility"]');
    await page.waitForURL(/\/talents\/\d+\/eligibility$/);
    const h1 = (await page.locator('h1').first().textContent()) ?? '';
    if (chinese) expect(/[\u4e00-\u9fff]/.test(h1), `expected a Chinese heading, got "${h1}"`);
    const forms = page.locator('form[action="/applications"]');
    expect((await forms.count()) > 0, 'no criterion to apply for');
    await shot(page, `${prefix}-eligibility-${lang}`);
    const form = forms.first();
    await form.locator('textarea[name=statement]').fill(chinese ? '省级科技奖励，附获奖证书。' : 'Provincial award; certificate attached.');
    await Promise.all([page.waitForURL(/\/applications\/\d+$/), form.locator('button[type=submit]').click()]);
    dossier = new URL(page.url()).pathname;

    // A program disguised as a PDF is refused with a translated reason; nothing attached.
    await page.setInputFiles('#evidence-file', { name: 'award.pdf', mimeType: 'application/pdf', buffer: EXE });
    await submit(page, '#upload-form button[type=submit]');
    await page.waitForSelector('#form-error');
    expect((await page.locator('#evidence tbody tr').count()) === 0, 'a refused file was attached');
    await page.goto(`${base}${dossier}`);
    await page.setInputFiles('#evidence-file', { name: 'award.pdf', mimeType: 'application/pdf', buffer: PDF });
    await submit(page, '#upload-form button[type=submit]');
    expect((await page.locator('#evidence tbody tr').count()) === 1, 'the evidence is not listed');
    await act(page, 'submit');
    await shot(page, `${prefix}-submitted-${lang}`);
  }, { independent: true }); // each language's run starts afresh, even after a failure

  await step(`${prefix}b ${lang}: the city officer pre-checks and seats the panel`, () => pages['officer.harbin'], async () => {
    const page = await as('officer.harbin');
    setActive(page);
    await page.goto(`${base}${dossier}`);
    await act(page, 'approve', chinese ? '材料齐全' : 'Complete');
    for (const [seat, expert] of [['0', 'expert.panel'], ['1', 'expert.panel2']]) {
      await page.selectOption('#panel-seat', seat);
      await page.selectOption('#panel-expert', expert);
      await submit(page, '#panel-form button[type=submit]');
    }
    await shot(page, `${prefix}-panel-${lang}`);
  });

  await step(`${prefix}c ${lang}: two of three experts approve`, () => pages['expert.panel2'] ?? pages['expert.panel'], async () => {
    for (const expert of ['expert.panel', 'expert.panel2']) {
      const page = await as(expert);
      setActive(page);
      await page.goto(`${base}${dossier}`);
      await act(page, 'approve');
    }
  });

  await step(`${prefix}d ${lang}: certificate downloaded, its QR verified`, () => pages[talentUser], async () => {
    const page = await as(talentUser);
    setActive(page);
    await page.goto(`${base}${dossier}`);
    await Promise.all([page.waitForURL(/\/accreditations\/\d+$/), page.click('a[href^="/accreditations/"]')]);
    const number = ((await page.locator('dd.mono').first().textContent()) ?? '').trim();
    expect(/^[A-Z]+-\d{4}-\d{6}$/.test(number), `unexpected certificate number "${number}"`);
    await shot(page, `${prefix}-accreditation-${lang}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href$="/certificate.pdf"]')]);
    const path = await download.path();
    const pdf = Buffer.from(await import('node:fs').then((fs) => fs.readFileSync(path)));
    expect(pdf.subarray(0, 5).toString() === '%PDF-', 'the certificate is not a PDF');
    const qr = await qrInPdf(browser, pdf);
    expect(qr.text, 'no QR code could be read from the certificate');
    expect(qr.text.endsWith(`/verify/${number}`), `the QR says "${qr.text}", not the verification of ${number}`);

    // Anyone can follow it, without an account.
    const ctx = await browser.newContext({ locale: lang });
    const anon = await ctx.newPage();
    setActive(anon);
    const target = new URL(qr.text);
    const res = await anon.goto(`${base}${target.pathname}`);
    expect(res && res.status() === 200, `the verification page answered ${res && res.status()}`);
    const text = (await anon.locator('main').textContent()) ?? '';
    expect(text.includes(number), 'the verification page does not name the certificate');
    expect(text.includes('*'), 'the holder name is not masked');
    await shot(anon, `${prefix}-verified-${lang}`);
    await ctx.close();
  });

  await closeAll();
}
