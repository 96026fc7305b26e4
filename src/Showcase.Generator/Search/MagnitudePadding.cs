namespace Showcase.Generator.Search;

/// <summary>
/// The padding element that gives a partial field vector its whole vector's magnitude, bit for bit. lunr computes
/// a magnitude as <c>Math.sqrt</c> of the squares summed in element order; the padding element comes last, so the
/// shard's magnitude is <c>sqrt(partial + p·p)</c>, and a p that makes it equal <c>sqrt(whole)</c> exactly exists
/// near <c>sqrt(whole − partial)</c> (the partial sum never exceeds the whole: rounded addition is monotone).
/// </summary>
internal static class MagnitudePadding
{
    private const int SearchSteps = 256;

    /// <summary>
    /// False when no padding is needed (<paramref name="pad"/> is 0) or none was found (<paramref name="found"/>
    /// false: write the whole vector instead); true with the padding value otherwise.
    /// </summary>
    public static bool TrySolve(double partialSum, double wholeSum, out double pad, out bool found)
    {
        var magnitude = Math.Sqrt(wholeSum);
        pad = 0;
        found = true;
        if (Math.Sqrt(partialSum) == magnitude)
        {
            return false;
        }

        var guess = Math.Sqrt(Math.Max(0, wholeSum - partialSum));
        if (Fits(partialSum, guess, magnitude))
        {
            pad = guess;
            return true;
        }

        var down = guess;
        var up = guess;
        for (var step = 0; step < SearchSteps; step++)
        {
            up = Math.BitIncrement(up);
            if (Fits(partialSum, up, magnitude))
            {
                pad = up;
                return true;
            }

            down = Math.BitDecrement(down);
            if (down > 0 && Fits(partialSum, down, magnitude))
            {
                pad = down;
                return true;
            }
        }

        found = false;
        return false;
    }

    private static bool Fits(double partialSum, double pad, double magnitude) =>
        Math.Sqrt(partialSum + pad * pad) == magnitude;
}
