using System.Collections.Immutable;

namespace Compliance.Rules.Reporting;

/// <summary>
/// A table of a report, laid out as the notice prints it: a title, the column titles, and rows of cells already formatted
/// (a score as <c>100.4</c>, a pass rate as <c>98.71%</c>), so that every format shows the same text.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Title">The table's title, such as 附件2 政府网站得分情况.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows, each with one cell per column.</param>
internal sealed record ReportTable(string Title, ImmutableArray<ReportColumn> Columns, ImmutableArray<ImmutableArray<string>> Rows)
{
    /// <inheritdoc/>
    public bool Equals(ReportTable? other) =>
        other is not null && Title == other.Title && Columns.SequenceEqual(other.Columns)
        && Rows.Length == other.Rows.Length && Rows.Zip(other.Rows).All(pair => pair.First.SequenceEqual(pair.Second));

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Title, Columns.Length, Rows.Length);
}
