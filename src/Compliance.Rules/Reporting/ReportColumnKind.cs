namespace Compliance.Rules.Reporting;

/// <summary>What the cells of a report column hold, which decides how a spreadsheet stores them.</summary>
internal enum ReportColumnKind
{
    /// <summary>Text.</summary>
    Text,

    /// <summary>A whole number, such as a serial number (序号) or a count.</summary>
    Count,

    /// <summary>A score with one decimal place, such as 100.4.</summary>
    Score,

    /// <summary>A rate in percent, written with its percent sign and at most two decimal places, such as 98.71%.</summary>
    Rate,
}
