// Offline search for KamerArchief. Works from file://: the index is scripts loaded with <script>
// elements (no fetch, no XHR), and a query loads only what it needs:
// - assets/search-index.js lists the term shards (window.KAMERARCHIEF_TERM_SHARDS);
// - assets/zoekindex/termen/<prefix>.js holds, for every folded term that starts with <prefix> (and
//   with no longer listed prefix), its postings as one string: { term: "key:3;key:1|key:8,10;key:4" },
//   the heading entries before the bar and the body entries after it, each part as document keys in
//   order with their entry numbers, where an entry number is 2 × entry index, + 1 for a title,
//   heading, pillar, action or topic name;
// - assets/zoekindex/documenten/<key>-<chunk>.js holds the text of 64 of a document's entries,
//   loaded only for the results on screen, for their snippets.
// Matching folds case and diacritics and matches word prefixes; every query word must match.
// Ranking: headings before body text, then more matching words, then newer documents (a document
// key starts with its day in base 36), then index order. Results come 20 at a time. A query makes
// no object per posting: places are numbers in typed arrays, joined by merging; the first page is
// picked in one pass, from the heading postings alone when they fill it, so a prefix with hundreds
// of thousands of postings stays quick and small.
(function () {
  'use strict';

  var PAGE = 20;
  var CHUNK = 64;
  var MAX_TERM = 64;

  var script = document.currentScript;
  var root = script ? script.getAttribute('src').replace(/assets\/search\.js$/, '') : '';

  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^a-z0-9]+/).filter(function (word) { return word.length > 0; });
  }

  // The folded text with, for each folded character, the index of the original character.
  function foldWithMap(text) {
    var folded = '';
    var map = [];
    var characters = Array.from(text);
    var offset = 0;
    characters.forEach(function (character) {
      var piece = fold(character);
      for (var i = 0; i < piece.length; i++) { map.push(offset); }
      folded += piece;
      offset += character.length;
    });
    map.push(offset);
    return { text: folded, map: map };
  }

  // Scripts load once; callbacks wait for the ones still on their way.
  var loading = {};
  function loadScript(src, done) {
    var state = loading[src];
    if (state === true) { done(); return; }
    if (state) { state.push(done); return; }
    loading[src] = [done];
    var element = document.createElement('script');
    element.src = src;
    element.onload = element.onerror = function () {
      var waiting = loading[src];
      loading[src] = true;
      waiting.forEach(function (callback) { callback(); });
    };
    document.head.appendChild(element);
  }

  function loadAll(sources, done) {
    var pending = sources.length;
    if (pending === 0) { done(); return; }
    sources.forEach(function (src) {
      loadScript(src, function () {
        pending -= 1;
        if (pending === 0) { done(); }
      });
    });
  }

  // The shards that can hold a term starting with `term`: the longest listed name that is a
  // prefix of it, and every longer name that starts with it.
  function shardsFor(term) {
    var names = window.KAMERARCHIEF_TERM_SHARDS || [];
    var longest = null;
    var found = [];
    names.forEach(function (name) {
      if (name.length <= term.length) {
        if (term.indexOf(name) === 0 && (longest === null || name.length > longest.length)) { longest = name; }
      } else if (name.indexOf(term) === 0) {
        found.push(name);
      }
    });
    if (longest !== null) { found.push(longest); }
    return found;
  }

  // A place is one entry of one document, as one number: the document's slot (its place in
  // `slots.keys`, in the order this query first met it) × SPAN + the entry number. Sorted places
  // put a document's entries together, so terms are joined by merging, with no object per posting.
  var SPAN = 4194304; // 2^22: entry numbers (2 × entry index + heading) stay below it

  // Adds the places of one postings string (`key:3;key:1|key:8,10;key:4`: headings, a bar, body
  // text) to `places`; with `headingsOnly`, only those before the bar.
  function readPostings(text, slots, places, headingsOnly) {
    var inKey = true;
    var start = 0;
    var base = 0;
    var number = 0;
    var n = headingsOnly ? text.indexOf('|') : text.length;
    for (var i = 0; i < n; i++) {
      var c = text.charCodeAt(i);
      if (inKey) {
        if (c === 58) { // ':' ends a document key
          var key = text.slice(start, i);
          var slot = slots.of.get(key);
          if (slot === undefined) {
            slot = slots.keys.length;
            slots.of.set(key, slot);
            slots.keys.push(key);
          }
          base = slot * SPAN;
          inKey = false;
        } else if (c === 124) { // the bar after an empty heading part
          start = i + 1;
        }
      } else if (c === 44) { // ','
        places.push(base + number);
        number = 0;
      } else if (c === 59 || c === 124) { // ';' or '|' ends a document's numbers
        places.push(base + number);
        number = 0;
        inKey = true;
        start = i + 1;
      } else {
        number = number * 10 + (c - 48);
      }
    }
    if (!inKey) { places.push(base + number); }
  }

  // Every place of the index words that start with `term`, sorted, once each, with how many of
  // those words it holds.
  function matchTerm(term, slots, headingsOnly) {
    var data = window.KAMERARCHIEF_TERMS || {};
    var found = [];
    shardsFor(term).forEach(function (name) {
      var shard = data[name] || {};
      Object.keys(shard).forEach(function (word) {
        if (word.indexOf(term) === 0) { readPostings(shard[word], slots, found, headingsOnly); }
      });
    });
    var sorted = new Float64Array(found);
    var ascending = true;
    for (var k = 1; k < sorted.length && ascending; k++) { ascending = sorted[k - 1] < sorted[k]; }
    if (!ascending) { sorted.sort(); } // one index word's postings come sorted and once each
    var places = new Float64Array(sorted.length);
    var counts = new Uint16Array(sorted.length);
    var n = 0;
    for (var i = 0; i < sorted.length; i++) {
      if (n > 0 && places[n - 1] === sorted[i]) {
        counts[n - 1] += 1;
      } else {
        places[n] = sorted[i];
        counts[n] = 1;
        n += 1;
      }
    }
    return { places: places.subarray(0, n), counts: counts.subarray(0, n) };
  }

  // The places in both, with their counts added.
  function intersect(a, b) {
    var size = Math.min(a.places.length, b.places.length);
    var places = new Float64Array(size);
    var counts = new Uint16Array(size);
    var n = 0;
    var i = 0;
    var j = 0;
    while (i < a.places.length && j < b.places.length) {
      if (a.places[i] < b.places[j]) {
        i += 1;
      } else if (a.places[i] > b.places[j]) {
        j += 1;
      } else {
        places[n] = a.places[i];
        counts[n] = Math.min(65535, a.counts[i] + b.counts[j]);
        n += 1;
        i += 1;
        j += 1;
      }
    }
    return { places: places.subarray(0, n), counts: counts.subarray(0, n) };
  }

  // Every place that holds a word starting with each term (only headings with `headingsOnly`).
  function match(terms, slots, headingsOnly) {
    var hits = null;
    terms.forEach(function (term) {
      var here = matchTerm(term, slots, headingsOnly);
      hits = hits === null ? here : intersect(hits, here);
    });
    return hits || { places: new Float64Array(0), counts: new Uint16Array(0) };
  }

  function day(key) {
    var value = parseInt(key.slice(0, 3), 36);
    return isNaN(value) ? -1 : value;
  }

  // Headings first, then more matching words, then newer documents (a key starts with the day in
  // base 36), then key order, then index order. Each hit becomes one score, heading × 2^51 + words
  // × 2^43 + the document's rank × 2^21 + (2^21 − 1 − entry index), exact in a double, so the
  // ranking is a numeric sort of a typed array. `at(i)` gives the i-th result.
  function rank(hits, slots) {
    var order = slots.keys.map(function (key, slot) { return slot; });
    order.sort(function (a, b) {
      var ka = slots.keys[a];
      var kb = slots.keys[b];
      return (day(kb) - day(ka)) || (ka < kb ? -1 : ka > kb ? 1 : 0);
    });
    var rankOf = new Float64Array(order.length);
    order.forEach(function (slot, position) { rankOf[slot] = order.length - 1 - position; });
    var scores = new Float64Array(hits.places.length);
    var documents = 0;
    var lastSlot = -1;
    for (var i = 0; i < hits.places.length; i++) {
      var slot = Math.floor(hits.places[i] / SPAN);
      var number = hits.places[i] - slot * SPAN;
      if (slot !== lastSlot) {
        documents += 1;
        lastSlot = slot;
      }
      scores[i] = (number & 1) * 2251799813685248 + Math.min(255, hits.counts[i]) * 8796093022208
        + rankOf[slot] * 2097152 + (2097151 - (number >> 1));
    }
    // The first page is picked in one pass; the whole list is sorted only when more is asked for.
    var first = null;
    var sorted = false;
    function top(count) {
      var best = [];
      for (var i = 0; i < scores.length; i++) {
        var score = scores[i];
        if (best.length === count && score <= best[count - 1]) { continue; }
        var at = best.length;
        while (at > 0 && best[at - 1] < score) { at -= 1; }
        best.splice(at, 0, score);
        if (best.length > count) { best.pop(); }
      }
      return best;
    }
    return {
      length: scores.length,
      documents: documents,
      at: function (i) {
        var score;
        if (i < PAGE && !sorted) {
          first = first || top(PAGE);
          score = first[i];
        } else {
          if (!sorted) {
            scores.sort();
            sorted = true;
          }
          score = scores[scores.length - 1 - i];
        }
        var rankOfDocument = Math.floor(score / 2097152) % 4194304;
        return { key: slots.keys[order[order.length - 1 - rankOfDocument]], entry: 2097151 - (score % 2097152) };
      }
    };
  }

  // A chunk keeps each title and breadcrumb once (s), the folder its addresses share (p), and per
  // entry [title, where, address after p, text when it is not the title].
  function entryOf(hit) {
    var chunks = window.KAMERARCHIEF_ENTRIES || {};
    var chunk = chunks[hit.key + '-' + Math.floor(hit.entry / CHUNK)];
    var row = chunk ? chunk.e[hit.entry % CHUNK] : null;
    if (!row) { return null; }
    return { t: chunk.s[row[0]], w: chunk.s[row[1]], u: chunk.p + row[2], x: row.length > 3 ? row[3] : chunk.s[row[0]] };
  }

  function chunkSources(hits) {
    var seen = {};
    var sources = [];
    hits.forEach(function (hit) {
      var src = root + 'assets/zoekindex/documenten/' + hit.key + '-' + Math.floor(hit.entry / CHUNK) + '.js';
      if (!seen[src]) { seen[src] = true; sources.push(src); }
    });
    return sources;
  }

  // A snippet of about 160 characters around the first match, with matches in <mark>.
  function snippet(text, terms) {
    var folded = foldWithMap(text);
    var first = -1;
    terms.forEach(function (term) {
      var re = new RegExp('(^|[^a-z0-9])' + term.replace(/[^a-z0-9]/g, ''), 'g');
      var found = re.exec(folded.text);
      if (found) {
        var at = found.index + found[1].length;
        if (first < 0 || at < first) { first = at; }
      }
    });
    var start = Math.max(0, (first < 0 ? 0 : folded.map[first]) - 60);
    var end = Math.min(text.length, start + 160);
    var piece = text.slice(start, end);
    var fragment = document.createDocumentFragment();
    if (start > 0) { fragment.appendChild(document.createTextNode('…')); }
    var foldedPiece = foldWithMap(piece);
    var marks = [];
    terms.forEach(function (term) {
      var re = new RegExp('(^|[^a-z0-9])(' + term.replace(/[^a-z0-9]/g, '') + '[a-z0-9]*)', 'g');
      var found;
      while ((found = re.exec(foldedPiece.text)) !== null) {
        var from = found.index + found[1].length;
        marks.push([foldedPiece.map[from], foldedPiece.map[from + found[2].length]]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var cursor = 0;
    marks.forEach(function (mark) {
      if (mark[0] < cursor) { return; }
      fragment.appendChild(document.createTextNode(piece.slice(cursor, mark[0])));
      var element = document.createElement('mark');
      element.textContent = piece.slice(mark[0], mark[1]);
      fragment.appendChild(element);
      cursor = mark[1];
    });
    fragment.appendChild(document.createTextNode(piece.slice(cursor)));
    if (end < text.length) { fragment.appendChild(document.createTextNode('…')); }
    return fragment;
  }

  function resultItem(entry, terms) {
    var item = document.createElement('li');
    var link = document.createElement('a');
    link.href = root + entry.u;
    var title = document.createElement('span');
    title.className = 'result-title';
    title.textContent = entry.t;
    var where = document.createElement('span');
    where.className = 'result-where';
    where.textContent = entry.w;
    var text = document.createElement('span');
    text.className = 'result-snippet';
    text.appendChild(snippet(entry.x, terms));
    link.appendChild(title);
    link.appendChild(where);
    link.appendChild(text);
    item.appendChild(link);
    return item;
  }

  function countLine(results, documents, query) {
    return results + (results === 1 ? ' resultaat' : ' resultaten') + ' in ' + documents
      + (documents === 1 ? ' document' : ' documenten') + ' voor “' + query + '”';
  }

  var container = document.getElementById('search-results');
  var input = document.getElementById('zoekterm');
  var query = new URLSearchParams(window.location.search).get('q') || '';
  if (input && query) { input.value = query; }
  if (!container) { return; }

  // Each search gets a number; a search that a newer one overtook stops where it is.
  var current = 0;
  var first = true;

  function show(query) {
    var run = ++current;
    var terms = words(query).map(function (term) { return term.slice(0, MAX_TERM); });
    // The status is a live region made once and then only updated: screen readers announce a
    // change to an existing live region, not a region that arrives with its text.
    var status = container.querySelector('[role=status]');
    if (!status) {
      container.textContent = '';
      status = document.createElement('p');
      status.setAttribute('role', 'status');
      container.appendChild(status);
    }
    container.removeAttribute('data-complete');
    var sources = [];
    terms.forEach(function (term) {
      shardsFor(term).forEach(function (name) { sources.push(root + 'assets/zoekindex/termen/' + name + '.js'); });
    });
    loadAll(sources, function () {
      if (run !== current) { return; }
      // Headings rank above all body text, so when the headings alone fill the first page, that
      // page is shown from them, and the whole ranking (and the count) follows right after.
      var headingSlots = { of: new Map(), keys: [] };
      var headings = terms.length === 0 ? null : rank(match(terms, headingSlots, true), headingSlots);
      var ranked = null;
      function rankAll() {
        var slots = { of: new Map(), keys: [] };
        ranked = rank(match(terms, slots, false), slots);
        container.setAttribute('data-complete', 'true');
        if (window.performance && performance.mark) { performance.mark('kamerarchief-ranked'); }
      }
      if (!headings || headings.length < PAGE) { rankAll(); }
      var list = document.createElement('ol');
      list.className = 'results';
      var more = document.createElement('button');
      more.type = 'button';
      more.className = 'more-results';
      more.textContent = 'meer resultaten';
      var shown = 0;
      function counted() {
        status.textContent = terms.length === 0 ? 'Typ een zoekterm.' : countLine(ranked.length, ranked.documents, query);
        if (shown < ranked.length) {
          if (!more.parentNode) { container.appendChild(more); }
        } else if (more.parentNode) {
          container.removeChild(more);
        }
      }
      // Loads the snippets of the next 20 results, then shows them; the first page also replaces
      // the previous results and the count, so that they change together.
      function page() {
        var source = ranked || headings;
        var hits = [];
        for (var i = shown; i < Math.min(source.length, shown + PAGE); i++) { hits.push(source.at(i)); }
        more.disabled = true;
        loadAll(chunkSources(hits), function () {
          if (run !== current) { return; }
          if (shown === 0) {
            [].slice.call(container.querySelectorAll('ol.results, button.more-results')).forEach(function (old) {
              container.removeChild(old);
            });
            container.appendChild(list);
          }
          hits.forEach(function (hit) {
            var entry = entryOf(hit);
            if (entry) { list.appendChild(resultItem(entry, terms)); }
          });
          shown += hits.length;
          more.disabled = false;
          if (ranked) {
            counted();
          } else {
            status.textContent = 'Ten minste ' + headings.length + ' resultaten voor “' + query + '”; de rest wordt geteld…';
          }
          container.setAttribute('data-shown', String(shown));
          if (first && window.performance && performance.mark) {
            // For the benchmark (bench/search_bench.py): when the first results are on screen.
            first = false;
            performance.mark('kamerarchief-results');
          }
          if (!ranked) {
            // After the first page is painted: the whole ranking, the count and the next pages.
            setTimeout(function () {
              if (run !== current) { return; }
              rankAll();
              counted();
            }, 0);
          }
        });
      }
      more.addEventListener('click', page);
      page();
    });
  }

  function ready() {
    show(query);
    if (input) {
      input.addEventListener('input', function () {
        show(input.value);
        var url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        try { window.history.replaceState(null, '', url.href); } catch (error) { /* file:// may refuse */ }
      });
    }
  }

  loadScript(root + 'assets/search-index.js', ready);
}());
