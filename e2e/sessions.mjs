// What every journey module needs: one signed-in browser context per demo account, in
// the journey's language, and the accessibility check (axe, WCAG 2 A/AA).

import { AxeBuilder } from '@axe-core/playwright';

/**
 * Signed-in pages by account, made on first use. `pages` is kept by the caller so a
 * step can name the page to screenshot when it fails.
 */
export function sessions(h, lang) {
  const pages = {};
  const as = async (user) => {
    if (pages[user]) return pages[user];
    const ctx = await h.browser.newContext({ locale: lang });
    ctx.setDefaultTimeout(h.timeout);
    const page = await ctx.newPage();
    await page.goto(`${h.base}/login`);
    await page.fill('#username', user);
    await page.fill('#password', h.password);
    await Promise.all([page.waitForURL((u) => u.pathname !== '/login'), page.click('form[action="/login"] button[type=submit]')]);
    pages[user] = page;
    return page;
  };
  const closeAll = async () => {
    for (const p of Object.values(pages)) await p.context().close().catch(() => {});
  };
  return { pages, as, closeAll };
}

/** Runs axe on the page; logs every violation and fails on serious or critical ones. */
export async function axeCheck(h, lang, page) {
  const path = new URL(page.url()).pathname;
  const { violations, passes } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  h.expect(passes.length > 0, `axe checked nothing on ${path}`);
  const blocking = [];
  for (const v of violations) {
    const target = v.nodes[0]?.target?.join(' ') ?? '';
    console.log(`    ${path} (${lang}): [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${target})`);
    if (v.impact === 'critical' || v.impact === 'serious') blocking.push(v.id);
  }
  if (violations.length === 0) console.log(`    ${path} (${lang}): no violations`);
  h.expect(blocking.length === 0, `serious or critical accessibility violations on ${path}: ${blocking.join(', ')}`);
}
