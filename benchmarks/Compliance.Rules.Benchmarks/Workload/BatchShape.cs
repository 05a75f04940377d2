using NodaTime;

namespace Compliance.Rules.Benchmarks.Workload;

/// <summary>The size of a synthetic batch, its seed and its as-of date.</summary>
/// <param name="Websites">The number of websites (each ~60 columns, 140 probes, ~20 messages).</param>
/// <param name="Accounts">The number of new-media accounts (each a handful of posts).</param>
/// <param name="Seed">The seed; the same shape always gives the same batch.</param>
/// <param name="AsOf">The as-of date the facts are generated around.</param>
public sealed record BatchShape(int Websites, int Accounts, int Seed, LocalDate AsOf)
{
    /// <summary>The as-of date of the benchmark batches: Friday 28 June 2024, two weeks after the Dragon Boat holiday.</summary>
    public static readonly LocalDate DefaultAsOf = new(2024, 6, 28);

    /// <summary>Gets the national scale: 14,000 websites and 120,000 accounts.</summary>
    public static BatchShape National { get; } = new(14_000, 120_000, 2024, DefaultAsOf);

    /// <summary>Gets the 兵团 scale: 41 websites and 618 accounts.</summary>
    public static BatchShape Bingtuan { get; } = new(41, 618, 2024, DefaultAsOf);

    /// <inheritdoc/>
    public override string ToString() => $"{Websites} websites + {Accounts} accounts (seed {Seed}, as of {AsOf:uuuu-MM-dd})";
}
