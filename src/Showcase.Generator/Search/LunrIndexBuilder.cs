namespace Showcase.Generator.Search;

/// <summary>
/// Builds a lunr 2.3.9 index as lunr.Builder does, with lunr's default tokenizer and <see cref="VietnameseFolding"/>
/// as both the indexing and the search pipeline (label "vnFold"): the same documents, fields and boosts given to
/// lunr.js give the same bytes. The arithmetic follows lunr.Builder's createFieldVectors and lunr.idf step by step
/// (idf = ln(1 + |(N − n + 0.5)/(n + 0.5)|), n counting a document once per field that holds the term; BM25 with
/// k1 = 1.2 and b = 0.75; then × field boost, × document boost, rounded as Math.round(x·1000)/1000).
/// One pass over the tokens, then linear work over the (document, field, term) entries.
/// </summary>
public static class LunrIndexBuilder
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    public static LunrIndex Build(IReadOnlyList<LunrField> fields, IReadOnlyList<LunrDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(documents);
        LunrNames.CheckFields(fields);
        LunrNames.CheckRefs(documents);

        var fieldCount = fields.Count;
        var slots = documents.Count * fieldCount;
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var vectorTerms = new int[slots][];
        var vectorFrequencies = new int[slots][];
        var fieldLengths = new int[slots];
        Tokenize(documents, fieldCount, terms, vectorTerms, vectorFrequencies, fieldLengths);

        var termCount = terms.Count;
        var postingCounts = new int[termCount * fieldCount];
        for (var slot = 0; slot < slots; slot++)
        {
            foreach (var term in vectorTerms[slot])
            {
                postingCounts[term * fieldCount + slot % fieldCount]++;
            }
        }

        var scores = Score(fields, documents, termCount, postingCounts, vectorTerms, vectorFrequencies, fieldLengths);
        var sortedTerms = terms.Keys.ToArray();
        Array.Sort(sortedTerms, StringComparer.Ordinal);
        var termIndexAt = new int[termCount];
        var positionOf = new int[termCount];
        for (var position = 0; position < termCount; position++)
        {
            termIndexAt[position] = terms[sortedTerms[position]];
            positionOf[termIndexAt[position]] = position;
        }

        // Postings by sorted position, flat: documents of (position, field) at offsets[p·F + f] .. offsets[p·F + f + 1].
        var offsets = new int[termCount * fieldCount + 1];
        for (var position = 0; position < termCount; position++)
        {
            for (var field = 0; field < fieldCount; field++)
            {
                var at = position * fieldCount + field;
                offsets[at + 1] = offsets[at] + postingCounts[termIndexAt[position] * fieldCount + field];
            }
        }

        var postingDocs = new int[offsets[^1]];
        var fill = offsets[..^1];
        for (var slot = 0; slot < slots; slot++)
        {
            foreach (var term in vectorTerms[slot])
            {
                postingDocs[fill[positionOf[term] * fieldCount + slot % fieldCount]++] = slot / fieldCount;
            }
        }

        var refs = documents.Select(d => d.Ref).ToArray();
        return new LunrIndex(fields.ToArray(), refs, sortedTerms, termIndexAt, offsets, postingDocs, vectorTerms, scores);
    }

    // lunr.tokenizer, then the pipeline, per field of each document: term indexes in order of first appearance,
    // and per field vector its distinct terms (ascending) with their frequencies. Documents are tokenized in
    // parallel, each worker numbering the terms it meets; one pass in document order then gives the terms lunr's
    // numbers (order of first appearance over documents, fields and tokens), with no string hashed twice.
    private static void Tokenize(
        IReadOnlyList<LunrDocument> documents, int fieldCount, Dictionary<string, int> terms,
        int[][] vectorTerms, int[][] vectorFrequencies, int[] fieldLengths)
    {
        var workers = new List<TokenizeWorker>();
        var workerOf = new TokenizeWorker[documents.Count];
        var localTerms = new int[vectorTerms.Length][];
        Parallel.For(
            0,
            documents.Count,
            () =>
            {
                var worker = new TokenizeWorker();
                lock (workers)
                {
                    workers.Add(worker);
                }

                return worker;
            },
            (doc, _, worker) =>
            {
                var document = documents[doc];
                if (document.Fields.Count != fieldCount)
                {
                    throw new ArgumentException($"document '{document.Ref}' has {document.Fields.Count} field texts for {fieldCount} fields");
                }

                workerOf[doc] = worker;
                for (var field = 0; field < fieldCount; field++)
                {
                    var slot = doc * fieldCount + field;
                    fieldLengths[slot] = worker.Tokenize(document.Fields[field], out localTerms[slot], out vectorFrequencies[slot]);
                }

                return worker;
            },
            _ => { });

        var globalOf = new Dictionary<TokenizeWorker, int[]>(ReferenceEqualityComparer.Instance);
        foreach (var worker in workers)
        {
            var map = new int[worker.Strings.Count];
            Array.Fill(map, -1);
            globalOf[worker] = map;
        }

        for (var doc = 0; doc < documents.Count; doc++)
        {
            var worker = workerOf[doc];
            var map = globalOf[worker];
            for (var field = 0; field < fieldCount; field++)
            {
                var slot = doc * fieldCount + field;
                var local = localTerms[slot];
                var global = new int[local.Length];
                for (var i = 0; i < local.Length; i++)
                {
                    ref var id = ref map[local[i]];
                    if (id < 0)
                    {
                        var text = worker.Strings[local[i]];
                        if (!terms.TryGetValue(text, out id))
                        {
                            id = terms.Count;
                            terms.Add(text, id);
                        }
                    }

                    global[i] = id;
                }

                // Ascending term index, frequencies alongside.
                Array.Sort(global, vectorFrequencies[slot]);
                vectorTerms[slot] = global;
            }
        }
    }

    /// <summary>One worker's tokenizer state: the terms it met, numbered in the order it met them.</summary>
    private sealed class TokenizeWorker
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
        private readonly List<int> _order = [];
        private int[] _frequency = new int[1024];
        private char[] _buffer = new char[256];

        public List<string> Strings { get; } = [];

        /// <summary>The field's token count; its distinct terms (this worker's numbers) in order of first appearance, with frequencies.</summary>
        public int Tokenize(string? text, out int[] termIds, out int[] frequencies)
        {
            var lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
            var length = 0;
            var start = 0;
            _order.Clear();
            while (VietnameseFolding.NextPiece(text, ref start, out var piece))
            {
                if (piece.Length > _buffer.Length)
                {
                    _buffer = new char[piece.Length * 2];
                }

                var token = VietnameseFolding.Fold(piece, _buffer);
                if (token.IsEmpty)
                {
                    continue;
                }

                length++;
                if (!lookup.TryGetValue(token, out var id))
                {
                    id = Strings.Count;
                    var term = token.ToString();
                    _ids.Add(term, id);
                    Strings.Add(term);
                    if (id == _frequency.Length)
                    {
                        Array.Resize(ref _frequency, _frequency.Length * 2);
                    }
                }

                if (_frequency[id]++ == 0)
                {
                    _order.Add(id);
                }
            }

            termIds = [.. _order];
            frequencies = new int[_order.Count];
            for (var i = 0; i < _order.Count; i++)
            {
                frequencies[i] = _frequency[_order[i]];
                _frequency[_order[i]] = 0;
            }

            return length;
        }
    }

    private static double[][] Score(
        IReadOnlyList<LunrField> fields,
        IReadOnlyList<LunrDocument> documents,
        int termCount,
        int[] postingCounts,
        int[][] vectorTerms,
        int[][] vectorFrequencies,
        int[] fieldLengths)
    {
        var fieldCount = fields.Count;
        var documentCount = documents.Count;
        var averages = new double[fieldCount];
        for (var field = 0; field < fieldCount; field++)
        {
            double sum = 0;
            for (var doc = 0; doc < documentCount; doc++)
            {
                sum += fieldLengths[doc * fieldCount + field];
            }

            averages[field] = sum / documentCount;
        }

        var idf = new double[termCount];
        for (var term = 0; term < termCount; term++)
        {
            var withTerm = 0;
            for (var field = 0; field < fieldCount; field++)
            {
                withTerm += postingCounts[term * fieldCount + field];
            }

            var x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
            idf[term] = JsMath.Log(1 + Math.Abs(x));
        }

        var scores = new double[vectorTerms.Length][];
        for (var slot = 0; slot < vectorTerms.Length; slot++)
        {
            var field = slot % fieldCount;
            var fieldBoost = OrOne(fields[field].Boost);
            var docBoost = OrOne(documents[slot / fieldCount].Boost);
            var fieldLength = fieldLengths[slot];
            var row = new double[vectorTerms[slot].Length];
            for (var i = 0; i < row.Length; i++)
            {
                var tf = (double)vectorFrequencies[slot][i];
                var score = idf[vectorTerms[slot][i]] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averages[field])) + tf);
                score *= fieldBoost;
                score *= docBoost;
                row[i] = JsMath.Round(score * 1000) / 1000;
            }

            scores[slot] = row;
        }

        return scores;
    }

    // lunr reads boosts as `boost || 1`.
    private static double OrOne(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;
}
