/*
 * Lenin's Last Struggle: the chronology page.
 * Plain DOM code: every text that comes from the API is set with textContent, never parsed as HTML.
 */
(function () {
  'use strict';

  var API = '/api/v1';
  var PAGE_SIZE = 100;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
    'October', 'November', 'December'];
  var DATE_RE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  var PRECISION_WORDS = { day: 'the day', month: 'the month', year: 'the year', decade: 'the decade', century: 'the century' };

  var state = {
    sources: {},          // source id -> title
    disputed: {},         // subject id -> [dispute refs]
    details: {},          // entity url -> Promise of detail JSON
    loadSeq: 0,           // guards against out-of-order filter loads
    readerTrigger: null,  // element to give focus back to when the reader closes
    readerCitation: null, // the citation whose passage is open (for the highlight)
    readerPassage: null
  };

  // ---------- small helpers ----------

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') node.textContent = v;
        else if (k === 'className') node.className = v;
        else if (k.slice(0, 2) === 'on') node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : v);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (p) {
          var err = new Error((p && (p.detail || p.title)) || ('HTTP ' + r.status));
          err.status = r.status;
          err.problem = p;
          throw err;
        });
      }
      return r.json();
    });
  }

  /** All pages of a paged list endpoint, in order. */
  function getAllPages(path, params) {
    var items = [];
    function next(page) {
      var q = new URLSearchParams(params || {});
      q.set('size', String(PAGE_SIZE));
      q.set('page', String(page));
      return getJson(path + '?' + q.toString()).then(function (body) {
        items = items.concat(body.items || []);
        var pages = Math.ceil((body.total || 0) / PAGE_SIZE);
        if (page + 1 < pages && (body.items || []).length > 0) return next(page + 1);
        return { items: items, total: body.total || items.length };
      });
    }
    return next(0);
  }

  /** Code-point slicing: the API's offsets count Unicode code points, JavaScript strings count UTF-16 units. */
  function cpSlice(chars, from, to) {
    return chars.slice(Math.max(0, from), Math.max(0, to)).join('');
  }

  /** Java's Character.isWhitespace, and the no-break space (the reading form strips both at a line's ends). */
  var STRIP = /[\t\n\u000B\f\r\u001C-\u001F \u00A0\u1680\u2000-\u2006\u2008-\u200A\u2028\u2029\u205F\u3000]/;
  var COLLAPSE = /[ \t\n\u000B\f\r]/;

  function isLetter(c) { return /\p{L}/u.test(c); }

  /**
   * The reading form of raw text (an array of code points), as the server's ReadingForm makes it: lines stripped and
   * joined with one space, a line-end hyphen between letters dropped when its raw offset (base + index) is in soft and
   * kept without the space otherwise, no space at an em dash ending or starting a line, runs of white space as one
   * space. Returns the text's characters and, for each, the index of the raw character it comes from (a joining space:
   * the next line's start minus a half).
   */
  function readingForm(chars, base, soft) {
    var out = [];
    var src = [];
    var start = 0;
    for (var i = 0; i <= chars.length; i++) {
      if (i < chars.length && chars[i] !== '\n') continue;
      var a = start, b = i;
      start = i + 1;
      while (a < b && STRIP.test(chars[a])) a++;
      while (b > a && STRIP.test(chars[b - 1])) b--;
      if (a === b) continue;
      var n = out.length;
      if (n > 0) {
        var last = out[n - 1];
        var first = chars[a];
        if (last === '-' && n >= 2 && isLetter(out[n - 2]) && isLetter(first)) {
          if (soft.has(base + src[n - 1])) { out.pop(); src.pop(); }
        } else if (!(last === '\u2014' || first === '\u2014')) {
          out.push(' ');
          src.push(a - 0.5);
        }
      }
      for (var k = a; k < b; k++) { out.push(chars[k]); src.push(k); }
    }
    var text = [];
    var map = [];
    for (var j = 0; j < out.length; j++) {
      if (COLLAPSE.test(out[j])) {
        if (text.length && text[text.length - 1] === ' ') continue;
        text.push(' ');
      } else {
        text.push(out[j]);
      }
      map.push(src[j]);
    }
    while (text.length && text[text.length - 1] <= ' ') { text.pop(); map.pop(); }
    while (text.length && text[0] <= ' ') { text.shift(); map.shift(); }
    return { chars: text, src: map };
  }

  /**
   * The group of an entry, from its date's sort key (the API's order): the month of the day it sorts on, or the year
   * (decade, century) when it is known only so far; groups then follow each other in the API's order.
   */
  function groupKey(date) {
    if (!date || !date.sortKey) return 'undated';
    var k = date.sortKey;
    var rank = k.charAt(8);
    if (rank === '3') return k.slice(0, 4);
    if (rank === '4') return k.slice(0, 3) + 'X';
    if (rank === '5') return k.slice(0, 2) + 'XX';
    return k.slice(0, 4) + '-' + k.slice(4, 6);
  }

  function monthLabel(key) {
    if (key === 'undated') return 'Undated';
    if (/^\d{2}XX$/.test(key)) return 'The ' + (parseInt(key.slice(0, 2), 10) + 1) + 'th century, year not known';
    if (/^\d{3}X$/.test(key)) return 'The ' + key.slice(0, 3) + '0s, year not known';
    if (key.length === 4) return key + ', month not known';
    return MONTHS[parseInt(key.slice(5, 7), 10) - 1] + ' ' + key.slice(0, 4);
  }

  /** A sentence ends with one full stop, even after a name that ends with one ("Oldenburg, S.S."). */
  function sentence(text) {
    return /[.!?]$/.test(text) ? text : text + '.';
  }

  function kindLabel(item) {
    if (item.kind === 'event') return item.type ? item.type : 'event';
    if (item.kind === 'congress') return item.type || 'congress';
    return item.type || 'document';
  }

  function pluralize(n, one, many) { return n + ' ' + (n === 1 ? one : many); }

  // ---------- filters and the URL ----------

  function readFilters() {
    return {
      person: $('f-person').value,
      kind: $('f-kind').value,
      from: $('f-from').value.trim(),
      to: $('f-to').value.trim(),
      q: $('f-q').value.trim()
    };
  }

  function writeFilters(f) {
    setSelect($('f-person'), f.person || '');
    setSelect($('f-kind'), f.kind || '');
    $('f-from').value = f.from || '';
    $('f-to').value = f.to || '';
    $('f-q').value = f.q || '';
  }

  function setSelect(select, value) {
    select.value = value;
    if (select.value !== value) {
      // A person not (yet) in the list: keep the filter visible anyway.
      select.appendChild(el('option', { value: value, text: value }));
      select.value = value;
    }
  }

  function filtersFromUrl() {
    var p = new URLSearchParams(location.search);
    var kind = '';
    if (p.get('type')) kind = 'type:' + p.get('type');
    else if (p.get('include')) kind = 'include:' + p.get('include');
    var f = { person: p.get('person') || '', kind: kind, from: p.get('from') || '', to: p.get('to') || '', q: p.get('q') || '' };
    if (!location.search) { f.from = '1922-12'; f.to = '1923-03'; }
    return f;
  }

  function apiParams(f) {
    var p = {};
    if (f.person) p.person = f.person;
    if (f.from) p.from = f.from;
    if (f.to) p.to = f.to;
    if (f.q) p.q = f.q;
    if (f.kind) {
      var i = f.kind.indexOf(':');
      p[f.kind.slice(0, i)] = f.kind.slice(i + 1);
    }
    return p;
  }

  function syncUrl(f) {
    var p = new URLSearchParams(apiParams(f));
    var s = p.toString();
    if (!s) s = 'all';
    history.replaceState(null, '', s === 'all' ? '?all' : '?' + s);
  }

  function updatePresets(f) {
    Array.prototype.forEach.call(document.querySelectorAll('.preset'), function (b) {
      var on = (b.getAttribute('data-from') || '') === (f.from || '') && (b.getAttribute('data-to') || '') === (f.to || '');
      b.setAttribute('aria-pressed', on ? 'true' : 'false');
    });
  }

  /** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day. */
  function validDate(v) {
    if (!DATE_RE.test(v)) return false;
    var y = parseInt(v.slice(0, 4), 10);
    if (v.length === 4) return true;
    var m = parseInt(v.slice(5, 7), 10);
    if (m < 1 || m > 12) return false;
    if (v.length === 7) return true;
    var d = parseInt(v.slice(8, 10), 10);
    return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
  }

  /** Marks the date fields named (from, to) as wrong, with the reason under them; clears the others. */
  function markDateFields(errors) {
    var msg = [];
    [['from', $('f-from')], ['to', $('f-to')]].forEach(function (pair) {
      var err = errors[pair[0]];
      pair[1].setAttribute('aria-invalid', err ? 'true' : 'false');
      pair[1].closest('.field').classList.toggle('field-invalid', !!err);
      if (err) msg.push((pair[0] === 'from' ? 'From' : 'To') + ': ' + err);
    });
    var box = $('date-error');
    box.textContent = msg.join(' ');
    box.hidden = !msg.length;
  }

  function validate(f) {
    var errors = {};
    ['from', 'to'].forEach(function (name) {
      if (f[name] && !validDate(f[name])) {
        errors[name] = 'write a date as YYYY, YYYY-MM or YYYY-MM-DD (a real month and day), not “' + f[name] + '”.';
      }
    });
    markDateFields(errors);
    return Object.keys(errors);
  }

  // ---------- the chronology ----------

  function load() {
    var f = readFilters();
    updatePresets(f);
    var bad = validate(f);
    if (bad.length) {
      setStatus('Please correct the highlighted date' + (bad.length > 1 ? 's' : '') + '.', true);
      $(bad[0] === 'from' ? 'f-from' : 'f-to').focus();
      document.body.setAttribute('data-loaded', String(++state.loadSeq));
      return Promise.resolve();
    }
    syncUrl(f);
    var seq = ++state.loadSeq;
    var box = $('timeline');
    box.setAttribute('aria-busy', 'true');
    setStatus('Loading the chronology…');
    return getAllPages(API + '/timeline', apiParams(f)).then(function (res) {
      if (seq !== state.loadSeq) return;
      render(res.items, f);
      box.setAttribute('aria-busy', 'false');
      box.setAttribute('data-count', String(res.items.length));
      box.setAttribute('data-total', String(res.total));
      document.body.setAttribute('data-loaded', String(seq));
    }).catch(function (e) {
      if (seq !== state.loadSeq) return;
      box.setAttribute('aria-busy', 'false');
      // a bad parameter the API names (a date it does not accept): highlight its field, keep the page as it was
      var fields = {};
      ((e.problem && e.problem.errors) || []).forEach(function (err) {
        if (err.name === 'from' || err.name === 'to') fields[err.name] = err.detail;
      });
      if (e.status === 400 && Object.keys(fields).length) {
        markDateFields(fields);
        setStatus('Please correct the highlighted date' + (Object.keys(fields).length > 1 ? 's' : '') + '.', true);
      } else {
        box.textContent = '';
        setStatus('The chronology could not be loaded: ' + e.message, true);
      }
      document.body.setAttribute('data-loaded', String(seq));
    });
  }

  function setStatus(text, isError) {
    var s = $('status');
    s.textContent = text;
    s.classList.toggle('status-error', !!isError);
  }

  function describeWindow(f) {
    var parts = [];
    if (f.from && f.to) parts.push('from ' + f.from + ' to ' + f.to);
    else if (f.from) parts.push('from ' + f.from);
    else if (f.to) parts.push('up to ' + f.to);
    else parts.push('all dates');
    if (f.person) {
      var opt = $('f-person').selectedOptions[0];
      parts.push('involving ' + (opt ? opt.textContent : f.person));
    }
    if (f.kind) parts.push($('f-kind').selectedOptions[0].textContent.toLowerCase() + ' only');
    if (f.q) parts.push('matching “' + f.q + '”');
    return parts.join(', ');
  }

  function render(items, f) {
    var box = $('timeline');
    box.textContent = '';
    setStatus(sentence(pluralize(items.length, 'entry', 'entries') + ' — ' + describeWindow(f)));
    if (!items.length) {
      box.appendChild(el('p', { className: 'empty', text: 'Nothing in the sources matches these filters. Try a wider date window or “All dates”.' }));
      return;
    }
    // The API's order (date.sortKey) is the page's: consecutive entries of one month (or year ...) form a group.
    var groups = [];
    var byKey = {};
    items.forEach(function (item) {
      var key = groupKey(item.date);
      if (!byKey[key]) { byKey[key] = []; groups.push(key); }
      byKey[key].push(item);
    });
    groups.forEach(function (key) {
      var headingId = 'm-' + key;
      var list = el('ol', { className: 'entries' });
      byKey[key].forEach(function (item) { list.appendChild(renderItem(item)); });
      box.appendChild(el('section', { className: 'month', 'aria-labelledby': headingId, 'data-month': key }, [
        el('h2', { className: 'month-title', id: headingId }, [
          el('span', { text: monthLabel(key) }),
          el('span', { className: 'month-count', text: pluralize(byKey[key].length, 'entry', 'entries') })
        ]),
        list
      ]));
    });
  }

  function dateBadges(date, subjectId) {
    var out = [];
    if (date && date.uncertain) {
      out.push(el('span', { className: 'badge badge-uncertain', title: 'The source hedges this date (' + date.edtf + ')', text: 'uncertain' }));
    }
    if (date && date.approximate) {
      out.push(el('span', { className: 'badge badge-approx', title: 'Approximate date (' + date.edtf + ')', text: 'approx.' }));
    }
    var unknown = { month: 'day unknown', year: 'month unknown', decade: 'year unknown', century: 'year unknown' }[date && date.precision];
    if (unknown) {
      out.push(el('span', { className: 'badge badge-imprecise', title: 'Known only to ' + PRECISION_WORDS[date.precision] + ' (' + date.edtf + ')', text: unknown }));
    }
    if (date && date.disputed) {
      var title = date.oneOf && date.oneOf.length
        ? 'The sources disagree on the date; each claims one of: ' + date.oneOf.map(function (o) { return o.label; }).join(' · ')
        : 'The sources disagree on the date; the one shown rests on primary evidence';
      out.push(el('span', { className: 'badge badge-disputed', title: title, text: 'disputed' }));
    }
    return out;
  }

  /** The entry's disputes (about its date or anything else), as a mark beside its kind. */
  function disputeMark(subjectId) {
    var list = state.disputed[subjectId];
    if (!list) return null;
    return el('span', {
      className: 'entry-disagree', title: list.map(function (d) { return d.question; }).join(' · '),
      text: list.length === 1 ? 'sources disagree on 1 point' : 'sources disagree on ' + list.length + ' points'
    });
  }

  function renderItem(item) {
    var detailId = 'd-' + item.kind + '-' + item.id;
    var date = item.date || {};
    var persons = (item.persons || []).filter(function (p, i, all) {
      return all.findIndex(function (o) { return o.id === p.id; }) === i;
    });
    var toggle = el('button', {
      type: 'button', className: 'entry-toggle', 'aria-expanded': 'false', 'aria-controls': detailId
    }, [
      el('span', { className: 'entry-title', text: item.title }),
      el('span', { className: 'entry-chevron', 'aria-hidden': 'true' })
    ]);
    var detail = el('div', { className: 'entry-detail', id: detailId, hidden: true });
    toggle.addEventListener('click', function () { toggleDetail(item, toggle, detail); });

    var meta = el('p', { className: 'entry-meta' }, [
      el('span', { className: 'kind kind-' + item.kind, text: kindLabel(item) })
    ]);
    if (persons.length) {
      meta.appendChild(el('span', { className: 'entry-persons', text: persons.slice(0, 5).map(function (p) { return p.name; }).join(', ') + (persons.length > 5 ? ' …' : '') }));
    }
    if (item.citationCount) {
      meta.appendChild(el('span', { className: 'entry-cites', text: pluralize(item.citationCount, 'source passage', 'source passages') }));
    }
    var disagree = disputeMark(item.id);
    if (disagree) meta.appendChild(disagree);

    return el('li', {
      className: 'entry entry-' + item.kind + (date.disputed ? ' is-disputed' : '') +
        (date.uncertain || date.approximate ? ' is-hedged' : ''),
      'data-id': item.id, 'data-kind': item.kind
    }, [
      el('div', { className: 'entry-date' }, [
        el('time', { datetime: date.earliest || null, text: date.label || date.edtf || 'undated' }),
        el('span', { className: 'badges' }, dateBadges(date, item.id))
      ]),
      el('div', { className: 'entry-body' }, [el('h3', { className: 'entry-heading' }, [toggle]), meta, detail])
    ]);
  }

  function toggleDetail(item, toggle, detail) {
    var open = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
    detail.hidden = open;
    if (open || detail.getAttribute('data-state')) return;
    detail.setAttribute('data-state', 'loading');
    detail.appendChild(el('p', { className: 'loading', text: 'Loading the sources…' }));
    fetchDetail(item.url).then(function (d) {
      detail.textContent = '';
      fillDetail(detail, item, d);
      detail.setAttribute('data-state', 'loaded');
    }).catch(function (e) {
      detail.textContent = '';
      detail.appendChild(el('p', { className: 'status-error', text: 'Could not load this entry: ' + e.message }));
      detail.removeAttribute('data-state');
    });
  }

  function fetchDetail(url) {
    if (!state.details[url]) {
      state.details[url] = getJson(url).catch(function (e) { delete state.details[url]; throw e; });
    }
    return state.details[url];
  }

  function refList(label, refs) {
    if (!refs || !refs.length) return null;
    return el('div', { className: 'refs' }, [
      el('span', { className: 'refs-label', text: label }),
      el('span', { text: refs.map(function (r) { return r.name + (r.role && r.role !== 'subject' ? ' (' + r.role + ')' : ''); }).join(', ') })
    ]);
  }

  function fillDetail(box, item, d) {
    var summary = d.summary || item.summary;
    if (summary) box.appendChild(el('p', { className: 'summary', text: summary }));
    if (d.date && d.date.edtf) {
      var hedge = d.date.uncertain ? ' — the source hedges this date' : d.date.approximate ? ' — approximate' : '';
      if (d.date.disputed) {
        hedge += d.date.oneOf && d.date.oneOf.length
          ? ' — disputed: the sources give ' + d.date.oneOf.map(function (o) { return o.label; }).join(', ')
          : ' — disputed: the sources disagree, this date rests on primary evidence';
      }
      box.appendChild(el('p', { className: 'edtf' }, [
        el('span', { className: 'refs-label', text: 'Date' }),
        d.date.label + ' ', el('code', { text: d.date.edtf }), hedge,
        d.date.note ? el('span', { className: 'date-note', text: ' ' + d.date.note }) : null
      ]));
    }
    var facts = el('div', { className: 'facts' }, [
      refList('Authors', d.authors),
      refList('To', d.recipients),
      refList('Taken down by', d.dictatedTo),
      refList('Who', item.kind === 'event' ? d.persons : null),
      refList('Part of', d.partOf ? [d.partOf] : null),
      refList('Congress', d.congress ? [d.congress] : null),
      d.place ? el('div', { className: 'refs' }, [el('span', { className: 'refs-label', text: 'Where' }), d.place]) : null
    ]);
    if (facts.childNodes.length) box.appendChild(facts);

    var cites = d.citations || [];
    box.appendChild(el('h4', { className: 'cite-heading', text: cites.length ? 'In the sources' : 'No source passage cited yet' }));
    if (cites.length) box.appendChild(citationList(cites));

    var disputes = (d.disputes || []);
    if (disputes.length) {
      var dl = el('div', { className: 'disputes' });
      box.appendChild(el('h4', { className: 'cite-heading', text: 'What the sources disagree on' }));
      box.appendChild(dl);
      disputes.forEach(function (ref) {
        var holder = el('div', { className: 'dispute' }, [el('p', { className: 'dispute-q', text: ref.name })]);
        dl.appendChild(holder);
        getJson(API + '/disputes/' + encodeURIComponent(ref.id)).then(function (dispute) {
          (dispute.claims || []).forEach(function (c) {
            var claim = el('div', { className: 'claim' + (c.preferred ? ' claim-preferred' : '') }, [
              el('p', { className: 'claim-statement' }, [
                c.preferred ? el('span', { className: 'badge badge-preferred', title: c.reason || 'Rests on primary evidence', text: 'preferred' }) : null,
                c.statement
              ])
            ]);
            if (c.citations && c.citations.length) claim.appendChild(citationList(c.citations));
            holder.appendChild(claim);
          });
        }).catch(function () { /* the question alone still says it is disputed */ });
      });
    }
  }

  function citationList(cites) {
    var ul = el('ul', { className: 'citations' });
    cites.forEach(function (c) {
      var where = (state.sources[c.sourceId] || c.sourceId) + (c.page !== null && c.page !== undefined ? ', p. ' + c.page : '');
      // the quote's reading form (from the API): line breaks as spaces, soft hyphens joined, real ones kept
      var quote = c.text || c.quote.replace(/\s+/g, ' ');
      var btn = el('button', {
        type: 'button', className: 'citation', 'aria-haspopup': 'dialog', 'aria-controls': 'reader',
        'data-passage': c.passageId
      }, [
        el('span', { className: 'citation-quote', text: '“' + (quote.length > 240 ? quote.slice(0, 237).trim() + '…' : quote) + '”' }),
        el('span', { className: 'citation-where', text: where })
      ]);
      btn.addEventListener('click', function () { openReader(c, btn); });
      ul.appendChild(el('li', null, [btn]));
    });
    return ul;
  }

  // ---------- the reader panel ----------

  function openReader(citation, trigger) {
    state.readerTrigger = trigger || document.activeElement;
    state.readerCitation = citation;
    showPassage(citation.passageId, true);
  }

  function showPassage(passageId, focusPanel) {
    var panel = $('reader');
    panel.hidden = false;
    $('reader-backdrop').hidden = false;
    var wasOpen = document.body.classList.contains('reader-open');
    document.body.classList.add('reader-open');
    // on wide screens the page narrows beside the reader: keep the entry that was clicked in view
    if (!wasOpen && state.readerTrigger && state.readerTrigger.scrollIntoView) state.readerTrigger.scrollIntoView({ block: 'center' });
    panel.setAttribute('aria-busy', 'true');
    $('reader-text').textContent = 'Loading…';
    if (focusPanel) $('reader-close').focus();
    return getJson(API + '/passages/' + encodeURIComponent(passageId)).then(function (p) {
      state.readerPassage = p;
      renderPassage(p);
      panel.setAttribute('aria-busy', 'false');
    }).catch(function (e) {
      $('reader-text').textContent = 'This passage could not be loaded: ' + e.message;
      panel.setAttribute('aria-busy', 'false');
    });
  }

  function renderPassage(p) {
    var c = state.readerCitation;
    $('reader-source').textContent = state.sources[p.sourceId] || p.sourceId;
    $('reader-title').textContent = p.section || p.part || 'Source passage';
    var meta = [];
    if (p.part && p.section) meta.push(p.part);
    meta.push(p.page !== null && p.page !== undefined ? 'printed page ' + p.page : 'no printed page');
    meta.push('passage ' + p.seq); // the number in the passage's id (pathfinder-1975-0688: passage 688)
    $('reader-meta').textContent = meta.join(' · ');

    var raw = (p.citation && p.citation.quote) || p.text || '';
    // the passage in its reading form, each character knowing its raw offset, so the quote can be marked in it
    var read = readingForm(Array.from(raw), p.start, new Set(p.softHyphens || []));
    var chars = read.chars;
    var box = $('reader-text');
    box.textContent = '';
    var note = $('reader-note');
    note.hidden = true;
    var hit = c && c.sourceId === p.sourceId && c.start < p.end && c.end > p.start;
    if (hit) {
      var qa = c.start - p.start, qb = c.end - p.start;
      var a = 0;
      while (a < chars.length && read.src[a] < qa) a++;
      var b = chars.length;
      while (b > a && read.src[b - 1] >= qb) b--;
      box.appendChild(document.createTextNode(cpSlice(chars, 0, a)));
      var mark = el('mark', { id: 'reader-mark', text: cpSlice(chars, a, b) });
      box.appendChild(mark);
      box.appendChild(document.createTextNode(cpSlice(chars, b, chars.length)));
      if (c.start < p.start || c.end > p.end) {
        note.hidden = false;
        note.textContent = c.end > p.end ? 'The quotation continues in the next passage.' : 'The quotation begins in the previous passage.';
      }
      // scroll the reader only, never the page behind it
      var body = box.parentNode;
      body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
    } else {
      box.appendChild(document.createTextNode(chars.join('')));
    }
    setStep($('reader-prev'), p.prev);
    setStep($('reader-next'), p.next);
    showContext($('reader-before'), p.prev, p.id);
    showContext($('reader-after'), p.next, p.id);
  }

  /** The neighbouring passage's reading text, dimmed, for context around the one shown. */
  function showContext(box, id, current) {
    box.textContent = '';
    box.hidden = true;
    if (!id) return;
    getJson(API + '/passages/' + encodeURIComponent(id)).then(function (n) {
      if (!state.readerPassage || state.readerPassage.id !== current) return;
      var text = n.text || '';
      if (text.length > 600) text = box.id === 'reader-before' ? '… ' + text.slice(-560).replace(/^\S*\s/, '') : text.slice(0, 560).replace(/\s\S*$/, '') + ' …';
      box.textContent = text;
      box.hidden = false;
    }).catch(function () {});
  }

  function setStep(button, id) {
    button.disabled = !id;
    button.setAttribute('data-passage', id || '');
  }

  function closeReader() {
    var panel = $('reader');
    if (panel.hidden) return;
    panel.hidden = true;
    $('reader-backdrop').hidden = true;
    document.body.classList.remove('reader-open');
    var t = state.readerTrigger;
    state.readerTrigger = null;
    if (t && document.contains(t)) t.focus();
  }

  // ---------- start ----------

  /** The person filter: persons (by sort name), then the bodies (the Politburo ...) that take part in events. */
  function loadPersons() {
    return Promise.all([
      getAllPages(API + '/persons'),
      getAllPages(API + '/bodies').catch(function () { return { items: [] }; })
    ]).then(function (res) {
      var select = $('f-person');
      var current = select.value;
      var people = res[0].items.slice().sort(function (a, b) {
        return (a.sortName || a.name).localeCompare(b.sortName || b.name);
      });
      var bodies = res[1].items.slice().sort(function (a, b) { return a.name.localeCompare(b.name); });
      function fill(label, list, text) {
        if (!list.length) return;
        var group = el('optgroup', { label: label });
        list.forEach(function (p) {
          if (select.querySelector('option[value="' + CSS.escape(p.id) + '"]')) return;
          group.appendChild(el('option', { value: p.id, text: text(p) }));
        });
        select.appendChild(group);
      }
      fill('Persons', people, function (p) { return p.sortName || p.name; });
      fill('Bodies', bodies, function (b) { return b.name; });
      // drop a placeholder option added for an id from the URL, now that the real one is there
      var known = people.concat(bodies);
      Array.prototype.forEach.call(select.querySelectorAll('option'), function (o) {
        if (o.value && o.textContent === o.value && o.parentNode === select && known.some(function (p) { return p.id === o.value; })) o.remove();
      });
      select.value = current;
    });
  }

  function loadSources() {
    return getAllPages(API + '/sources').then(function (res) {
      res.items.forEach(function (s) { state.sources[s.id] = s.title; });
    });
  }

  function loadDisputes() {
    return getAllPages(API + '/disputes').then(function (res) {
      res.items.forEach(function (d) {
        if (!d.subject) return;
        (state.disputed[d.subject.id] = state.disputed[d.subject.id] || []).push(d);
      });
    });
  }

  function init() {
    writeFilters(filtersFromUrl());
    // month headings stick just below the (sticky) filter bar
    var bar = $('filters');
    function barHeight() {
      var sticky = getComputedStyle(bar).position === 'sticky';
      document.documentElement.style.setProperty('--filters-h', (sticky ? bar.offsetHeight : 0) + 'px');
    }
    barHeight();
    if (window.ResizeObserver) new ResizeObserver(barHeight).observe(bar);
    window.addEventListener('resize', barHeight);
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); load(); });
    ['f-person', 'f-kind'].forEach(function (id) { $(id).addEventListener('change', load); });
    Array.prototype.forEach.call(document.querySelectorAll('.preset'), function (b) {
      b.addEventListener('click', function () {
        $('f-from').value = b.getAttribute('data-from');
        $('f-to').value = b.getAttribute('data-to');
        load();
      });
    });
    $('f-reset').addEventListener('click', function () {
      writeFilters({ from: '1922-12', to: '1923-03' });
      load();
    });
    $('reader-close').addEventListener('click', closeReader);
    $('reader-backdrop').addEventListener('click', closeReader);
    ['reader-prev', 'reader-next'].forEach(function (id) {
      $(id).addEventListener('click', function () {
        var target = $(id).getAttribute('data-passage');
        if (target) showPassage(target, false);
      });
    });
    document.addEventListener('keydown', function (e) {
      if ($('reader').hidden) return;
      if (e.key === 'Escape') { e.preventDefault(); closeReader(); return; }
      // Where the reader covers the page (the backdrop shows), Tab stays inside it.
      if (e.key === 'Tab' && getComputedStyle($('reader-backdrop')).display !== 'none') {
        var focusable = Array.prototype.filter.call($('reader').querySelectorAll('button, a[href]'), function (b) { return !b.disabled; });
        if (!focusable.length) return;
        var first = focusable[0], last = focusable[focusable.length - 1];
        if (e.shiftKey && (document.activeElement === first || !$('reader').contains(document.activeElement))) { e.preventDefault(); last.focus(); }
        else if (!e.shiftKey && (document.activeElement === last || !$('reader').contains(document.activeElement))) { e.preventDefault(); first.focus(); }
      }
    });
    // the reader is modal where it covers the page, a side panel where the page stays visible beside it
    function syncModal() { $('reader').setAttribute('aria-modal', window.matchMedia('(min-width: 1200px)').matches ? 'false' : 'true'); }
    syncModal();
    window.addEventListener('resize', syncModal);
    // Sources (titles), disputes (badges) and persons (the select) first, then the chronology.
    Promise.all([
      loadSources().catch(function () {}),
      loadDisputes().catch(function () {}),
      loadPersons().catch(function () {})
    ]).then(load);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
