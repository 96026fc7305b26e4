/*
 * search-core.js: the query logic of the site's search, without the page. Used by search.js in the browser and
 * by the tests in node.
 *
 * A query is folded and split like the index (fold.js), '*' dropped (it is text, never a wildcard). Every term is
 * required; the last one, while the person is still typing it, is matched as a prefix (and an exact match of it
 * is boosted). The index is sharded by term: each shard is a lunr index of one contiguous range of terms. Each
 * shard is searched with only the clauses whose terms it can hold, all optional; the "required" rule is applied
 * afterwards on the terms each document matched, as lunr applies it on one whole index.
 *
 * Scores: lunr scores a field as dot(query vector, field vector) / |query vector|, the query vector being the
 * same for every field and document (one weight per expanded term: the sum of the boosts of the clauses it
 * matches). A shard's query vector is the whole one's restriction to the shard's terms. So a document's whole
 * score is (the sum over shards and fields of its dot products) / |whole query|. Field vector values are
 * multiples of 0.001 and weights are integers, so dot products are added up exactly, in integer thousandths:
 * the sharded index and one whole index give the same ranking, ties included, in any shard order.
  */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./fold.js'));
  } else {
    root.searchCore = factory(root.vnFold);
  }
}(typeof self !== 'undefined' ? self : this, function (vnFold) {
  'use strict';

  var EXACT_BOOST = 10;
  var MAX_TERMS = 12;
  var MIN_PREFIX = 3;

  /* Folded query terms, in order, without duplicates; '*' removed. */
  function queryTerms(text) {
    var tokens = vnFold.tokenize(String(text === null || text === undefined ? '' : text));
    var seen = Object.create(null);
    var terms = [];
    for (var i = 0; i < tokens.length && terms.length < MAX_TERMS; i++) {
      var t = tokens[i].replace(/\*/g, '');
      if (t && !seen[t]) {
        seen[t] = true;
        terms.push(t);
      }
    }
    return terms;
  }

  /* True when the text ends inside a word (the last term is still being typed). */
  function endsInWord(text) {
    var s = String(text === null || text === undefined ? '' : text);
    return s.length > 0 && !vnFold.separator.test(s.charAt(s.length - 1));
  }

  /*
   * Clauses: {term, prefix, required, boost}. Every term is required exactly, except the last one when
   * `prefix` is true (it is still being typed). Then, with at least MIN_PREFIX characters, it is required as a
   * prefix, and an exact match of it adds a boost. With fewer, it is matched exactly: a one- or two-letter prefix
   * expands to a large part of the vocabulary ("ho": hoa, hoc, hoi, hong, hop…), whose shards on a large site weigh
   * megabytes, and a two-letter Vietnamese syllable is usually a whole word. After other words it is not required
   * either: "khuyen h" keeps showing what "khuyen" finds until the next letter, instead of nothing.
   */
  function buildClauses(terms, prefix) {
    var clauses = [];
    for (var i = 0; i < terms.length; i++) {
      var last = i === terms.length - 1;
      if (last && prefix && terms[i].length >= MIN_PREFIX) {
        clauses.push({ term: terms[i], prefix: false, required: false, boost: EXACT_BOOST });
        clauses.push({ term: terms[i], prefix: true, required: true, boost: 1 });
      } else if (last && prefix && i > 0) {
        clauses.push({ term: terms[i], prefix: false, required: false, boost: 1 });
      } else {
        clauses.push({ term: terms[i], prefix: false, required: true, boost: 1 });
      }
    }
    return clauses;
  }

  function startsWith(s, prefix) {
    return s.length >= prefix.length && s.substring(0, prefix.length) === prefix;
  }

  /* Whether a shard {from, to} (its first and last term) can hold a term the clause matches. */
  function shardMayHold(shard, clause) {
    if (clause.prefix) {
      return shard.to >= clause.term && (shard.from <= clause.term || startsWith(shard.from, clause.term));
    }
    return shard.from <= clause.term && clause.term <= shard.to;
  }

  /* For each shard index, the clauses it must be searched with (shards needing none are left out). */
  function planShards(shards, clauses) {
    var plan = [];
    for (var s = 0; s < shards.length; s++) {
      var wanted = [];
      for (var c = 0; c < clauses.length; c++) {
        if (shardMayHold(shards[s], clauses[c])) {
          wanted.push(clauses[c]);
        }
      }
      if (wanted.length > 0) {
        plan.push({ shard: s, clauses: wanted });
      }
    }
    return plan;
  }

  /* The weight of an expanded term in lunr's query vector: the boosts of the clauses it matches. */
  function termWeight(term, clauses) {
    var w = 0;
    for (var i = 0; i < clauses.length; i++) {
      if (clauses[i].prefix ? startsWith(term, clauses[i].term) : term === clauses[i].term) {
        w += clauses[i].boost;
      }
    }
    return w;
  }

  /* A field vector's value for a term, in integer thousandths (lunr rounds them to 0.001); 0 when absent. */
  function thousandths(index, field, ref, term) {
    var vector = index.fieldVectors[field + '/' + ref];
    var posting = index.invertedIndex[term];
    if (!vector || !posting) {
      return 0;
    }
    var e = vector.elements;
    var target = posting._index;
    var lo = 0;
    var hi = e.length / 2 - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      var at = e[mid * 2];
      if (at === target) {
        return Math.round(e[mid * 2 + 1] * 1000);
      }
      if (at < target) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return 0;
  }

  /*
   * Searches one loaded lunr index with the clauses, all optional. Returns {results: [{ref, dot, terms}],
   * sumOfSquares}: each document's dot products with the query summed over fields (integer thousandths), and the
   * squared norm of the shard's query vector, whose terms are the terms the results matched (every term in an
   * index has a posting, so every expanded term matches some document).
   */
  function searchShard(lunr, index, clauses) {
    var found = index.query(function (q) {
      for (var i = 0; i < clauses.length; i++) {
        var c = clauses[i];
        q.term(c.term, {
          presence: lunr.Query.presence.OPTIONAL,
          wildcard: c.prefix ? lunr.Query.wildcard.TRAILING : lunr.Query.wildcard.NONE,
          usePipeline: false,
          boost: c.boost
        });
      }
    });
    var weights = Object.create(null);
    var sumOfSquares = 0;
    var results = found.map(function (r) {
      var metadata = r.matchData.metadata;
      var terms = Object.keys(metadata);
      var dot = 0;
      for (var t = 0; t < terms.length; t++) {
        var term = terms[t];
        if (weights[term] === undefined) {
          weights[term] = termWeight(term, clauses);
          sumOfSquares += weights[term] * weights[term];
        }
        var fields = Object.keys(metadata[term]);
        for (var f = 0; f < fields.length; f++) {
          dot += weights[term] * thousandths(index, fields[f], r.ref, term);
        }
      }
      return { ref: r.ref, dot: dot, terms: terms };
    });
    return { results: results, sumOfSquares: sumOfSquares };
  }

  function clauseSatisfied(clause, terms) {
    for (var i = 0; i < terms.length; i++) {
      if (clause.prefix ? startsWith(terms[i], clause.term) : terms[i] === clause.term) {
        return true;
      }
    }
    return false;
  }

  function compareRefs(a, b) {
    if (a.length !== b.length) {
      return a.length - b.length;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /*
   * Adds the per-shard results up by document, keeps the documents that satisfy every required clause, and ranks
   * them: highest score first, then by ref (base-36 order, which is URL order). Each score is lunr's whole-index
   * score, dot / 1000 / |whole query|. [{ref, score, terms}]
   */
  function merge(partials, clauses) {
    var sumOfSquares = 0;
    var byRef = Object.create(null);
    var merged = [];
    for (var p = 0; p < partials.length; p++) {
      sumOfSquares += partials[p].sumOfSquares;
      var results = partials[p].results;
      for (var i = 0; i < results.length; i++) {
        var r = results[i];
        var m = byRef[r.ref];
        if (!m) {
          m = byRef[r.ref] = { ref: r.ref, dot: 0, score: 0, terms: [] };
          merged.push(m);
        }
        m.dot += r.dot;
        for (var t = 0; t < r.terms.length; t++) {
          if (m.terms.indexOf(r.terms[t]) < 0) {
            m.terms.push(r.terms[t]);
          }
        }
      }
    }
    var norm = Math.sqrt(sumOfSquares);
    var kept = merged.filter(function (m) {
      for (var c = 0; c < clauses.length; c++) {
        if (clauses[c].required && !clauseSatisfied(clauses[c], m.terms)) {
          return false;
        }
      }
      return true;
    });
    kept.sort(function (a, b) {
      return b.dot - a.dot || compareRefs(a.ref, b.ref);
    });
    for (var k = 0; k < kept.length; k++) {
      kept[k].score = kept[k].dot / 1000 / norm;
    }
    return kept;
  }

  function run(lunr, manifest, loadShard, text) {
    var terms = queryTerms(text);
    var clauses = buildClauses(terms, endsInWord(text));
    if (clauses.length === 0) {
      return Promise.resolve({ terms: terms, clauses: clauses, results: [] });
    }
    var plan = planShards(manifest.shards, clauses);
    return Promise.all(plan.map(function (step) {
      return Promise.resolve(loadShard(step.shard)).then(function (index) {
        return searchShard(lunr, index, step.clauses);
      });
    })).then(function (partials) {
      return { terms: terms, clauses: clauses, results: merge(partials, clauses) };
    });
  }

  return {
    queryTerms: queryTerms,
    endsInWord: endsInWord,
    buildClauses: buildClauses,
    shardMayHold: shardMayHold,
    planShards: planShards,
    searchShard: searchShard,
    merge: merge,
    run: run,
    compareRefs: compareRefs
  };
}));
