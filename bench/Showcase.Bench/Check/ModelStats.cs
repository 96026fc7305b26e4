using Showcase.Bench.Reading;

namespace Showcase.Bench.Check;

/// <summary>Counts that show whether a corpus looks like the real thing.</summary>
public sealed class ModelStats
{
    private int _models, _drafts, _featured, _awarded, _minWords = int.MaxValue, _maxWords;
    private long _words;

    public void Add(ModelSource model)
    {
        _models++;
        _drafts += model.Draft ? 1 : 0;
        _featured += model.Scalar("featured_week") is null ? 0 : 1;
        _awarded += model.Node("awards") is null ? 0 : 1;
        int words = model.Body.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;
        _words += words;
        _minWords = Math.Min(_minWords, words);
        _maxWords = Math.Max(_maxWords, words);
    }

    public override string ToString() =>
        $"{_models} models ({_drafts} drafts, {_featured} featured weeks, {_awarded} with awards), " +
        $"body words min {(_models == 0 ? 0 : _minWords)} / mean {(_models == 0 ? 0 : _words / _models)} / max {_maxWords}";
}
