// The talent card journey, once per language, after the holder's accreditation was
// approved: the holder opens their card and its QR is "photographed"; hospital staff
// read the photo at the service point, redeem a service, send the same form again (it
// replays instead of redeeming twice) and find the yearly quota used up on a fresh
// check; a tampered code is refused; the holder sees the use in their card's history.
// A card whose tier the hospital serves nothing on (the demo's talent.demo2 is tier E;
// health-check and green-channel are for A–D) gets no Redeem button, and a hand-made
// redemption is refused with 409.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qrInImage } from './qr.mjs';
import { axeCheck, sessions } from './sessions.mjs';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');
const STAFF = 'provider.hospital';
const HOSPITAL = { en: 'First Affiliated Hospital of Harbin Medical University', zh: '哈尔滨医科大学附属第一医院' };
const HOSPITAL_TIERS = ['A', 'B', 'C', 'D']; // health-check and green-channel
const BASE45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

// Fluent wraps placeables in directional isolates; text on the page is compared without.
const plain = (s) => (s ?? '').replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();

/** The single-line messages of locales/<lang>/cards.ftl, filled in or as patterns. */
function messages(lang) {
  const table = {};
  for (const line of readFileSync(join(LOCALES, lang, 'cards.ftl'), 'utf8').split('\n')) {
    const m = /^([a-z][a-z0-9_-]*)\s*=\s*(.*)$/.exec(line);
    if (m) table[m[1]] = m[2];
  }
  const fill = (key, args, rest) => {
    if (!(key in table)) throw new Error(`no message ${key} in ${lang}`);
    return table[key].split(/(\{\s*\$[a-z_]+\s*\})/).map((part) => {
      const m = /^\{\s*\$([a-z_]+)\s*\}$/.exec(part);
      return m ? (m[1] in args ? rest(String(args[m[1]])) : '(.+?)') : rest(part);
    });
  };
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    /** The message `key` with `args` filled in. */
    t: (key, args = {}) => plain(fill(key, args, (s) => s).join('')),
    /** A pattern of the message `key`; arguments not given match anything. */
    like: (key, args = {}) => new RegExp(`^${plain(fill(key, args, escape).join(''))}$`),
  };
}

/** One character in the middle changed to another of the QR's alphanumeric set. */
function tamper(token) {
  const i = Math.floor(token.length / 2);
  const next = BASE45[(BASE45.indexOf(token[i]) + 1) % BASE45.length];
  return { text: token.slice(0, i) + next + token.slice(i + 1), at: i, from: token[i], to: next };
}

/**
 * Runs the journey in `lang` for the demo account `talentUser` (who holds a card).
 * `h` carries the harness: browser, base, step, expect, shot, setActive, password,
 * timeout.
 */
