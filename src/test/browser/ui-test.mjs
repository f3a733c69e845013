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
  t.equal(ids.join(), preset.items.map((i) => i.id).join(), 'the page shows the entries in the API\'s order (date.sortKey), one order for both');
  // "end of December 1922" after 12 December; what is known only to 1922 after December 1922, not first
  t.check(ids.indexOf('dzerzhinsky-reports-to-lenin-1922-12-12') < ids.indexOf('congress-of-soviets-1922-12'), 'a month (end of December 1922) comes after the days of that month');
  t.equal(await page.$eval('#timeline .month', (s) => s.getAttribute('data-month')), '1922-12', 'the first group is December 1922, not the year 1922');
  const firstDate = preset.items[0].date;
  t.equal(firstDate.precision, 'day', 'the window opens with a day (' + preset.items[0].id + ')');
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

  // 3. Hedged and disputed dates are marked (all dates); the legend explains the marks.
  const uncertain = all.items.filter((i) => i.date.uncertain).map((i) => i.id);
  const badged = await page.$$eval('#timeline .entry', (els) => els.filter((e) => e.querySelector('.badge-uncertain')).map((e) => e.getAttribute('data-id')));
  t.check(uncertain.length > 0, 'the data has uncertain dates (' + uncertain.length + ')');
  t.equal(badged.sort().join(), uncertain.sort().join(), 'exactly the uncertain dates carry the "uncertain" badge');
  const approx = all.items.filter((i) => i.date.approximate).length;
  t.equal(await page.$$eval('#timeline .entry .badge-approx', (e) => e.length), approx, 'approximate dates carry the "approx." badge');
  const disputedDates = all.items.filter((i) => i.date.disputed).map((i) => i.id).sort();
  const disputedBadged = (await page.$$eval('#timeline .entry', (els) => els.filter((e) => e.querySelector('.badge-disputed')).map((e) => e.getAttribute('data-id')))).sort();
  t.check(disputedDates.length >= 8, 'the sources dispute the dates of some entries (' + disputedDates.length + ')');
  t.equal(disputedBadged.join(), disputedDates.join(), 'exactly the entries with a disputed date carry the "disputed" badge');
  const stroke = '.entry[data-id="lenin-second-stroke-1922-12-16"]';
  t.equal(squash(await page.textContent(stroke + ' time')), 'December 12, 13, 15 or 16, 1922', 'a disputed date shows every claimed day, none chosen');
  const strokeTitle = await page.getAttribute(stroke + ' .badge-disputed', 'title');
  t.check(/December 12, 1922.*December 16, 1922/.test(strokeTitle), 'the badge names the claims', strokeTitle);
  const disputes = await allItems(base, 'api/v1/disputes');
  const subjects = new Set(disputes.items.map((d) => d.subject && d.subject.id));
  const disputedShown = all.items.filter((i) => subjects.has(i.id)).map((i) => i.id).sort();
  const disagreeMarked = (await page.$$eval('#timeline .entry', (els) => els.filter((e) => e.querySelector('.entry-disagree')).map((e) => e.getAttribute('data-id')))).sort();
  t.equal(disagreeMarked.join(), disputedShown.join(), 'exactly the subjects of disputes say that the sources disagree');
  const legend = squash(await page.textContent('#legend'));
  t.check(/square brackets/.test(legend) && /day unknown/i.test(legend) && /month unknown/i.test(legend) && /disputed/i.test(legend), 'the legend explains brackets, DAY UNKNOWN / MONTH UNKNOWN and disputed', legend);
  const dayUnknown = all.items.filter((i) => i.date.precision === 'month').map((i) => i.id).sort();
  const dayBadged = (await page.$$eval('#timeline .entry', (els) => els.filter((e) => Array.from(e.querySelectorAll('.badge-imprecise')).some((b) => /day unknown/i.test(b.textContent))).map((e) => e.getAttribute('data-id')))).sort();
  t.equal(dayBadged.join(), dayUnknown.join(), 'exactly the dates known to the month carry "day unknown"');

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
  // a date that does not exist: its field is highlighted with the reason, the chronology stays
  n = await loadCount(page);
  await page.fill('#f-from', '1923-13');
  await page.click('#filters .apply');
  await loaded(page, n);
  t.equal(await page.getAttribute('#f-from', 'aria-invalid'), 'true', 'a month 13 is flagged on the From field');
  t.check(await page.$eval('#date-error', (e) => !e.hidden && /From/.test(e.textContent)), 'the reason is shown under the fields', await page.textContent('#date-error'));
  t.check(!/could not be loaded/.test(await page.textContent('#status')), 'a bad date is not "The chronology could not be loaded"', await page.textContent('#status'));
  t.check((await entryIds(page)).length > 0, 'the entries shown before stay');
  // the API refuses what the page lets through (the year 0000): the field it names is highlighted
  n = await loadCount(page);
  await page.fill('#f-from', '1922-12');
  await page.fill('#f-to', '0000');
  await page.click('#filters .apply');
  await loaded(page, n);
  t.equal(await page.getAttribute('#f-to', 'aria-invalid'), 'true', 'the field the API names (to) is highlighted');
  t.equal(await page.getAttribute('#f-from', 'aria-invalid'), 'false', 'the other date field is not');
  t.check(!/could not be loaded/.test(await page.textContent('#status')), 'a refused date is not "could not be loaded"', await page.textContent('#status'));
  // that refusal (400, and the browser's console line for it) was asked for: not a problem of the page
  for (let k = problems.length - 1; k >= 0; k--) {
    if (/to=0000/.test(problems[k]) || /status of 400/.test(problems[k])) problems.splice(k, 1);
  }
  await page.fill('#f-from', '1922-12');
  await page.fill('#f-to', '1923-03');
  // Words: titles, summaries and the quoted passages ("arrangement" is only in a quote, read across a line break)
  n = await loadCount(page);
  await page.fill('#f-q', 'arrangement');
  await page.click('#filters .apply');
  await loaded(page, n);
  const words = await allItems(base, 'api/v1/timeline', { from: '1922-12', to: '1923-03', q: 'arrangement' });
  ids = await entryIds(page);
  t.check(ids.includes('lenin-letter-to-stalin-on-monopoly-1922-12-15'), '"Words" finds an entry by a word of its quoted passage', ids.join());
  t.equal(ids.join(), words.items.map((i) => i.id).join(), '"Words" shows what the API finds');
  await page.fill('#f-q', '');
  // the person filter includes bodies; a sort name ending in a full stop ends the sentence once
  const bodyOptions = await page.$$eval('#f-person optgroup[label="Bodies"] option', (o) => o.map((x) => x.value));
  const bodies = await allItems(base, 'api/v1/bodies').catch(() => ({ items: [] }));
  t.equal(bodyOptions.sort().join(), bodies.items.map((b) => b.id).sort().join(), 'the person filter lists the bodies');
  if (bodyOptions.includes('politburo')) {
    n = await loadCount(page);
    await page.selectOption('#f-person', 'politburo');
    await loaded(page, n);
    const politburo = await allItems(base, 'api/v1/timeline', { from: '1922-12', to: '1923-03', person: 'politburo' });
    t.equal((await entryIds(page)).join(), politburo.items.map((i) => i.id).join(), 'a body as person filter (the Politburo)');
  }
  n = await loadCount(page);
  await page.selectOption('#f-person', 'oldenburg');
  await loaded(page, n);
  const status = await page.textContent('#status');
  t.check(/S\.S\./.test(status) && !/\.\./.test(status), 'no double full stop after "Oldenburg, S.S."', status);
  n = await loadCount(page);
  await page.selectOption('#f-person', '');
  await loaded(page, n);
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
  t.equal(mark, cite.text, 'the reader highlights the quoted words, in their reading form, in a <mark>');
  const passage = await getJson(api('api/v1/passages/' + cite.passageId));
  const readerText = await page.textContent('#reader-text');
  t.equal(readerText, passage.text, 'the whole passage is shown around the highlight, as the API reads it');
  const meta = await page.textContent('#reader-meta');
  t.check(passage.page == null ? /no printed page/.test(meta) : meta.includes('printed page ' + passage.page), 'the printed page is shown', meta);
  const number = parseInt(cite.passageId.slice(-4), 10);
  t.check(meta.includes('passage ' + number + ' ') || meta.endsWith('passage ' + number), 'the passage number is the one in its id (' + cite.passageId + ')', meta);
  t.equal(await page.evaluate(() => document.activeElement.id), 'reader-close', 'focus moves into the reader');
  t.equal(await page.getAttribute('#reader', 'role'), 'dialog', 'the reader is a labelled dialog');
  await page.waitForSelector('#reader-after:not([hidden])', { timeout: 5000 }).catch(() => {});
  t.check(await page.$eval('#reader-after', (e) => !e.hidden && e.textContent.length > 0) || !passage.next, 'the following passage is shown dimmed for context');
  await page.screenshot({ path: path.join(shots, 'desktop-reader.png') });

  if (passage.next) {
    await page.click('#reader-next');
    await page.waitForFunction((p) => !document.querySelector('#reader-mark') && document.getElementById('reader-prev').getAttribute('data-passage') === p, cite.passageId);
    const next = await getJson(api('api/v1/passages/' + passage.next));
    t.equal(await page.textContent('#reader-text'), next.text, '"Next passage" shows the following passage');
    await page.click('#reader-prev');
    await page.waitForSelector('#reader-mark');
    t.equal(await page.textContent('#reader-mark'), cite.text, '"Previous passage" comes back to the highlight');
  }
  await page.keyboard.press('Escape');
  await page.waitForSelector('#reader', { state: 'hidden' });
  t.check(true, 'Escape closes the reader');
  t.check(await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('citation')), 'focus returns to the citation');

  // a quote read across line-end hyphens: "ar- rangement" is joined, "foreign- trade" keeps its hyphen
  const letter = 'lenin-letter-to-stalin-on-monopoly-1922-12-15';
  const letterDetail = await getJson(api('api/v1/events/' + letter));
  const k = letterDetail.citations.findIndex((c) => /arrangement/.test(c.text));
  t.check(k >= 0 && /ar-\s+rangement/.test(letterDetail.citations[k].quote), 'the raw quote keeps "ar- rangement", its reading form says "arrangement"');
  await page.click(`.entry[data-id="${letter}"] .entry-toggle`);
  await page.waitForSelector(`.entry[data-id="${letter}"] .entry-detail[data-state="loaded"]`);
  const preview = await page.$$eval(`.entry[data-id="${letter}"] .entry-detail > .citations .citation-quote`, (e) => e.map((x) => x.textContent));
  t.check(preview[k].includes('come to an arrangement with Trotsky'), 'the citation reads "arrangement"', preview[k]);
  await page.click(`.entry[data-id="${letter}"] .entry-detail > .citations li:nth-child(${k + 1}) .citation`);
  await page.waitForFunction(() => { const m = document.querySelector('#reader-mark'); return m && /arrangement/.test(m.textContent); });
  const letterPassage = await getJson(api('api/v1/passages/' + letterDetail.citations[k].passageId));
  t.equal(await page.textContent('#reader-mark'), letterDetail.citations[k].text, 'the reader marks the reading form of the quote');
  const letterText = await page.textContent('#reader-text');
  t.equal(letterText, letterPassage.text, 'the reader shows the passage as the API reads it');
  t.check(letterText.includes('foreign-trade monopoly') && !/foreigntrade|ar- rangement|foreign- trade/.test(letterText), 'real hyphen kept, soft hyphen joined, in the passage too', letterText);
  // the page's reading form agrees with the API's over a run of passages
  let same = 0;
  for (let step = 0; step < 6; step++) {
    const here = await page.getAttribute('#reader-next', 'data-passage');
    if (!here) break;
    const before = await page.getAttribute('#reader-prev', 'data-passage');
    await page.click('#reader-next');
    await page.waitForFunction((p) => document.getElementById('reader-prev').getAttribute('data-passage') !== p
      && document.getElementById('reader').getAttribute('aria-busy') === 'false', before);
    const p2 = await getJson(api('api/v1/passages/' + here));
    if ((await page.textContent('#reader-text')) === p2.text) same++;
    else t.fail('reading form of ' + here, await page.textContent('#reader-text'));
  }
  t.check(same >= 5, 'the reader reads ' + same + ' following passages exactly as the API');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#reader', { state: 'hidden' });

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
