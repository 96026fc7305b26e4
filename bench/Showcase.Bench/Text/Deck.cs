namespace Showcase.Bench.Text;

/// <summary>Draws a bank's entries in shuffled order without repeats until all are used, then reshuffles.</summary>
public sealed class Deck<T>(SplitMix64 rng, IReadOnlyList<T> items)
{
    private readonly int[] _order = Enumerable.Range(0, items.Count).ToArray();
    private int _next = items.Count;

    public T Draw()
    {
        if (_next == _order.Length)
        {
            for (int i = _order.Length - 1; i > 0; i--)
            {
                int j = rng.Next(i + 1);
                (_order[i], _order[j]) = (_order[j], _order[i]);
            }
            _next = 0;
        }
        return items[_order[_next++]];
    }
}
