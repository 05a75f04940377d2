using Compliance.Rules.Cli.Reporting.Docx;
using Compliance.Rules.Reporting;
using Compliance.Rules.Reporting.Notice;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Compliance.Rules.Cli.Reporting;

/// <summary>
/// Writes a report as a Word draft of the notice (通报) through Microsoft's Open XML SDK (DocumentFormat.OpenXml): the
/// text of the library's <see cref="NoticeDraft"/> in the layout of a Chinese official document (<see cref="OfficialStyles"/>,
/// <see cref="PageLayout"/>), then each attachment on its own pages with its table (<see cref="DocxTable"/>), and a note
/// for the editor at the end.
/// </summary>
/// <remarks>
/// What a person must write or check — the issuing body, the addressees, the assessment in words, the recommendations,
/// the signature and date, and the editor's note — is highlighted in yellow, so that nothing is issued by mistake with a
/// placeholder in it. Every text is a plain run (<see cref="DocxText"/>): a name from the facts is never a field or a
/// formula. Like the workbook, the document is built in memory and then copied to the output.
/// </remarks>
internal static class DocxNoticeWriter
{
    /// <summary>The highlight of what the editor must write or check.</summary>
    public static readonly HighlightColorValues EditorHighlight = HighlightColorValues.Yellow;

    /// <summary>Writes the report's notice draft.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write (it need not be seekable).</param>
    public static void Write(BatchReport report, Stream output)
    {
        var draft = NoticeDraft.Create(report);
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            OfficialStyles.AddTo(main);
            var footer = PageLayout.AddFooter(main);
            main.Document = new Document(Body(draft, footer));
            document.PackageProperties.Title = draft.Paragraphs[0].Text;
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Body Body(NoticeDraft draft, string footer)
    {
        var body = new Body();
        var signed = false;
        foreach (var paragraph in draft.Paragraphs)
        {
            // A blank line above the list of attachments and above the signature (GB/T 9704: 空一行).
            if (paragraph.Part == NoticePart.AttachmentList || (paragraph.Part == NoticePart.Signature && !signed))
            {
                body.Append(new Paragraph());
            }

            signed |= paragraph.Part == NoticePart.Signature;
            body.Append(Paragraph(paragraph));
        }

        for (var i = 0; i < draft.Attachments.Length; i++)
        {
            // A section ends with the properties of its pages: the notice's, then each attachment's but the last, which the
            // body's own properties give at the end.
            var previous = i == 0 ? body.Elements<Paragraph>().Last() : SectionEnd(body);
            previous.ParagraphProperties ??= new ParagraphProperties();
            previous.ParagraphProperties.Append(PageLayout.Section(i > 0 && DocxTable.NeedsLandscape(draft.Attachments[i - 1].Table), footer));
            Attachment(draft.Attachments[i], body);
        }

        foreach (var note in draft.EditorNotes)
        {
            body.Append(Paragraph(note));
        }

        body.Append(PageLayout.Section(!draft.Attachments.IsEmpty && DocxTable.NeedsLandscape(draft.Attachments[^1].Table), footer));
        return body;
    }

    private static void Attachment(NoticeAttachment attachment, Body body)
    {
        var landscape = DocxTable.NeedsLandscape(attachment.Table);
        body.Append(
            Styled(OfficialStyles.AttachmentLabel, attachment.Label),
            Styled(OfficialStyles.Title, attachment.Title),
            DocxTable.Create(attachment.Table, landscape ? PageLayout.LandscapeTextWidth : PageLayout.PortraitTextWidth));
    }

    // Word wants a paragraph after a table; this one also carries the section's properties, one point high so that it
    // never makes a page of its own.
    private static Paragraph SectionEnd(Body body)
    {
        var end = new Paragraph(new ParagraphProperties(
            new SpacingBetweenLines { Line = "20", LineRule = LineSpacingRuleValues.Exact },
            new ParagraphMarkRunProperties(new FontSize { Val = "2" })));
        body.Append(end);
        return end;
    }

    private static Paragraph Paragraph(NoticeParagraph paragraph)
    {
        var properties = paragraph.Part switch
        {
            NoticePart.Title => new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.Title }),
            NoticePart.Body or NoticePart.AttachmentList or NoticePart.EditorNote => new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.Body }),
            NoticePart.Heading => new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.Heading1 }),
            NoticePart.Subheading => new ParagraphProperties(new ParagraphStyleId { Val = OfficialStyles.Heading2 }),
            NoticePart.AttachmentListContinued => new ParagraphProperties(new Indentation { Left = Characters(5) }),
            NoticePart.Signature => new ParagraphProperties(new Indentation { Right = Characters(4) }, new Justification { Val = JustificationValues.Right }),
            _ => new ParagraphProperties(),
        };
        return new Paragraph(paragraph.Spans.Select(span => (OpenXmlElement)Run(span.Text, span.ForEditor)).Prepend(properties));
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), Run(text, forEditor: false));

    private static Run Run(string text, bool forEditor)
    {
        var run = new Run();
        if (forEditor)
        {
            run.Append(new RunProperties(new Highlight { Val = EditorHighlight }));
        }

        run.Append(new Text(DocxText.Of(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static string Characters(int count) => (count * OfficialStyles.CharacterWidth).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
