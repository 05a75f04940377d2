using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime.Text;

namespace Compliance.Rules.Reporting;

/// <summary>
/// The lines of a report that say what its figures rest on: the data coverage (what was observed, what was not and
/// which indicators were therefore not assessed), the provenance (revision and its content hash, calendar and its data
/// version, package version) and the evaluation's warnings.
/// </summary>
internal static class ReportNotes
{
    /// <summary>How many hex digits of a hash a printed report shows (JSON carries the whole hash).</summary>
    public const int ShortHash = 12;

    /// <summary>Words the data coverage in one line.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The line, such as 已采集：栏目、留言；未采集：可用性监测（T-1未检查）.</returns>
    public static string Coverage(DataCoverage coverage)
    {
        if (coverage.AssumedComplete)
        {
            return "按完整数据评估（未出现的事实类型视为已检查且无记录）";
        }

        var observed = coverage.Observed.Select(name => FactCatalog.FindObservation(name)?.Label ?? name).ToList();
        var seen = observed.Count == 0 ? "无" : string.Join("、", observed);
        if (coverage.IsComplete)
        {
            return $"已采集：{seen}；指标所需数据齐全";
        }

        var missing = string.Join("；", coverage.Missing.Select(m => $"{m.Label}（{string.Join("、", m.IndicatorIds)}未检查）"));
        return $"已采集：{seen}；未采集：{missing}";
    }

    /// <summary>Words the provenance in one line.</summary>
    /// <param name="provenance">The provenance.</param>
    /// <returns>The line.</returns>
    public static string Provenance(Provenance provenance)
    {
        var calendars = string.Join("；", provenance.Calendars.Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $"日历 {c.Id}（{Iso(c.CoveredRange.Start)}至{Iso(c.CoveredRange.End)}，数据版本 {c.DataVersion[..Math.Min(ShortHash, c.DataVersion.Length)]}）")));
        return $"规则集 {provenance.RevisionId}（内容哈希 {provenance.RevisionHash[..Math.Min(ShortHash, provenance.RevisionHash.Length)]}）；{calendars}；Compliance.Rules {provenance.PackageVersion}";
    }

    /// <summary>Words how far the revision's indicators rest on the official text, by provenance, in one line.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>The line, such as 已核对22项、据转录36项、推定4项.</returns>
    public static string ProvenanceCounts(RuleRevision revision) =>
        string.Join("、", revision.Indicators.GroupBy(i => i.Provenance).OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{ReportText.Label(g.Key)}{g.Count()}项")));

    /// <summary>Gets the report's note rows: 数据覆盖, 来源, 指标依据, and each warning.</summary>
    /// <param name="result">The result.</param>
    /// <param name="revision">The revision evaluated.</param>
    /// <returns>The rows as (项目, 内容).</returns>
    public static ImmutableArray<(string Item, string Text)> Rows(BatchResult result, RuleRevision revision)
    {
        var rows = ImmutableArray.CreateBuilder<(string, string)>();
        rows.Add(("数据覆盖", Coverage(result.Coverage)));
        if (result.Provenance is { } provenance)
        {
            rows.Add(("来源", Provenance(provenance)));
        }

        rows.Add(("指标依据", ProvenanceCounts(revision)));

        foreach (var warning in result.Warnings)
        {
            rows.Add(("提示", $"{warning.Code}: {warning.Message}"));
        }

        return rows.ToImmutable();
    }

    private static string Iso(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);
}
