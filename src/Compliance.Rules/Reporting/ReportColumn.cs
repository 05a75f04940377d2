namespace Compliance.Rules.Reporting;

/// <summary>A column of a report table: its title as the notice prints it and what its cells hold.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Title">The column title, such as 账号名称.</param>
/// <param name="Kind">What the cells hold.</param>
internal sealed record ReportColumn(string Title, ReportColumnKind Kind = ReportColumnKind.Text);
