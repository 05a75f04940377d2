namespace Compliance.Rules.Reporting;

/// <summary>The text formats a <see cref="BatchReport"/> can be written in.</summary>
/// <remarks>
/// The <c>compliance-rules</c> tool also writes Excel workbooks (xlsx) from the same tables and a Word draft of the
/// notice (docx) from the same report; those writers live in the tool, so that this library depends only on NRules,
/// YamlDotNet and NodaTime.
/// </remarks>
public enum ReportFormat
{
    /// <summary>Markdown: the summary as sentences and the attachments as tables (<c>md</c>).</summary>
    Markdown,

    /// <summary>CSV: every table of the report, one after another, each under a title row (<c>csv</c>).</summary>
    Csv,

    /// <summary>JSON: every assessment with its violations and evidence, the summary and the tables (<c>json</c>), as documented by <c>rules/schema/report.schema.json</c>.</summary>
    Json,
}
