/*
 * search-core.js: the query logic of the site's search, without the page. Used by search.js in the browser and
 * by the tests in node.
 *
 * A query is folded and split like the index (fold.js), '*' dropped (it is text, never a wildcard). Every term is
 * required; the last one, while the person is still typing it, is matched as a prefix too (with an exact match
 * of it boosted). The index is sharded by term: each shard is a lunr index of one contiguous range of terms,
 * whose field vectors keep their whole magnitude, so a document's score is the sum of its scores in the shards.
 * Each shard is searched with only the clauses whose terms it can hold, all optional; the "required" rule is
 * applied afterwards on the terms each document matched, exactly as lunr applies it on one whole index.
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
   * `prefix` is true: then it is required as a prefix, and an exact match of it adds a boost.
   */
  function buildClauses(terms, prefix) {
    var clauses = [];
    for (var i = 0; i < terms.length; i++) {
      var last = i === terms.length - 1;
      if (last && prefix) {
        clauses.push({ term: terms[i], prefix: false, required: false, boost: EXACT_BOOST });
        clauses.push({ term: terms[i], prefix: true, required: true, boost: 1 });
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

  /* Searches one loaded lunr index with the clauses, all optional: [{ref, score, terms: [matched terms]}]. */
  function searchShard(lunr, index, clauses) {
    var results = index.query(function (q) {
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
    return results.map(function (r) {
      return { ref: r.ref, score: r.score, terms: Object.keys(r.matchData.metadata) };
    });
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
   * Adds the per-shard results up by document, keeps the documents that satisfy every required clause, and sorts
   * them by score (highest first), then by ref (base-36 order, which is URL order). [{ref, score, terms}]
   */
  function merge(partials, clauses) {
    var byRef = Object.create(null);
    var merged = [];
    for (var p = 0; p < partials.length; p++) {
      for (var i = 0; i < partials[p].length; i++) {
        var r = partials[p][i];
        var m = byRef[r.ref];
        if (!m) {
          m = byRef[r.ref] = { ref: r.ref, score: 0, terms: [] };
          merged.push(m);
        }
        m.score += r.score;
        for (var t = 0; t < r.terms.length; t++) {
          if (m.terms.indexOf(r.terms[t]) < 0) {
            m.terms.push(r.terms[t]);
          }
        }
      }
    }
    var kept = merged.filter(function (m) {
      for (var c = 0; c < clauses.length; c++) {
        if (clauses[c].required && !clauseSatisfied(clauses[c], m.terms)) {
          return false;
        }
      }
      return true;
    });
    kept.sort(function (a, b) {
      return b.score - a.score || compareRefs(a.ref, b.ref);
    });
    return kept;
  }

  /*
   * Runs a query end to end. `loadShard(i)` returns a promise of the lunr.Index of shard i (cache it).
   * Resolves to {terms, clauses, results: [{ref, score, terms}]}.
   */
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
