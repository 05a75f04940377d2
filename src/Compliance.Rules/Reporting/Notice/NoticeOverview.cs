using System.Collections.Immutable;
using System.Globalization;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;

namespace Compliance.Rules.Reporting.Notice;

/// <summary>
/// The paragraphs of 一、检查的总体情况: for each kind of subject how many were checked and the pass rate, with the
/// failures and the subjects without a verdict; for websites the bonus points; then how the messages were answered.
/// </summary>
/// <remarks>
/// The sentences follow the 兵团 2024 Q2 notice ("第二季度，政府网站总体合格率为100%。"), with the figures of the report and
/// placeholders where the notice speaks for its issuer (the issuing body, the assessment in words).
/// </remarks>
internal static class NoticeOverview
{
    /// <summary>Writes the paragraphs.</summary>
    /// <param name="report">The report.</param>
    /// <param name="period">The period, such as 2024年第二季度.</param>
    /// <param name="quarter">The quarter, such as 第二季度.</param>
    /// <param name="attachments">The notice's attachments, to refer to.</param>
    /// <returns>The paragraphs.</returns>
    public static IEnumerable<NoticeParagraph> Paragraphs(BatchReport report, string period, string quarter, ImmutableArray<NoticeAttachment> attachments)
    {
        var first = true;
        foreach (var kind in report.Subjects.Where(k => k.Total + k.Excluded > 0))
        {
            var label = ReportText.Label(kind.Kind);
            var paragraph = NoticeParagraph.Of(NoticePart.Body)
                .Text(first ? $"{period}，" : "同时，")
                .Edit("发文机关")
                .Text($"对{kind.Total}个{label}进行了检查。")
                .Edit("总体评价，如各单位工作落实、安全保障等情况")
                .Text(kind.Passed + kind.Failed > 0 ? $"{quarter}，{label}总体合格率为{ReportText.Rate(kind.PassRate)}。" : string.Empty);
            Outcomes(paragraph, kind, report, attachments);
            if (kind.Kind == SubjectKind.Website)
            {
                paragraph.Text(Bonuses(report, attachments));
            }

            first = false;
            yield return paragraph.Build();
        }

        if (!report.Messages.IsEmpty)
        {
            yield return NoticeParagraph.Of(NoticePart.Body).Text(Messages(report)).Build();
        }
    }

    private static void Outcomes(NoticeParagraph.Builder paragraph, KindSummary kind, BatchReport report, ImmutableArray<NoticeAttachment> attachments)
    {
        var failedList = NoticeDraft.Find(attachments, kind.Kind switch
        {
            SubjectKind.Website => report.FailedWebsites,
            SubjectKind.NewMedia => report.FailedAccounts,
            _ => null,
        });
        if (kind.Failed > 0)
        {
            paragraph.Text($"不合格{kind.Failed}个{SeeAttachment(failedList)}。");
        }

        if (kind.NotAssessed > 0)
        {
            // With no verdict at all there is no pass rate to state (0% would say they all failed).
            var see = SeeAttachment(NoticeDraft.Find(attachments, report.NotAssessedSubjects));
            paragraph.Text(kind.NotAssessed == kind.Total ? $"{kind.Total}个均无法评估，未得出合格率{see}。" : $"另有{kind.NotAssessed}个无法评估，不计入合格率{see}。");
        }

        if (kind.PassedOnPartialData > 0)
        {
            paragraph.Edit($"请核对：其中{kind.PassedOnPartialData}个合格结论基于部分数据，见起草说明");
        }

        if (kind.Excluded > 0)
        {
            paragraph.Text($"另有{kind.Excluded}个不纳入检查。");
        }
    }

    // 根据……扣分指标分值为100分、加分指标分值为30分的规定，21个政府网站达到加分标准予以加分，其中18个评分超过100分。
    private static string Bonuses(BatchReport report, ImmutableArray<NoticeAttachment> attachments)
    {
        var scoring = report.Revision.Scoring;
        var bonused = report.Result.Assessments.Where(a => a.Subject is Website && a.Bonus > 0).ToList();
        if (scoring.BonusMax <= 0 || bonused.Count == 0)
        {
            return string.Empty;
        }

        var points = Points(scoring.Base);
        var above = bonused.Count(a => a.Total > scoring.Base);
        var beyond = above == bonused.Count ? $"，评分均超过{points}分" : above > 0 ? $"，其中{above}个评分超过{points}分" : string.Empty;
        return $"根据《{report.Revision.Title}》中扣分指标分值为{points}分、加分指标分值为{Points(scoring.BonusMax)}分的规定，"
            + $"{bonused.Count}个政府网站达到加分标准予以加分{beyond}{SeeAttachment(NoticeDraft.Find(attachments, report.WebsiteScores), "得分情况见")}。";
    }

    // 截至2024年6月27日，共收到“我为政府网站找错”留言12条，均已按期答复，按期答复率100%。
    private static string Messages(BatchReport report)
    {
        var lines = report.Messages.Select(m =>
        {
            var channel = ReportText.Label(m.Channel);
            if (m.Received == 0)
            {
                return $"未收到“{channel}”留言";
            }

            var answered = m.Overdue == 0 && m.Pending == 0
                ? "均已按期答复"
                : $"按期答复{m.AnsweredOnTime}条{(m.Overdue > 0 ? $"，逾期{m.Overdue}条" : string.Empty)}{(m.Pending > 0 ? $"，未到期待答复{m.Pending}条" : string.Empty)}";
            return $"共收到“{channel}”留言{m.Received}条，{answered}，按期答复率{ReportText.Rate(m.OnTimeRate)}";
        });
        return $"截至{ReportText.FullDate(report.AsOf)}，{string.Join("；", lines)}。";
    }

    private static string SeeAttachment(NoticeAttachment? attachment, string words = "名单见") =>
        attachment is null ? string.Empty : $"，{words}{attachment.Label}";

    private static string Points(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
