namespace Compliance.Rules.Reporting.Notice;

/// <summary>An attachment of a notice (附件): its number, its title and the report table it shows.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Number">The attachment's number, from 1.</param>
/// <param name="Title">The title without the 附件 label, such as 政府网站得分情况.</param>
/// <param name="Table">The table.</param>
internal sealed record NoticeAttachment(int Number, string Title, ReportTable Table)
{
    /// <summary>Gets the attachment's label, such as 附件2.</summary>
    public string Label => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"附件{Number}");
}
