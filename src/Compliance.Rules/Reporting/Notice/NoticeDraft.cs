using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Compliance.Rules.Reporting.Notice;

/// <summary>
/// A draft of the quarterly notice (检查情况通报) written from a report, in the order of a 政务公开办 notice: the title,
/// the addressees, the opening, 一、检查的总体情况 with the counts and pass rates, 二、存在的问题 from the findings grouped
/// by indicator, 三、工作建议, the list of attachments, the signature and date, then each attachment with its table.
/// </summary>
/// <remarks>
/// <para>
/// What the report knows is written out; what only a person can say (the issuing body, the addressees, the assessment
/// in words, the recommendations, the date of issue) is a placeholder in 【】 marked <see cref="NoticeSpan.ForEditor"/>.
/// The figures are the report's: a rate is written as the Markdown report writes it (<c>98.71%</c>).
/// </para>
/// <para>
/// The attachments are the report's non-empty lists: the failing accounts (附件1) and the score table (附件2) as the
/// notice numbers them, then the failing websites and the subjects without a verdict when there are any; an empty list
/// is left out and the later ones renumbered. The period is the quarter of the as-of date (the monitoring time point
/// 2024-06-27 lies in 2024年第二季度). A note for the editor with the data coverage, the provenance and the warnings
/// ends the draft. This type is immutable and thread-safe.
/// </para>
/// </remarks>
internal sealed class NoticeDraft
{
    private static readonly Regex AttachmentLabel = new(@"^附件\d+\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private NoticeDraft(ImmutableArray<NoticeParagraph> paragraphs, ImmutableArray<NoticeAttachment> attachments, ImmutableArray<NoticeParagraph> editorNotes)
    {
        Paragraphs = paragraphs;
        Attachments = attachments;
        EditorNotes = editorNotes;
    }

    /// <summary>Gets the notice's paragraphs from the title to the date of issue.</summary>
    public ImmutableArray<NoticeParagraph> Paragraphs { get; }

    /// <summary>Gets the attachments, in their order.</summary>
    public ImmutableArray<NoticeAttachment> Attachments { get; }

    /// <summary>Gets the note for the editor (起草说明): what the figures rest on, to be deleted before the notice is issued.</summary>
    public ImmutableArray<NoticeParagraph> EditorNotes { get; }

    /// <summary>Writes the draft of a report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The draft.</returns>
    public static NoticeDraft Create(BatchReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var attachments = Attach(report);
        var period = Period(report.AsOf);
        var paragraphs = ImmutableArray.CreateBuilder<NoticeParagraph>();
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Title).Edit("发文机关").Text($"关于{period}").Edit("地区").Text("政府网站与政务新媒体检查情况的通报").Build());
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Salutation).Edit("主送机关，如：各市、各有关部门").Text("：").Build());
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Body)
            .Edit("检查依据，如：为贯彻落实……")
            .Text($"对照《{report.Revision.Title}》（{report.Revision.Document}）有关要求，")
            .Edit("发文机关")
            .Text($"组织开展了{period}政府网站与政务新媒体检查工作，现将有关情况通报如下。")
            .Build());
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Heading).Text("一、检查的总体情况").Build());
        paragraphs.AddRange(NoticeOverview.Paragraphs(report, period, Quarter(report.AsOf), attachments));
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Heading).Text("二、存在的问题").Build());
        paragraphs.AddRange(NoticeProblems.Paragraphs(report, attachments));
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Heading).Text("三、工作建议").Build());
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Body).Edit("工作建议：请根据存在的问题编写，如（一）……（二）……（三）……").Build());
        paragraphs.AddRange(AttachmentList(attachments));
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Signature).Edit("发文机关署名").Build());
        paragraphs.Add(NoticeParagraph.Of(NoticePart.Signature).Edit("成文日期").Build());
        var notes = ReportNotes.Rows(report.Result, report.Revision)
            .Select(row => NoticeParagraph.Of(NoticePart.EditorNote).Note($"{row.Item}：{row.Text}").Build())
            .Prepend(NoticeParagraph.Of(NoticePart.EditorNote).Note("起草说明（定稿前删除）：本稿由检查结果自动生成，【】内为需人工填写或核对的内容。").Build());
        return new NoticeDraft(paragraphs.ToImmutable(), attachments, [.. notes]);
    }

    /// <summary>Gets the period a notice at an as-of date reports on, such as 2024年第二季度.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <returns>The year and quarter.</returns>
    public static string Period(LocalDate asOf) => string.Create(CultureInfo.InvariantCulture, $"{asOf.Year}年{Quarter(asOf)}");

    /// <summary>Gets the quarter of a date, such as 第二季度.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The quarter.</returns>
    public static string Quarter(LocalDate asOf) => $"第{ChineseNumeral((asOf.Month + 2) / 3)}季度";

    /// <summary>Writes a small number as a Chinese numeral (一 … 十), as headings number their parts.</summary>
    /// <param name="number">A number from 1 to 10.</param>
    /// <returns>The numeral.</returns>
    public static string ChineseNumeral(int number) => number is >= 1 and <= 10
        ? "一二三四五六七八九十"[number - 1].ToString()
        : number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Finds the attachment that shows a table.</summary>
    /// <param name="attachments">The attachments.</param>
    /// <param name="table">The table, or <see langword="null"/>.</param>
    /// <returns>The attachment, or <see langword="null"/> when the table is not attached.</returns>
    internal static NoticeAttachment? Find(ImmutableArray<NoticeAttachment> attachments, ReportTable? table) =>
        table is null ? null : attachments.FirstOrDefault(a => ReferenceEquals(a.Table, table));

    private static ImmutableArray<NoticeAttachment> Attach(BatchReport report)
    {
        var tables = new[] { report.FailedAccounts, report.WebsiteScores, report.FailedWebsites, report.NotAssessedSubjects }
            .OfType<ReportTable>()
            .Where(t => !t.Rows.IsEmpty);
        return [.. tables.Select((t, i) => new NoticeAttachment(i + 1, AttachmentLabel.Replace(t.Title, string.Empty), t))];
    }

    // 附件：1.检查发现存在突出问题的政务新媒体名单 — the list names each attachment without the date in brackets.
    private static IEnumerable<NoticeParagraph> AttachmentList(ImmutableArray<NoticeAttachment> attachments)
    {
        for (var i = 0; i < attachments.Length; i++)
        {
            var name = attachments[i].Title.Split('（')[0];
            var numbered = attachments.Length == 1 ? name : string.Create(CultureInfo.InvariantCulture, $"{attachments[i].Number}.{name}");
            yield return i == 0
                ? NoticeParagraph.Of(NoticePart.AttachmentList).Text("附件：" + numbered).Build()
                : NoticeParagraph.Of(NoticePart.AttachmentListContinued).Text(numbered).Build();
        }
    }
}
