namespace Compliance.Rules.Reporting;

/// <summary>What the cells of a report column hold, which decides how a spreadsheet stores them.</summary>
public enum ReportColumnKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number, such as a serial number (序号) or a count.</summary>
    Count,

    /// <summary>A score with one decimal place, such as 100.4.</summary>
    Score,
}
