/*
 * search.js: the search page. Needs, loaded before it and in this order: vendor/lunr/lunr.min.js, js/fold.js,
 * js/search-core.js. The page holds an element with data-search-manifest="<relative URL of search/manifest.json>",
 * a form #search-form with an input #search-input (name "q"), and #search-filters, #search-status (aria-live),
 * #search-results (an <ol>). Without JavaScript the form still GETs the page, which then says so (noscript).
 *
 * Everything from the index is shown with textContent and DOM nodes, never as HTML.
 */
(function () {
  'use strict';

  var FACETS = [
    { name: 'category', param: 'linh-vuc', label: 'Lĩnh vực', control: 'checkbox' },
    { name: 'unitKind', param: 'loai-don-vi', label: 'Loại đơn vị', control: 'checkbox' },
    { name: 'unit', param: 'don-vi', label: 'Đơn vị', control: 'select', all: 'Tất cả đơn vị' },
    { name: 'year', param: 'nam', label: 'Năm', control: 'checkbox' },
    { name: 'form', param: 'bieu-mau', label: 'Biểu mẫu', control: 'checkbox' }
  ];
  var PAGE = 20;
  // Before fetching shards for what is being typed, wait for this pause in the typing (Pagefind's UI waits as long),
  // so that the shards of half-typed words are not fetched; with the shards already here, answer at once.
  var DEBOUNCE_MS = 300;

  function json(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ': ' + response.status);
      }
      return response.json();
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  // One formatter for every count: toLocaleString builds one per call, milliseconds for a few hundred filter counts.
  var numberFormat = null;
  try {
    numberFormat = new Intl.NumberFormat('vi-VN');
  } catch (e) {
    numberFormat = null;
  }

  function formatCount(n) {
    return numberFormat ? numberFormat.format(n) : String(n);
  }

  /* The file of a list of {file, from, to} ref ranges that holds a ref, with the ref's row in it. */
  function locate(ranges, ref) {
    var n = parseInt(ref, 36);
    for (var i = 0; i < ranges.length; i++) {
      var from = parseInt(ranges[i].from, 36);
      if (n >= from && n <= parseInt(ranges[i].to, 36)) {
        return { file: i, row: n - from };
      }
    }
    return null;
  }

  function Search(host) {
    this.manifestUrl = new URL(host.getAttribute('data-search-manifest'), document.baseURI);
    this.form = document.getElementById('search-form');
    this.input = document.getElementById('search-input');
    this.filters = document.getElementById('search-filters');
    this.status = document.getElementById('search-status');
    this.results = document.getElementById('search-results');
    this.more = null;
    this.manifest = null;
    this.shards = Object.create(null);
    this.loaded = Object.create(null);
    this.docFiles = Object.create(null);
    this.facetFiles = Object.create(null);
    this.sequence = 0;
    this.timer = null;
    this.state = { q: '', selected: {}, shown: PAGE };
    this.last = null;
  }

  Search.prototype.start = function () {
    var self = this;
    this.restore();
    if (this.input) {
      this.input.value = this.state.q;
      this.input.addEventListener('input', function () {
        clearTimeout(self.timer);
        // What is on its way answers an older text: it must not be shown any more.
        self.sequence++;
        self.busy(true);
        var typed = function () {
          self.state.q = self.input.value;
          self.state.shown = PAGE;
          self.run();
        };
        if (self.loadedFor(self.input.value)) {
          typed();
        } else {
          self.timer = setTimeout(typed, DEBOUNCE_MS);
        }
      });
    }
    if (this.form) {
      this.form.addEventListener('submit', function (event) {
        event.preventDefault();
        clearTimeout(self.timer);
        self.state.q = self.input ? self.input.value : '';
        self.state.shown = PAGE;
        self.run();
      });
    }
    json(this.manifestUrl.href).then(function (manifest) {
      self.manifest = manifest;
      self.root = new URL(manifest.root || '', self.manifestUrl);
      window.vnFold.register(window.lunr);
      self.run();
    }).catch(function () {
      self.say('Không tải được dữ liệu tìm kiếm. Hãy thử tải lại trang.');
    });
  };

  Search.prototype.restore = function () {
    var params = new URLSearchParams(window.location.search);
    this.state.q = params.get('q') || '';
    for (var i = 0; i < FACETS.length; i++) {
      this.state.selected[FACETS[i].name] = params.getAll(FACETS[i].param).filter(Boolean);
    }
  };

  Search.prototype.remember = function () {
    var params = new URLSearchParams();
    if (this.state.q) {
      params.set('q', this.state.q);
    }
    for (var i = 0; i < FACETS.length; i++) {
      var ids = this.state.selected[FACETS[i].name] || [];
      for (var j = 0; j < ids.length; j++) {
        params.append(FACETS[i].param, ids[j]);
      }
    }
    var query = params.toString();
    try {
      window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : '') + window.location.hash);
    } catch (e) {
      // file:// pages may refuse; the search still works.
    }
  };

  /* Marks the results as being updated (aria-busy), or as up to date with the text in the box. */
  Search.prototype.busy = function (on) {
    if (this.results) {
      this.results.setAttribute('aria-busy', on ? 'true' : 'false');
    }
  };

  /* True when the manifest and every shard a search for the text would read are loaded. */
  Search.prototype.loadedFor = function (text) {
    if (!this.manifest) {
      return false;
    }
    var c = core();
    var plan = c.planShards(this.manifest.shards, c.buildClauses(c.queryTerms(text), c.endsInWord(text)));
    for (var i = 0; i < plan.length; i++) {
      if (!this.loaded[plan[i].shard]) {
        return false;
      }
    }
    return true;
  };

  /* Says how a search ended, and marks the results as up to date. */
  Search.prototype.say = function (text) {
    if (this.status) {
      this.status.textContent = text;
    }
    this.busy(false);
  };

  Search.prototype.loadShard = function (i) {
    var self = this;
    if (!this.shards[i]) {
      this.shards[i] = json(new URL(this.manifest.shards[i].file, this.manifestUrl).href).then(function (data) {
        var index = window.lunr.Index.load(data);
        self.loaded[i] = true;
        return index;
      });
      this.shards[i].catch(function () { delete self.shards[i]; });
    }
    return this.shards[i];
  };

  Search.prototype.loadFile = function (cache, ranges, i) {
    if (!cache[i]) {
      cache[i] = json(new URL(ranges[i].file, this.manifestUrl).href);
      cache[i].catch(function () { delete cache[i]; });
    }
    return cache[i];
  };

  /* Rows of one of the files (documents or facets) for refs: a promise of {ref: row}. */
  Search.prototype.rows = function (cache, ranges, key, refs) {
    var self = this;
    var wanted = Object.create(null);
    var located = [];
    for (var i = 0; i < refs.length; i++) {
      var at = locate(ranges, refs[i]);
      if (at) {
        wanted[at.file] = true;
        located.push([refs[i], at]);
      }
    }
    var files = Object.keys(wanted).map(Number);
    return Promise.all(files.map(function (file) {
      return self.loadFile(cache, ranges, file);
    })).then(function (loaded) {
      var data = Object.create(null);
      for (var f = 0; f < files.length; f++) {
        data[files[f]] = loaded[f][key];
      }
      var byRef = Object.create(null);
      for (var p = 0; p < located.length; p++) {
        byRef[located[p][0]] = data[located[p][1].file][located[p][1].row];
      }
      return byRef;
    });
  };

  Search.prototype.run = function () {
    var self = this;
    if (!this.manifest) {
      return;
    }
    var sequence = ++this.sequence;
    var q = this.state.q;
    this.busy(true);
    this.remember();
    if (core().queryTerms(q).length === 0) {
      this.last = null;
      this.clear();
      this.say(q.trim() ? 'Hãy nhập từ khóa có chữ hoặc số.' : '');
      return;
    }
    var found;
    core().run(window.lunr, this.manifest, function (i) { return self.loadShard(i); }, q).then(function (outcome) {
      found = outcome;
      var refs = found.results.map(function (r) { return r.ref; });
      return self.rows(self.facetFiles, self.manifest.facetFiles || [], 'rows', refs);
    }).then(function (facetRows) {
      if (sequence !== self.sequence) {
        return null;
      }
      self.last = { q: q, results: found.results, facetRows: facetRows };
      return self.show(sequence);
    }).catch(function () {
      if (sequence === self.sequence) {
        self.say('Không tải được dữ liệu tìm kiếm. Hãy thử tải lại trang.');
      }
    });
  };

  function core() {
    return window.searchCore;
  }

  /* Value indexes selected for each facet (ids from the URL mapped to the manifest's values). */
  Search.prototype.selectedIndexes = function () {
    var selected = [];
    var facets = this.manifest.facets || [];
    for (var f = 0; f < FACETS.length; f++) {
      var def = facetDef(facets, FACETS[f].name);
      var ids = this.state.selected[FACETS[f].name] || [];
      var set = [];
      for (var v = 0; def && v < def.values.length; v++) {
        if (ids.indexOf(def.values[v].id) >= 0) {
          set.push(v);
        }
      }
      selected.push(set);
    }
    return selected;
  };

  function facetDef(facets, name) {
    for (var i = 0; i < facets.length; i++) {
      if (facets[i].name === name) {
        return facets[i];
      }
    }
    return null;
  }

  function facetColumn(facets, name) {
    for (var i = 0; i < facets.length; i++) {
      if (facets[i].name === name) {
        return i;
      }
    }
    return -1;
  }

  function passes(row, selected, facets, skip) {
    for (var f = 0; f < FACETS.length; f++) {
      if (f === skip || selected[f].length === 0) {
        continue;
      }
      var values = row ? row[facetColumn(facets, FACETS[f].name)] || [] : [];
      var ok = false;
      for (var i = 0; i < values.length && !ok; i++) {
        ok = selected[f].indexOf(values[i]) >= 0;
      }
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  Search.prototype.show = function (sequence) {
    var self = this;
    var last = this.last;
    var facets = this.manifest.facets || [];
    var selected = this.selectedIndexes();
    var kept = last.results.filter(function (r) {
      return passes(last.facetRows[r.ref], selected, facets, -1);
    });
    this.renderFilters(last, selected);
    var shown = kept.slice(0, this.state.shown);
    return this.rows(this.docFiles, this.manifest.docs, 'docs', shown.map(function (r) { return r.ref; })).then(function (docs) {
      if (sequence !== self.sequence) {
        return;
      }
      self.renderResults(shown, docs);
      if (kept.length === 0) {
        self.renderHelp();
      }
      self.renderMore(kept.length > shown.length);
      var quoted = '\u201c' + last.q.trim() + '\u201d';
      if (kept.length === 0) {
        self.say(last.results.length > 0
          ? 'Không tìm thấy kết quả nào cho ' + quoted + ' với bộ lọc đã chọn. Hãy bỏ bớt bộ lọc.'
          : 'Không tìm thấy kết quả nào cho ' + quoted + '. Hãy kiểm tra chính tả, dùng ít từ hơn, hoặc duyệt theo lĩnh vực, đơn vị, năm.');
      } else {
        self.say(formatCount(kept.length) + ' kết quả cho ' + quoted +
          (kept.length < last.results.length ? ' (lọc từ ' + formatCount(last.results.length) + ')' : '') + '.');
      }
    });
  };

  Search.prototype.clear = function () {
    if (this.results) {
      this.results.textContent = '';
    }
    if (this.filters) {
      this.filters.textContent = '';
    }
    this.renderMore(false);
  };

  Search.prototype.renderFilters = function (last, selected) {
    if (!this.filters) {
      return;
    }
    var facets = this.manifest.facets || [];
    var focused = document.activeElement && this.filters.contains(document.activeElement) ? document.activeElement.id : null;
    this.filters.textContent = '';
    for (var f = 0; f < FACETS.length; f++) {
      var def = facetDef(facets, FACETS[f].name);
      if (!def || def.values.length === 0) {
        continue;
      }
      var column = facetColumn(facets, FACETS[f].name);
      var counts = [];
      for (var r = 0; r < last.results.length; r++) {
        var row = last.facetRows[last.results[r].ref];
        if (!row || !passes(row, selected, facets, f)) {
          continue;
        }
        var values = row[column] || [];
        for (var i = 0; i < values.length; i++) {
          counts[values[i]] = (counts[values[i]] || 0) + 1;
        }
      }
      var group = FACETS[f].control === 'select'
        ? this.selectControl(FACETS[f], def, counts, selected[f])
        : this.checkboxControl(FACETS[f], def, counts, selected[f]);
      if (group) {
        this.filters.appendChild(group);
      }
    }
    if (focused) {
      var again = document.getElementById(focused);
      if (again) {
        again.focus();
      }
    }
  };

  Search.prototype.checkboxControl = function (facet, def, counts, selected) {
    var self = this;
    var fieldset = el('fieldset', 'search-facet');
    fieldset.appendChild(el('legend', null, facet.label));
    var any = false;
    for (var v = 0; v < def.values.length; v++) {
      var count = counts[v] || 0;
      var checked = selected.indexOf(v) >= 0;
      if (count === 0 && !checked) {
        continue;
      }
      any = true;
      var id = 'loc-' + facet.param + '-' + v;
      var label = el('label', 'search-facet-option');
      label.setAttribute('for', id);
      var box = el('input');
      box.type = 'checkbox';
      box.id = id;
      box.checked = checked;
      box.value = def.values[v].id;
      box.addEventListener('change', (function (value) {
        return function (event) {
          self.toggle(facet.name, value, event.target.checked);
        };
      }(def.values[v].id)));
      label.appendChild(box);
      label.appendChild(document.createTextNode(' ' + def.values[v].label + ' '));
      label.appendChild(el('span', 'search-facet-count', '(' + formatCount(count) + ')'));
      fieldset.appendChild(label);
    }
    return any ? fieldset : null;
  };

  Search.prototype.selectControl = function (facet, def, counts, selected) {
    var self = this;
    var wrap = el('div', 'search-facet');
    var id = 'loc-' + facet.param;
    var label = el('label', null, facet.label);
    label.setAttribute('for', id);
    var select = el('select');
    select.id = id;
    select.appendChild(el('option', null, facet.all)).value = '';
    var any = false;
    for (var v = 0; v < def.values.length; v++) {
      var count = counts[v] || 0;
      var isSelected = selected.indexOf(v) >= 0;
      if (count === 0 && !isSelected) {
        continue;
      }
      any = true;
      var option = el('option', null, def.values[v].label + ' (' + formatCount(count) + ')');
      option.value = def.values[v].id;
      option.selected = isSelected;
      select.appendChild(option);
    }
    select.addEventListener('change', function () {
      self.state.selected[facet.name] = select.value ? [select.value] : [];
      self.state.shown = PAGE;
      self.refresh();
    });
    wrap.appendChild(label);
    wrap.appendChild(select);
    return any ? wrap : null;
  };

  Search.prototype.toggle = function (name, id, on) {
    var ids = (this.state.selected[name] || []).filter(function (x) { return x !== id; });
    if (on) {
      ids.push(id);
    }
    this.state.selected[name] = ids;
    this.state.shown = PAGE;
    this.refresh();
  };

  /* Filters or paging changed: show the last results again without searching. */
  Search.prototype.refresh = function () {
    this.remember();
    if (this.last) {
      var self = this;
      var sequence = ++this.sequence;
      this.busy(true);
      this.show(sequence).catch(function () {
        self.say('Không tải được dữ liệu tìm kiếm. Hãy thử tải lại trang.');
      });
    }
  };

  Search.prototype.href = function (url) {
    try {
      var resolved = new URL(url, this.root);
      return resolved.protocol === this.root.protocol && resolved.host === this.root.host ? resolved.href : null;
    } catch (e) {
      return null;
    }
  };

  Search.prototype.renderResults = function (shown, docs) {
    if (!this.results) {
      return;
    }
    // The same results for the same text are not drawn again: a late answer must not take the focus away from a
    // result a keyboard user is on.
    var key = (this.input ? this.input.value : '') + '\u0000' + shown.map(function (r) { return r.ref; }).join(' ');
    if (key === this.lastResultsKey && this.results.childElementCount > 0) {
      return;
    }
    this.lastResultsKey = key;
    var active = document.activeElement;
    var focusedHref = active && this.results.contains(active) && active.href ? active.href : null;
    this.results.textContent = '';
    for (var i = 0; i < shown.length; i++) {
      var doc = docs[shown[i].ref];
      if (!doc) {
        continue;
      }
      var item = el('li', 'search-result');
      var heading = el('h2', 'search-result-title');
      var href = this.href(doc.url);
      var link = el(href ? 'a' : 'span');
      if (href) {
        link.href = href;
      }
      link.appendChild(highlight(doc.title, shown[i].terms));
      heading.appendChild(link);
      item.appendChild(heading);
      var by = doc.implementer && doc.implementer !== doc.unit ? doc.implementer : null;
      var meta = [by, doc.unit, doc.category, doc.year].filter(function (x) { return x !== undefined && x !== null && x !== ''; });
      if (meta.length > 0) {
        var line = el('p', 'search-result-meta');
        line.appendChild(highlight(meta.join(' · '), shown[i].terms));
        item.appendChild(line);
      }
      if (doc.summary) {
        var summary = el('p', 'search-result-summary');
        summary.appendChild(highlight(doc.summary, shown[i].terms));
        item.appendChild(summary);
      }
      this.results.appendChild(item);
    }
    if (focusedHref) {
      // A redraw while a keyboard user is on a result puts the focus back on that result.
      var links = this.results.querySelectorAll('a[href]');
      for (var k = 0; k < links.length; k++) {
        if (links[k].href === focusedHref) {
          links[k].focus();
          break;
        }
      }
    }
  };

  /* After a search that found nothing: the ways to browse instead. */
  Search.prototype.renderHelp = function () {
    var item = el('li', 'search-help');
    item.appendChild(document.createTextNode('Duyệt theo '));
    var ways = [['linh-vuc/', 'lĩnh vực'], ['don-vi/', 'đơn vị'], ['nam/', 'năm'], ['mo-hinh/', 'tất cả mô hình']];
    for (var i = 0; i < ways.length; i++) {
      var link = el('a', null, ways[i][1]);
      link.href = new URL(ways[i][0], this.root).href;
      item.appendChild(link);
      item.appendChild(document.createTextNode(i < ways.length - 2 ? ', ' : i === ways.length - 2 ? ' hoặc ' : '.'));
    }
    this.results.appendChild(item);
  };

  Search.prototype.renderMore = function (visible) {
    var self = this;
    if (!this.results) {
      return;
    }
    if (!this.more) {
      this.more = el('button', 'search-more', 'Xem thêm kết quả');
      this.more.type = 'button';
      this.more.id = 'search-more';
      this.more.addEventListener('click', function () {
        self.state.shown += PAGE;
        self.refresh();
      });
      this.results.parentNode.insertBefore(this.more, this.results.nextSibling);
    }
    this.more.hidden = !visible;
  };

  /* The text as nodes, each word whose folded form is one of the matched terms wrapped in <mark>. */
  function highlight(text, terms) {
    var fragment = document.createDocumentFragment();
    var pieces = String(text).split(/([\s\-]+)/);
    var plain = '';
    for (var i = 0; i < pieces.length; i++) {
      var piece = pieces[i];
      if (i % 2 === 0 && piece && terms.indexOf(window.vnFold.fold(piece)) >= 0) {
        if (plain) {
          fragment.appendChild(document.createTextNode(plain));
          plain = '';
        }
        fragment.appendChild(el('mark', null, piece));
      } else {
        plain += piece;
      }
    }
    if (plain) {
      fragment.appendChild(document.createTextNode(plain));
    }
    return fragment;
  }

  function boot() {
    var host = document.querySelector('[data-search-manifest]');
    if (!host || !window.lunr || !window.vnFold || !window.searchCore || !window.fetch || !window.URLSearchParams) {
      return;
    }
    new Search(host).start();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', boot);
  } else {
    boot();
  }
}());
