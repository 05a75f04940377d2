using NodaTime;

namespace Compliance.Rules.Cli.Commands;

/// <summary>The settings of one <c>evaluate</c> run, as its options give them.</summary>
/// <param name="AsOf">The as-of date.</param>
/// <param name="Format">The format of the report.</param>
/// <param name="File">The file to write, or <see langword="null"/> for standard output.</param>
/// <param name="AssumeComplete">Whether to read the facts in a closed world (<c>--assume-complete</c>).</param>
/// <param name="Strict">Whether any warning fails the run (<c>--strict</c>).</param>
/// <param name="Interactive">Whether standard error is an interactive terminal (progress and a last line are shown).</param>
internal sealed record EvaluateRun(LocalDate AsOf, OutputFormat Format, string? File, bool AssumeComplete, bool Strict, bool Interactive)
{
    /// <summary>Gets the host calendar files (<c>--calendar-file</c>), which replace the built-in calendars of their ids.</summary>
    public IReadOnlyList<string> CalendarFiles { get; init; } = [];

    /// <summary>Gets whether the report adds the warnings due at the as-of date (<c>--warn</c>).</summary>
    public bool Warn { get; init; }
}
