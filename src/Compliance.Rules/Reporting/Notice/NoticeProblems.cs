using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Reporting.Notice;

/// <summary>
/// The paragraphs of 二、存在的问题, written from the findings: for each kind of subject how many have a problem, then
/// one numbered paragraph per indicator that found one, in the rule set's order, with the indicator's name and part,
/// how many subjects it concerns, its reasons and the subjects' names.
/// </summary>
/// <remarks>
/// Only violations count (deductions and vetoes; bonuses are not problems), and only of subjects that received a verdict.
/// The words come from the rule set: the indicator's name, its group's name and the rendered reasons; an indicator with
/// many different reasons shows the first three and 等, a long list of subjects the first five and 等.
/// </remarks>
internal static class NoticeProblems
{
    private const int ReasonsShown = 3;
    private const int NamesShown = 5;

    /// <summary>Writes the paragraphs.</summary>
    /// <param name="report">The report.</param>
    /// <param name="attachments">The notice's attachments, to refer to.</param>
    /// <returns>The paragraphs.</returns>
    public static IEnumerable<NoticeParagraph> Paragraphs(BatchReport report, ImmutableArray<NoticeAttachment> attachments)
    {
        var kinds = report.Subjects
            .Select(k => (Summary: k, Assessments: report.Result.Assessments
                .Where(a => a.Subject.Kind == k.Kind && a.Verdict is Verdict.Pass or Verdict.Fail && !a.Violations.IsDefaultOrEmpty)
                .ToList()))
            .Where(k => k.Assessments.Count > 0)
            .ToList();
        if (kinds.Count == 0)
        {
            yield return NoticeParagraph.Of(NoticePart.Body).Text("本次检查未发现扣分或否决问题。").Edit("问题分析与补充").Build();
            yield break;
        }

        for (var i = 0; i < kinds.Count; i++)
        {
            var (summary, assessments) = kinds[i];
            var label = ReportText.Label(summary.Kind);
            yield return NoticeParagraph.Of(NoticePart.Subheading).Text($"（{NoticeDraft.ChineseNumeral(i + 1)}）{label}").Build();
            var failedList = NoticeDraft.Find(attachments, summary.Kind == SubjectKind.Website ? report.FailedWebsites : summary.Kind == SubjectKind.NewMedia ? report.FailedAccounts : null);
            var failed = summary.Failed > 0 ? $"，其中不合格{summary.Failed}个{(failedList is null ? string.Empty : $"（名单见{failedList.Label}）")}" : string.Empty;
            yield return NoticeParagraph.Of(NoticePart.Body).Text($"共有{assessments.Count}个{label}存在问题{failed}。按指标分列如下：").Build();
            var number = 1;
            foreach (var indicator in ByIndicator(assessments, report.Revision))
            {
                yield return NoticeParagraph.Of(NoticePart.Body).Text($"{number++}. {Describe(indicator, label, report.Revision)}").Build();
            }

            yield return NoticeParagraph.Of(NoticePart.Body).Edit("问题分析与补充，如共性问题、原因、与上次检查相比的变化").Build();
        }
    }

    private static IEnumerable<IGrouping<string, (Finding Finding, Subject Subject)>> ByIndicator(List<Assessment> assessments, RuleRevision revision)
    {
        var order = revision.Indicators.Select((indicator, index) => (indicator.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        return assessments
            .SelectMany(a => a.Violations.Select(f => (Finding: f, a.Subject)))
            .GroupBy(p => p.Finding.IndicatorId, StringComparer.Ordinal)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .ThenBy(g => g.Key, StringComparer.Ordinal);
    }

    // 政策文件（发布解读）：3个政府网站，监测时间点前6个月内，政策文件类一级栏目未更新。涉及：甲、乙、丙。
    private static string Describe(IGrouping<string, (Finding Finding, Subject Subject)> indicator, string label, RuleRevision revision)
    {
        var first = indicator.First().Finding;
        var part = first.Kind == IndicatorKind.Veto
            ? ReportText.Label(first.Kind)
            : revision.Groups.FirstOrDefault(g => g.Id == first.Group)?.Name ?? ReportText.Label(first.Kind);
        var subjects = indicator.Select(p => p.Subject).Distinct().ToList();
        var reasons = indicator.Select(p => p.Finding.Reason).Distinct(StringComparer.Ordinal).ToList();
        var names = subjects.Take(NamesShown).Select(s => s.Name).ToList();
        return $"{first.IndicatorName}（{part}）：{subjects.Count}个{label}，"
            + $"{string.Join("；", reasons.Take(ReasonsShown))}{(reasons.Count > ReasonsShown ? "等" : string.Empty)}。"
            + $"涉及：{string.Join("、", names)}{(subjects.Count > NamesShown ? $"等{subjects.Count}个" : string.Empty)}。";
    }
}
