namespace Compliance.Rules.Facts.Input;

/// <summary>One record of a CSV file: the line it starts on and its fields, as written (not trimmed).</summary>
/// <param name="Line">The one-based line the record starts on.</param>
/// <param name="Cells">The fields.</param>
internal sealed record CsvRow(int Line, string[] Cells);
