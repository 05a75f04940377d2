namespace Compliance.Rules.PlainText;

/// <summary>Writes one field of a CSV record (RFC 4180).</summary>
/// <remarks>
/// Only the writing side of CSV lives here; the facts reader (<c>Facts/Input/CsvParser</c>) parses. A report writer
/// neutralises formulas and control characters first and quotes last.
/// </remarks>
internal static class CsvQuoting
{
    /// <summary>Quotes a value when it holds a comma, a quote or a line break (quotes inside are doubled).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The field as CSV writes it: <c>a,b</c> becomes <c>"a,b"</c>, <c>say "hi"</c> becomes <c>"say ""hi"""</c>.</returns>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
