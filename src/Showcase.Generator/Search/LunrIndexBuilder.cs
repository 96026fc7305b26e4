namespace Showcase.Generator.Search;

/// <summary>
/// Builds a lunr 2.3.9 index as lunr.Builder does, with lunr's default tokenizer and <see cref="VietnameseFolding"/>
/// as both the indexing and the search pipeline (label "vnFold"): the same documents, fields and boosts given to
/// lunr.js give the same bytes. The arithmetic follows lunr.Builder's createFieldVectors and lunr.idf step by step
/// (idf = ln(1 + |(N − n + 0.5)/(n + 0.5)|), n counting a document once per field that holds the term; BM25 with
/// k1 = 1.2 and b = 0.75; then × field boost, × document boost, rounded as Math.round(x·1000)/1000).
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
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>?>();
        var vectorTerms = new int[documents.Count * fieldCount][];
        var vectorFrequencies = new int[documents.Count * fieldCount][];
        var fieldLengths = new int[documents.Count * fieldCount];
        var tokens = new List<string>();
        var frequencies = new Dictionary<int, int>();
        var order = new List<int>();

        for (var doc = 0; doc < documents.Count; doc++)
        {
            var document = documents[doc];
            if (document.Fields.Count != fieldCount)
            {
                throw new ArgumentException($"document '{document.Ref}' has {document.Fields.Count} field texts for {fieldCount} fields");
            }

            for (var field = 0; field < fieldCount; field++)
            {
                tokens.Clear();
                frequencies.Clear();
                order.Clear();
                VietnameseFolding.Tokenize(document.Fields[field], tokens);
                foreach (var token in tokens)
                {
                    if (!terms.TryGetValue(token, out var termIndex))
                    {
                        termIndex = terms.Count;
                        terms.Add(token, termIndex);
                        for (var f = 0; f < fieldCount; f++)
                        {
                            postings.Add(null);
                        }
                    }

                    if (frequencies.TryGetValue(termIndex, out var tf))
                    {
                        frequencies[termIndex] = tf + 1;
                    }
                    else
                    {
                        frequencies.Add(termIndex, 1);
                        order.Add(termIndex);
                        (postings[termIndex * fieldCount + field] ??= []).Add(doc);
                    }
                }

                var slot = doc * fieldCount + field;
                fieldLengths[slot] = tokens.Count;
                order.Sort();
                vectorTerms[slot] = [.. order];
                vectorFrequencies[slot] = order.Select(t => frequencies[t]).ToArray();
            }
        }

        var scores = Score(fields, documents, terms.Count, postings, vectorTerms, vectorFrequencies, fieldLengths);
        var sortedTerms = terms.Keys.ToArray();
        Array.Sort(sortedTerms, StringComparer.Ordinal);
        var termIndexAt = sortedTerms.Select(t => terms[t]).ToArray();
        var sortedPostings = new int[sortedTerms.Length * fieldCount][];
        for (var position = 0; position < sortedTerms.Length; position++)
        {
            for (var field = 0; field < fieldCount; field++)
            {
                sortedPostings[position * fieldCount + field] = postings[termIndexAt[position] * fieldCount + field]?.ToArray() ?? [];
            }
        }

        var refs = documents.Select(d => d.Ref).ToArray();
        return new LunrIndex(fields.ToArray(), refs, sortedTerms, termIndexAt, sortedPostings, vectorTerms, scores);
    }

    private static double[][] Score(
        IReadOnlyList<LunrField> fields,
        IReadOnlyList<LunrDocument> documents,
        int termCount,
        List<List<int>?> postings,
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
                withTerm += postings[term * fieldCount + field]?.Count ?? 0;
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
