namespace Compliance.Rules.Benchmarks.Workload;

/// <summary>
/// A small deterministic pseudo-random generator (SplitMix64), so that a seed gives the same batch on every .NET version
/// and machine (System.Random's seeded sequence is not promised to stay the same across runtimes).
/// </summary>
public sealed class SplitMix64
{
    private ulong _state;

    /// <summary>Initializes a new instance of the <see cref="SplitMix64"/> class.</summary>
    /// <param name="seed">The seed.</param>
    /// <remarks>The seed is scrambled first: SplitMix64 steps its state by a constant, so unscrambled seeds 1 and 2 would give the same sequence shifted by one.</remarks>
    public SplitMix64(int seed)
    {
        _state = unchecked((ulong)seed);
        _state = NextBits();
    }

    /// <summary>Gets the next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextBits()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Gets a number in [0, 1).</summary>
    /// <returns>The number.</returns>
    public double NextDouble() => (NextBits() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Gets an integer in [0, bound).</summary>
    /// <param name="bound">The exclusive upper bound (above 0).</param>
    /// <returns>The integer.</returns>
    public int Next(int bound) => (int)(NextBits() % (ulong)bound);

    /// <summary>Gets an integer in [low, high] (both inclusive).</summary>
    /// <param name="low">The lower bound.</param>
    /// <param name="high">The upper bound.</param>
    /// <returns>The integer.</returns>
    public int Between(int low, int high) => low + Next(high - low + 1);

    /// <summary>Returns <see langword="true"/> with a probability.</summary>
    /// <param name="probability">The probability, 0 to 1.</param>
    /// <returns>Whether the event happened.</returns>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Picks one of some items.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items.</param>
    /// <returns>One of them.</returns>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
