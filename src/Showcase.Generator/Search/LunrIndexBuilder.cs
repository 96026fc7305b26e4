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
    // and per field vector its distinct terms (ascending) with their frequencies.
    private static void Tokenize(
        IReadOnlyList<LunrDocument> documents, int fieldCount, Dictionary<string, int> terms,
        int[][] vectorTerms, int[][] vectorFrequencies, int[] fieldLengths)
    {
        var lookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        var frequency = new int[1024];
        var order = new List<int>();
        var buffer = new char[256];
        for (var doc = 0; doc < documents.Count; doc++)
        {
            var document = documents[doc];
            if (document.Fields.Count != fieldCount)
            {
                throw new ArgumentException($"document '{document.Ref}' has {document.Fields.Count} field texts for {fieldCount} fields");
            }

            for (var field = 0; field < fieldCount; field++)
            {
                var text = document.Fields[field];
                var length = 0;
                var start = 0;
                order.Clear();
                while (VietnameseFolding.NextPiece(text, ref start, out var piece))
                {
                    if (piece.Length > buffer.Length)
                    {
                        buffer = new char[piece.Length * 2];
                    }

                    var token = VietnameseFolding.Fold(piece, buffer);
                    if (token.IsEmpty)
                    {
                        continue;
                    }

                    length++;
                    if (!lookup.TryGetValue(token, out var termIndex))
                    {
                        termIndex = terms.Count;
                        terms.Add(token.ToString(), termIndex);
                        if (termIndex == frequency.Length)
                        {
                            Array.Resize(ref frequency, frequency.Length * 2);
                        }
                    }

                    if (frequency[termIndex]++ == 0)
                    {
                        order.Add(termIndex);
                    }
                }

                order.Sort();
                var slot = doc * fieldCount + field;
                var tfs = new int[order.Count];
                for (var i = 0; i < order.Count; i++)
                {
                    tfs[i] = frequency[order[i]];
                    frequency[order[i]] = 0;
                }

                fieldLengths[slot] = length;
                vectorTerms[slot] = [.. order];
                vectorFrequencies[slot] = tfs;
            }
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