export async function cardJourney(h, { lang, talentUser, prefix }) {
  const { browser, base, step, expect, shot, setActive } = h;
  const { t, like } = messages(lang);
  const chinese = lang.startsWith('zh');
  const { pages, as, closeAll } = sessions(h, lang);
  const axe = (page) => axeCheck(h, lang, page);
  const text = async (page, selector) => plain(await page.locator(selector).first().textContent());
  // The service point's error message, null when there is none (without waiting).
  const pointError = async (page) => {
    const e = page.locator('[data-point-error]');
    return (await e.count()) > 0 ? plain(await e.first().textContent()) : null;
  };
  // A form posts; the page it answers with is awaited (loaded) and its status returned.
  const post = async (page, path, act) => {
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === path),
      page.waitForEvent('load'),
      act(),
    ]);
    return res.status();
  };
  const row = (page, service) => page.locator(`table.card-services tr[data-service="${service}"]`);
  const redeemForm = (page, service) => row(page, service).locator('form[action="/service-point/redeem"]');
  const entitlementAt = async (page, service, column) => plain(await row(page, service).locator(`td:nth-child(${column})`).textContent());
  // Checks a pasted code at the service point; returns the answer's status.
  const checkPasted = async (page, token) => {
    await page.goto(`${base}/service-point`);
    await page.fill('form[data-scan] textarea[name=token]', token);
    return post(page, '/service-point/check', () => page.click('form[data-scan] button[type=submit]'));
  };

  // Posts `fields` as a redeem form made in the page: a resent or hand-made form.
  const postFields = (page, fields) =>
    post(page, '/service-point/redeem', () =>
      page.evaluate((fields) => {
        const f = document.createElement('form');
        f.method = 'post';
        f.action = '/service-point/redeem';
        for (const [name, value] of Object.entries(fields)) {
          const i = document.createElement('input');
          i.type = 'hidden';
          i.name = name;
          i.value = value;
          f.append(i);
        }
        document.body.append(f);
        f.submit();
      }, fields),
    );

  // What the card showed its holder, for the service point to match.
  let card = null;
  let photo = null;
  let service = ''; // the service redeemed
  let historyBefore = 0;

  await step(`${prefix}e ${lang}: the holder's card shows its tier and QR`, () => pages[talentUser], async () => {
    const page = await as(talentUser);
    setActive(page);
    const res = await page.goto(`${base}/card`);
    expect(res && res.status() === 200, `GET /card answered ${res && res.status()}`);
    expect((await page.getAttribute('html', 'lang')) === lang, `the card page is not in ${lang}`);
    const status = await page.getAttribute('[data-card-status]', 'data-card-status');
    expect(status === 'active', `the card is "${status}", not active`);
    const statusText = await text(page, '[data-card-status]');
    expect(statusText === t('card-status-active'), `the status reads "${statusText}", not "${t('card-status-active')}"`);
    const number = await text(page, '[data-card-number]');
    expect(/^[A-Z]+-TC-\d{7}$/.test(number), `unexpected card number "${number}"`);
    const tier = await text(page, 'dl.facts dd:nth-of-type(3)');
    expect(/^[A-E]$/.test(tier), `unexpected tier "${tier}"`);
    const token = plain(await page.locator('[data-card-token]').textContent());
    expect(token.startsWith('RC1:'), `the code as text does not start with RC1: "${token.slice(0, 20)}…"`);
    const names = {};
    for (const code of ['health-check', 'green-channel']) {
      expect((await row(page, code).count()) === 1, `the services table has no ${code} row`);
      names[code] = plain(await row(page, code).locator('td:nth-child(2)').textContent());
    }
    historyBefore = await page.locator('table.card-history tbody tr').count();

    // The QR loads, and a picture of it reads back as the same code: "the photo".
    const img = page.locator('img[data-card-qr]');
    await img.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const i = document.querySelector('img[data-card-qr]');
      return i && i.complete && i.naturalWidth > 0;
    });
    photo = await img.screenshot({ type: 'png' });
    const read = await qrInImage(browser, photo);
    expect(read.text === token, `the QR photo (${read.width}×${read.height}) reads as ${read.text === null ? 'nothing' : `"${read.text.slice(0, 24)}…"`}, not the card's code`);
    card = { number, tier, token, names };
    console.log(`    card ${number}, tier ${tier}, ${token.length}-character code, QR photo ${read.width}×${read.height}`);
    await axe(page);
    await shot(page, `${prefix}-card-${lang}`);
  });

  await step(`${prefix}f ${lang}: the service point reads the QR photo, redeems what the tier allows once, replays a resent form`, () => pages[STAFF], async () => {
    const page = await as(STAFF);
    setActive(page);
    const res = await page.goto(`${base}/service-point`);
    expect(res && res.status() === 200, `GET /service-point answered ${res && res.status()}`);
    expect((await page.getAttribute('html', 'lang')) === lang, `the service point is not in ${lang}`);
    const intro = await text(page, 'main');
    expect(intro.includes(chinese ? HOSPITAL.zh : HOSPITAL.en), 'the service point does not name the hospital');
    await axe(page);
    await shot(page, `${prefix}-point-${lang}`);

    // The photo: scan.js decodes it with jsQR and submits the form by itself.
    const photoInput = page.locator('input[data-scan-photo]');
    expect(await photoInput.isVisible(), 'the photo input is hidden (scan.js did not start)');
    const complaints = [];
    const listen = (m) => m.type() === 'error' && complaints.push(m.text());
    page.on('console', listen);
    const status = await post(page, '/service-point/check', () =>
      photoInput.setInputFiles({ name: 'card-qr.png', mimeType: 'image/png', buffer: photo }),
    ).catch(async () => {
      const note = await page.locator('[data-scan-unreadable]').isVisible().catch(() => false);
      expect(false, `the form was not sent after the QR photo was chosen${note ? '; the page says the code could not be read' : ''}${complaints.length ? `; the console says: ${complaints.join(' | ')}` : ''}`);
    });
    page.off('console', listen);
    expect(status === 200, `checking the card answered ${status}`);
    await page.waitForSelector('[data-point-valid]');
    const valid = await text(page, '[data-point-valid]');
    expect(valid === t('point-valid', { number: card.number, tier: card.tier }), `the check says "${valid}", not card ${card.number} tier ${card.tier}`);
    const field = plain(await page.inputValue('form[data-scan] textarea[name=token]'));
    expect(field === card.token, 'the code read from the photo is not the card\'s code');
    // Requested-and-reviewed services are not redeemed at a counter.
    if ((await row(page, 'specialist-consultation').count()) > 0) {
      expect((await redeemForm(page, 'specialist-consultation').count()) === 0, 'specialist-consultation (requested, not at the service point) offers a Redeem button');
    }

    // What the hospital may redeem on this tier (the demo gives both services to A–D).
    const eligible = HOSPITAL_TIERS.includes(card.tier);
    if (!eligible) {
      for (const code of ['health-check', 'green-channel']) {
        const ent = await entitlementAt(page, code, 2);
        expect(ent === t('card-ent-not_eligible-point'), `tier ${card.tier}: ${code} shows "${ent}", not "${t('card-ent-not_eligible-point')}"`);
      }
      expect((await page.locator('form[action="/service-point/redeem"]').count()) === 0, `tier ${card.tier}: the page offers Redeem for a service the tier does not include`);
      // A hand-made form is refused by the server all the same.
      const csrf = await page.inputValue('form[data-scan] input[name=csrf]');
      const refused = await postFields(page, { csrf, token: card.token, service: 'health-check', key: `forged-${Date.now()}` });
      const error = (await pointError(page)) ?? '';
      expect(refused === 409, `redeeming health-check on tier ${card.tier} answered ${refused}, not 409`);
      expect(error === t('err-service-not-eligible'), `redeeming health-check on tier ${card.tier} says "${error}"`);
      console.log(`    tier ${card.tier}: nothing to redeem at the hospital; a hand-made redemption: ${refused}, "${error}"`);
      await shot(page, `${prefix}-point-not-eligible-${lang}`);
      return;
    }

    service = 'health-check';
    const form = redeemForm(page, service);
    expect((await form.count()) === 1, `no Redeem button for ${service}`);
    expect((await entitlementAt(page, service, 2)) === t('card-ent-left', { left: 1, of: 1 }), `${service} does not show 1 of 1 left`);
    const sent = await form.evaluate((f) => Object.fromEntries(new FormData(f)));
    expect(sent.key && sent.service === service, `the redeem form carries ${JSON.stringify(sent)}`);
    const first = await post(page, '/service-point/redeem', () => form.locator('button[type=submit]').click());
    expect(first === 200, `redeeming answered ${first}`);
    const refusal = await pointError(page);
    expect(refusal === null, `redeeming was refused: "${refusal}"`);
    const done = await text(page, '[data-point-done]');
    expect(like('point-redeemed', { service: card.names[service], use: 1 }).test(done), `after Redeem the page says "${done}"`);
    console.log(`    ${done}`);
    expect((await redeemForm(page, service).count()) === 0, 'health-check still offers Redeem after its one use this year');
    const after = await entitlementAt(page, service, 2);
    expect(after === t('card-ent-exhausted', { of: 1 }), `health-check shows "${after}" after its use`);
    await shot(page, `${prefix}-point-redeemed-${lang}`);

    // The browser's Back, then the same form again: one redemption, answered twice.
    let how = 'Back, then the same form';
    try {
      await page.goBack();
    } catch (e) {
      how = `re-posted (Back failed: ${e.message.split('\n')[0]})`;
    }
    const again = redeemForm(page, service);
    let second;
    if (how.startsWith('Back') && (await again.count()) === 1 && (await again.locator('input[name=key]').inputValue()) === sent.key) {
      second = await post(page, '/service-point/redeem', () => again.locator('button[type=submit]').click());
    } else {
      if (how.startsWith('Back')) how = 're-posted (Back did not show the same form)';
      if (!page.url().startsWith(base)) await page.goto(`${base}/service-point`);
      second = await postFields(page, sent);
    }
    console.log(`    resent: ${how}`);
    expect(second === 200, `sending the same form again answered ${second}`);
    const resent = await pointError(page);
    expect(resent === null, `sending the same form again was refused: "${resent}"`);
    const replayed = await text(page, '[data-point-done]');
    expect(replayed === t('point-replayed', { service: card.names[service] }), `the resent form says "${replayed}", not that it was already redeemed`);
    console.log(`    ${replayed}`);
    await shot(page, `${prefix}-point-replayed-${lang}`);

    // A fresh check of the card: the one health check of the year is used up, so the
    // page offers no Redeem, and a hand-made form with a new key is refused.
    const checked = await checkPasted(page, card.token);
    expect(checked === 200, `checking the card again answered ${checked}`);
    await page.waitForSelector('[data-point-valid]');
    const ent = await entitlementAt(page, service, 2);
    expect(ent === t('card-ent-exhausted', { of: 1 }), `on a fresh check health-check shows "${ent}", not used up`);
    expect((await redeemForm(page, service).count()) === 0, 'a fresh check still offers Redeem for the used health-check');
    expect((await redeemForm(page, 'green-channel').count()) === 1, 'a fresh check offers no Redeem for the unlimited green-channel');
    const refused = await postFields(page, { ...sent, key: `forged-${Date.now()}` });
    const error = (await pointError(page)) ?? '';
    expect(refused === 409, `a second health-check with a new key answered ${refused}, not 409`);
    expect(error === t('err-quota-exhausted'), `a second health-check says "${error}", not that the quota is used up`);
    console.log(`    a second health-check with a new key: ${refused}, "${error}"`);
    await shot(page, `${prefix}-point-exhausted-${lang}`);
  });

  await step(`${prefix}g ${lang}: a tampered code is refused with 409`, () => pages[STAFF], async () => {
    const page = await as(STAFF);
    setActive(page);
    const bad = tamper(card.token);
    const status = await checkPasted(page, bad.text);
    expect(status === 409, `a tampered code answered ${status}, not 409`);
    const error = (await pointError(page)) ?? '';
    const clear = [t('err-token-tampered'), t('err-token-malformed')];
    expect(clear.includes(error), `a tampered code says "${error}"`);
    expect((await page.locator('[data-point-valid]').count()) === 0, 'a tampered code was shown as valid');
    expect((await page.locator('form[action="/service-point/redeem"]').count()) === 0, 'a tampered code offers Redeem');
    console.log(`    character ${bad.at} ${bad.from}→${bad.to}: ${status}, "${error}"`);
    await shot(page, `${prefix}-point-tampered-${lang}`);
  });

  await step(`${prefix}h ${lang}: the holder's card lists the use`, () => pages[talentUser], async () => {
    const page = await as(talentUser);
    setActive(page);
    const res = await page.goto(`${base}/card`);
    expect(res && res.status() === 200, `GET /card answered ${res && res.status()}`);
    const rows = (await page.locator('table.card-history tbody tr').allInnerTexts()).map(plain);
    const ent = await entitlementAt(page, 'health-check', 4);
    if (!service) {
      // Nothing was redeemed: nothing listed, and health-check is still not included.
      expect(rows.length === historyBefore, `the history has ${rows.length} rows, expected ${historyBefore}`);
      expect(ent === t('card-ent-not_eligible'), `the card shows health-check as "${ent}"`);
    } else {
      expect(rows.length === historyBefore + 1, `the history has ${rows.length} rows, expected ${historyBefore + 1} (one redemption, not two)`);
      const used = rows.filter((r) => r.includes(card.names[service]));
      expect(used.length === 1, `the history lists ${card.names[service]} ${used.length} times: ${JSON.stringify(rows)}`);
      expect(used[0].includes(HOSPITAL.en) || used[0].includes(HOSPITAL.zh), `the history does not say where: "${used[0]}"`);
      console.log(`    history: ${used[0]}`);
      expect(ent === t('card-ent-exhausted', { of: 1 }), `the card shows health-check as "${ent}", not used up`);
    }
    await shot(page, `${prefix}-card-used-${lang}`);
  });

  await closeAll();
}
