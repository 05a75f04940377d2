using CsCheck;
using Compliance.Rules.Facts.Input;
using CsvHelper;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>
/// The library's own CSV parser (the core package takes no CSV dependency) against CsvHelper as an oracle, and its line
/// numbers and malformed-input reports.
/// </summary>
public class CsvParserTest
{
    private static readonly string[] LineEnds = ["\r\n", "\n"];

    [Fact]
    public void Parse_AnyQuotedTable_ReadsWhatCsvHelperReads()
    {
        var cell = Gen.OneOf<string>("", "a", "兵团禁毒", "逗号,在内", "引号\"在内", "换行\r\n在内", "换行\n在内", " 空格 ", "x\"\"y", "6月11日起未更新");
        // A record of one empty field is a blank line, which a final one without a line end cannot be told from: left out.
        var table = Gen.Int[1, 4].SelectMany(width => cell.Array[width].Where(r => r is not [""]).Array[1, 5]);

        Gen.Select(table, Gen.OneOf(LineEnds), Gen.Bool).Sample((rows, lineEnd, finalLineEnd) =>
        {
            var text = string.Join(lineEnd, rows.Select(r => string.Join(',', r.Select(PlainText.CsvQuoting.Quote)))) + (finalLineEnd ? lineEnd : string.Empty);
            var problems = new List<(int, string)>();

            var parsed = CsvParser.Parse(text, problems).Select(r => r.Cells).ToList();

            problems.Should().BeEmpty();
            parsed.Should().BeEquivalentTo(ReadWithCsvHelper(text), o => o.WithStrictOrdering());
            parsed.Should().BeEquivalentTo(rows, o => o.WithStrictOrdering());
        });
    }

    [Fact]
    public void Parse_RecordsSpanningLines_KeepTheLineTheyStartOn()
    {
        var rows = CsvParser.Parse("\uFEFFa,b\r\n\"x\r\ny\",1\r\n\r\nz,2\nw,3\r", []);

        rows.Select(r => (r.Line, string.Join('|', r.Cells))).Should().Equal((1, "a|b"), (2, "x\r\ny|1"), (4, ""), (5, "z|2"), (6, "w|3"));
    }

    [Theory]
    [InlineData("a,\"b\"c,d\n", 1, "text after a closing quote", "bc")]
    [InlineData("x\na,b\"c,d\n", 2, "a quote inside an unquoted value", "b\"c")]
    [InlineData("x\ny\na,\"b,c\nd\n", 3, "a quote that is never closed", "b,c\nd\n")]
    public void Parse_MalformedRecord_IsReportedAtItsLineAndStillRead(string text, int line, string problem, string second)
    {
        var problems = new List<(int Line, string Problem)>();

        var rows = CsvParser.Parse(text, problems);

        problems.Should().Equal((line, problem));
        rows[^1].Cells[1].Should().Be(second);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\uFEFF", 0)]
    [InlineData("a", 1)]
    [InlineData("a\r\n", 1)]
    [InlineData("a\r\n\r\n", 2)]
    public void Parse_EmptyAndShortTexts_GiveTheRecordsWritten(string text, int count)
    {
        CsvParser.Parse(text, []).Should().HaveCount(count);
    }

    private static List<string[]> ReadWithCsvHelper(string text)
    {
        var rows = new List<string[]>();
        using var reader = CsvReader.Create(new StringReader(text), new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false, Separator = ',', TrimWhitespace = false }, false);
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }
}
