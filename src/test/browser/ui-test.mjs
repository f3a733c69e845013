// Browser test of our own page at /: it loads, the filters change what is shown, a citation opens its passage
// with the quoted words highlighted, the reader closes with Escape; screenshots at phone and desktop widths.
// Usage: node ui-test.mjs BASE_URL   (SCREENSHOT_DIR: where to write the PNGs, default target/screenshots)
import fs from 'node:fs';
import path from 'node:path';
import { baseUrl, launch, watch, reporter, repo, allItems, getJson, squash } from './lib.mjs';

const base = baseUrl();
const t = reporter('ui');
const shots = process.env.SCREENSHOT_DIR || path.join(repo, 'target', 'screenshots');
fs.mkdirSync(shots, { recursive: true });
const api = (p) => new URL(p, base).toString();

async function loaded(page, after) {
  await page.waitForFunction((n) => Number(document.body.getAttribute('data-loaded') || 0) > n, after, { timeout: 30000 });
}
const loadCount = (page) => page.evaluate(() => Number(document.body.getAttribute('data-loaded') || 0));
const entryIds = (page) => page.$$eval('#timeline .entry', (els) => els.map((e) => e.getAttribute('data-id')));

const { context, close } = await launch();
try {
  const page = await context.newPage();
  const problems = watch(page);
  await page.setViewportSize({ width: 1440, height: 900 });

  // 1. The default view is the preset December 1922 - March 1923.
  const t0 = Date.now();
  await page.goto(base);
  await loaded(page, 0);
  console.log('# first view loaded in ' + (Date.now() - t0) + ' ms');
  const preset = await allItems(base, 'api/v1/timeline', { from: '1922-12', to: '1923-03' });
  let ids = await entryIds(page);
  t.equal(ids.length, preset.total, 'default view shows every entry of Dec 1922 - Mar 1923 (all pages)');
  t.equal([...ids].sort().join(), preset.items.map((i) => i.id).sort().join(), 'the same entries as the API');
  const apiOrder = new Map(preset.items.map((i, k) => [i.id, k]));
  const inOrder = await page.$$eval('#timeline .month', (secs) => secs.map((s) => Array.from(s.querySelectorAll('.entry')).map((e) => e.getAttribute('data-id'))));
  t.check(inOrder.every((g) => g.every((id, k) => k === 0 || apiOrder.get(g[k - 1]) < apiOrder.get(id))), 'entries in date order within each month');
  t.equal(await page.getAttribute('#preset-testament', 'aria-pressed'), 'true', 'the preset button is pressed');
  const months = await page.$$eval('#timeline .month', (els) => els.map((e) => e.getAttribute('data-month')));
  t.check(months.includes('1922-12') && months.includes('1923-03'), 'grouped by month, December 1922 to March 1923', months.join());
  t.check(months.every((m) => m.length === 4 || (m >= '1922-12' && m <= '1923-03')), 'no month group outside the window', months.join());
  const order = (m) => (m.length === 4 ? m + '-~' : m);
  t.equal(months.join(), [...months].sort((x, y) => (order(x) < order(y) ? -1 : 1)).join(), 'month groups in chronological order (a year whose month is unknown after its months)');
  const heading = await page.textContent('#m-1923-01');
  t.check(/January 1923/.test(heading), 'month heading reads "January 1923"', heading);
  t.check(await page.$$eval('#timeline .entry time', (els) => els.every((e) => e.textContent.trim().length > 0)), 'every entry has a date label');
  t.check((await page.title()).includes('Last Struggle'), 'page title');
  t.check(await page.$('a[href="/q/swagger-ui"]') !== null, 'links to Swagger UI');

  // 2. All dates vs the preset.
  let n = await loadCount(page);
  await page.click('#preset-all');
  await loaded(page, n);
  const all = await allItems(base, 'api/v1/timeline');
  ids = await entryIds(page);
  t.equal(ids.length, all.total, '"All dates" shows every timeline entry');
  t.check(all.total > preset.total, 'more entries than the preset (' + all.total + ' > ' + preset.total + ')');
  t.equal(await page.getAttribute('#preset-all', 'aria-pressed'), 'true', '"All dates" is now the pressed preset');

  // 3. Hedged and disputed dates are marked (all dates).
  const uncertain = all.items.filter((i) => i.date.uncertain).map((i) => i.id);
  const badged = await page.$$eval('#timeline .entry', (els) => els.filter((e) => e.querySelector('.badge-uncertain')).map((e) => e.getAttribute('data-id')));
  t.check(uncertain.length > 0, 'the data has uncertain dates (' + uncertain.length + ')');
  t.equal(badged.sort().join(), uncertain.sort().join(), 'exactly the uncertain dates carry the "uncertain" badge');
  const approx = all.items.filter((i) => i.date.approximate).length;
  t.equal(await page.$$eval('#timeline .entry .badge-approx', (e) => e.length), approx, 'approximate dates carry the "approx." badge');
  const disputes = await allItems(base, 'api/v1/disputes');
  const subjects = new Set(disputes.items.map((d) => d.subject && d.subject.id));
  const disputedShown = all.items.filter((i) => subjects.has(i.id)).map((i) => i.id).sort();
  const disputedBadged = (await page.$$eval('#timeline .entry', (els) => els.filter((e) => e.querySelector('.badge-disputed')).map((e) => e.getAttribute('data-id')))).sort();
  t.check(disputedShown.length > 0, 'some timeline entries are subjects of disputes (' + disputedShown.length + ')');
  t.equal(disputedBadged.join(), disputedShown.join(), 'exactly the disputed entries carry the "disputed" badge');

  // 4. Person and kind filters.
  n = await loadCount(page);
  await page.click('#preset-testament');
  await loaded(page, n);
  n = await loadCount(page);
  await page.selectOption('#f-person', 'volodicheva');
  await loaded(page, n);
  const volodicheva = await allItems(base, 'api/v1/timeline', { from: '1922-12', to: '1923-03', person: 'volodicheva' });
  ids = await entryIds(page);
  t.equal(ids.join(), volodicheva.items.map((i) => i.id).join(), 'person filter (Volodicheva) shows her entries only');
  t.check(ids.length > 0 && ids.length < preset.total, 'person filter narrows the list (' + ids.length + ')');
  t.check(new URL(page.url()).searchParams.get('person') === 'volodicheva', 'the filter is kept in the address');
  n = await loadCount(page);
  await page.selectOption('#f-person', '');
  await loaded(page, n);
  n = await loadCount(page);
  await page.selectOption('#f-kind', 'type:health');
  await loaded(page, n);
  const health = await allItems(base, 'api/v1/timeline', { from: '1922-12', to: '1923-03', type: 'health' });
  ids = await entryIds(page);
  t.equal(ids.join(), health.items.map((i) => i.id).join(), 'type filter (health) shows the health events');
  t.check(await page.$$eval('#timeline .entry', (els) => els.every((e) => e.getAttribute('data-kind') === 'event')), 'only events under an event type');
  n = await loadCount(page);
  await page.selectOption('#f-kind', 'include:documents');
  await loaded(page, n);
  const docs = await allItems(base, 'api/v1/timeline', { from: '1922-12', to: '1923-03', include: 'documents' });
  t.equal((await entryIds(page)).length, docs.total, 'kind filter (documents) shows the documents');
  // typed dates
  n = await loadCount(page);
  await page.selectOption('#f-kind', '');
  await loaded(page, n);
  n = await loadCount(page);
  await page.fill('#f-from', '1923-03-01');
  await page.fill('#f-to', '1923-03-10');
  await page.press('#f-to', 'Enter');
  await loaded(page, n);
  const march = await allItems(base, 'api/v1/timeline', { from: '1923-03-01', to: '1923-03-10' });
  t.equal((await entryIds(page)).sort().join(), march.items.map((i) => i.id).sort().join(), 'typed from/to dates filter the list');
  await page.fill('#f-from', '1923-3');
  await page.click('#filters .apply');
  t.equal(await page.getAttribute('#f-from', 'aria-invalid'), 'true', 'a malformed date is flagged, not sent');
  n = await loadCount(page);
  await page.click('#preset-testament');
  await loaded(page, n);
  t.equal((await entryIds(page)).length, preset.total, 'the preset is one click away again');

  // 5. Expand an entry with the keyboard and open a citation in the reader.
  const target = 'letter-to-the-congress-1922-12-23';
  const detail = await getJson(api('api/v1/documents/' + target));
  const toggle = `.entry[data-id="${target}"] .entry-toggle`;
  await page.focus(toggle);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.entry[data-id="${target}"] .entry-detail[data-state="loaded"]`);
  t.equal(await page.getAttribute(toggle, 'aria-expanded'), 'true', 'Enter on the title expands the entry (aria-expanded)');
  const summaryText = await page.textContent(`.entry[data-id="${target}"] .summary`);
  t.equal(squash(summaryText), squash(detail.summary), 'the expanded entry shows the summary');
  const citeButtons = `.entry[data-id="${target}"] .entry-detail > .citations .citation`;
  t.equal(await page.$$eval(citeButtons, (e) => e.length), detail.citations.length, 'one button per citation of the entity');
  await page.screenshot({ path: path.join(shots, 'desktop-expanded.png') });

  const cite = detail.citations[0];
  await page.click(citeButtons);
  await page.waitForSelector('#reader:not([hidden]) #reader-mark');
  const mark = await page.textContent('#reader-mark');
  t.equal(squash(mark), squash(cite.quote), 'the reader highlights the quoted words in a <mark>');
  const passage = await getJson(api('api/v1/passages/' + cite.passageId));
  const readerText = await page.textContent('#reader-text');
  t.equal(squash(readerText), squash(passage.citation.quote), 'the whole passage is shown around the highlight');
  const meta = await page.textContent('#reader-meta');
  t.check(passage.page == null ? /no printed page/.test(meta) : meta.includes('printed page ' + passage.page), 'the printed page is shown', meta);
  t.equal(await page.evaluate(() => document.activeElement.id), 'reader-close', 'focus moves into the reader');
  t.equal(await page.getAttribute('#reader', 'role'), 'dialog', 'the reader is a labelled dialog');
  await page.waitForSelector('#reader-after:not([hidden])', { timeout: 5000 }).catch(() => {});
  t.check(await page.$eval('#reader-after', (e) => !e.hidden && e.textContent.length > 0) || !passage.next, 'the following passage is shown dimmed for context');
  await page.screenshot({ path: path.join(shots, 'desktop-reader.png') });

  if (passage.next) {
    await page.click('#reader-next');
    await page.waitForFunction((p) => !document.querySelector('#reader-mark') && document.getElementById('reader-prev').getAttribute('data-passage') === p, cite.passageId);
    const next = await getJson(api('api/v1/passages/' + passage.next));
    t.equal(squash(await page.textContent('#reader-text')), squash(next.citation.quote), '"Next passage" shows the following passage');
    await page.click('#reader-prev');
    await page.waitForSelector('#reader-mark');
    t.equal(squash(await page.textContent('#reader-mark')), squash(cite.quote), '"Previous passage" comes back to the highlight');
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('#reader', { state: 'hidden' });
  t.check(true, 'Escape closes the reader');
  t.check(await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('citation')), 'focus returns to the citation');

  // a disputed entry: the dispute's claims are listed with their own citations
  const disputed = `.entry[data-id="letter-to-the-congress-1923-01-04"]`;
  await page.click(disputed + ' .entry-toggle');
  await page.waitForSelector(disputed + ' .claim');
  t.check(await page.$$eval(disputed + ' .dispute-q', (e) => e.length) > 0, 'an expanded disputed entry lists the question and the claims');

  t.check(problems.length === 0, 'desktop: no console errors, page errors or failed requests', problems.join('\n'));

  // 6. Screenshots (and a phone-sized run through the reader).
  await page.keyboard.press('Escape');
  await page.goto(base);
  await loaded(page, 0);
  await page.screenshot({ path: path.join(shots, 'desktop.png') });

  const phone = await context.newPage();
  const phoneProblems = watch(phone);
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto(base);
  await loaded(phone, 0);
  t.equal((await entryIds(phone)).length, preset.total, 'phone: the chronology loads');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  t.check(overflow <= 0, 'phone: no horizontal scrolling', overflow + ' px too wide');
  await phone.screenshot({ path: path.join(shots, 'phone.png') });
  await phone.click(toggle);
  await phone.waitForSelector(`.entry[data-id="${target}"] .entry-detail[data-state="loaded"]`);
  await phone.$eval(`.entry[data-id="${target}"]`, (e) => e.scrollIntoView());
  await phone.screenshot({ path: path.join(shots, 'phone-expanded.png') });
  await phone.click(citeButtons);
  await phone.waitForSelector('#reader:not([hidden]) #reader-mark');
  const box = await phone.$eval('#reader', (e) => e.getBoundingClientRect().width);
  t.equal(Math.round(box), 390, 'phone: the reader takes the full width');
  await phone.waitForSelector('#reader-after:not([hidden])', { timeout: 5000 }).catch(() => {});
  await phone.screenshot({ path: path.join(shots, 'phone-reader.png') });
  for (let k = 0; k < 5; k++) await phone.keyboard.press('Tab');
  t.check(await phone.evaluate(() => document.getElementById('reader').contains(document.activeElement)), 'phone: Tab stays inside the reader (modal)');
  t.equal(await phone.getAttribute('#reader', 'aria-modal'), 'true', 'phone: the reader is aria-modal');
  await phone.keyboard.press('Escape');
  await phone.waitForSelector('#reader', { state: 'hidden' });
  t.check(true, 'phone: Escape closes the reader');
  t.check(phoneProblems.length === 0, 'phone: no console errors, page errors or failed requests', phoneProblems.join('\n'));
  console.log('# screenshots in ' + shots);
} catch (e) {
  t.fail('ui run', e);
} finally {
  await close();
}
t.done();
