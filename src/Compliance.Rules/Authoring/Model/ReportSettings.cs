using System.Collections.Immutable;

namespace Compliance.Rules.Authoring.Model;

/// <summary>
/// What a revision's reports show beyond verdicts and scores (<c>report:</c> in <c>revision.yaml</c>): which websites the
/// score table lists, and which messages the summary counts as received and answered in time.
/// </summary>
/// <remarks>
/// These are data of the revision, so that report code never names an indicator. This type is immutable and thread-safe.
/// </remarks>
internal sealed record ReportSettings
{
    /// <summary>Gets the settings of a revision without <c>report:</c>: every scored website in the score table, no message summary.</summary>
    public static ReportSettings Default { get; } = new();

    /// <summary>Gets which websites the score table lists.</summary>
    public ScoreTableScope ScoreTable { get; init; } = ScoreTableScope.Scored;

    /// <summary>Gets the lines of the message summary, in the order written.</summary>
    public ImmutableArray<MessageReportSetting> Messages { get; init; } = [];

    /// <inheritdoc/>
    public bool Equals(ReportSettings? other) =>
        other is not null && ScoreTable == other.ScoreTable && Messages.SequenceEqual(other.Messages);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(ScoreTable, Messages.Length);
}
