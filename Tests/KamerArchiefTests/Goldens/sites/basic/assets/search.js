// Offline search for KamerArchief. Works from file://: the index is scripts loaded with <script>
// elements (no fetch, no XHR): assets/search-index.js lists the shards (window.KAMERARCHIEF_SHARDS),
// and each shard assets/zoekindex/<id>.js stores its entries in window.KAMERARCHIEF_SHARD_DATA[id].
// Entries are joined in the list's order, so results do not depend on which shard loads first.
// Matching folds case and diacritics and matches word prefixes; every query word must match.
(function () {
  'use strict';

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

  var prepared = null;
  function prepare(entries) {
    return entries.map(function (entry) {
      return { entry: entry, words: words(entry.x), titleWords: words(entry.t) };
    });
  }

  function matches(wordList, term) {
    for (var i = 0; i < wordList.length; i++) {
      if (wordList[i].indexOf(term) === 0) { return true; }
    }
    return false;
  }

  function search(query) {
    var terms = words(query);
    if (terms.length === 0) { return []; }
    var results = [];
    prepared.forEach(function (item, position) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inText = matches(item.words, terms[i]);
        var inTitle = matches(item.titleWords, terms[i]);
        if (!inText && !inTitle) { return; }
        score += (inTitle ? 3 : 0) + (inText ? 1 : 0);
      }
      results.push({ item: item, score: score, position: position });
    });
    results.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    return results.slice(0, 100).map(function (result) { return result.item.entry; });
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

  function show(container, query) {
    var found = search(query);
    var terms = words(query);
    // The status is a live region made once and then only updated: screen readers announce a
    // change to an existing live region, not a region that arrives with its text.
    var status = container.querySelector('[role=status]');
    if (!status) {
      container.textContent = '';
      status = document.createElement('p');
      status.setAttribute('role', 'status');
      container.appendChild(status);
    }
    var previous = container.querySelector('ol.results');
    if (previous) { container.removeChild(previous); }
    status.textContent = terms.length === 0 ? 'Typ een zoekterm.'
      : found.length + (found.length === 1 ? ' resultaat' : ' resultaten') + ' voor “' + query + '”';
    var list = document.createElement('ol');
    list.className = 'results';
    found.forEach(function (entry) {
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
      list.appendChild(item);
    });
    container.appendChild(list);
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  var input = document.getElementById('zoekterm');
  if (input && query) { input.value = query; }
  var container = document.getElementById('search-results');
  if (!container) { return; }

  function loadScript(src, done) {
    var element = document.createElement('script');
    element.src = src;
    element.onload = done;
    element.onerror = done;
    document.head.appendChild(element);
  }

  function ready() {
    var shards = window.KAMERARCHIEF_SHARDS || [];
    var data = window.KAMERARCHIEF_SHARD_DATA || {};
    window.KAMERARCHIEF_INDEX = [].concat.apply([], shards.map(function (id) { return data[id] || []; }));
    prepared = prepare(window.KAMERARCHIEF_INDEX);
    show(container, query);
    if (input) {
      input.addEventListener('input', function () {
        show(container, input.value);
        var url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        try { window.history.replaceState(null, '', url.href); } catch (error) { /* file:// may refuse */ }
      });
    }
  }

  loadScript(root + 'assets/search-index.js', function () {
    var shards = window.KAMERARCHIEF_SHARDS || [];
    var pending = shards.length;
    if (pending === 0) { ready(); return; }
    shards.forEach(function (id) {
      loadScript(root + 'assets/zoekindex/' + id + '.js', function () {
        pending -= 1;
        if (pending === 0) { ready(); }
      });
    });
  });
}());
