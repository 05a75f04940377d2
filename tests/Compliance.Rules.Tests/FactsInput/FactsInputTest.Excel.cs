using System.Text;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using NodaTime;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>
/// CSV files as Excel and WPS save them on Chinese Windows: dates and times in the forms the spreadsheet shows them
/// (2024/6/25, 2024年6月25日, 2024/6/25 10:00), and the GBK encoding, which is told apart from a broken UTF-8 file.
/// </summary>
public sealed partial class FactsInputTest
{
    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    [Theory]
    [InlineData("2024-06-25")]
    [InlineData("2024/6/25")]
    [InlineData("2024/06/25")]
    [InlineData("2024-6-25")]
    [InlineData("2024年6月25日")]
    [InlineData("2024年06月25日")]
    public void Read_CsvDateAsExcelWritesIt_IsTheSameDate(string published)
    {
        _folder.Write("new_media.csv", Accounts);
        _folder.Write("publications.csv", $"编号,对象编号,发布日期,标题\np1,nm1,{published},推文\n");

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().ObservationsOf("nm1").OfType<Publication>().Single().Published.Should().Be(new LocalDate(2024, 6, 25));
    }

    [Theory]
    [InlineData("2024/6/25 10:00", 10, 0, 0)]
    [InlineData("2024/6/25 9:05", 9, 5, 0)]
    [InlineData("2024/6/25 10:00:30", 10, 0, 30)]
    [InlineData("2024-6-25 23:59:59", 23, 59, 59)]
    [InlineData("2024年6月25日 10:00", 10, 0, 0)]
    [InlineData("2024/6/25", 0, 0, 0)]
    public void Read_CsvTimeAsExcelWritesIt_IsTheSameLocalTime(string received, int hour, int minute, int second)
    {
        _folder.Write("websites.csv", Sites);
        _folder.Write("messages.csv", $"编号,对象编号,留言渠道,收到时间\nm1,6500000001,领导信箱,{received}\n");

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().ObservationsOf("6500000001").OfType<Message>().Single().Received
            .Should().Be(new LocalDateTime(2024, 6, 25, hour, minute, second));
    }

    [Theory]
    [InlineData("6/25/2024", true)]
    [InlineData("25/6/2024", true)]
    [InlineData("25.06.2024", true)]
    [InlineData("24/6/25", true)]
    [InlineData("2024/2/30", false)]
    [InlineData("2024/13/1", false)]
    [InlineData("2024/6-25", false)]
    [InlineData("2024/6/25 10:00", false)]
    [InlineData("2024年6月25", false)]
    public void Read_CsvDateThatNamesNoSingleDay_IsAnErrorAtItsCell(string published, bool yearNotFirst)
    {
        _folder.Write("new_media.csv", Accounts);
        var posts = _folder.Write("publications.csv", $"编号,对象编号,发布日期,标题\np1,nm1,{published},推文\n");

        var result = FactsReader.Read(_folder.Path);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Should().Be(new Diagnostic(DiagnosticSeverity.Error, "CR3006", error.Message, new SourceLocation(posts, 2, 3), "p1"));
        error.Message.Should().StartWith($"column '发布日期': '{published}' is not a valid published: expected a date such as 2024-06-27, 2024/6/27 or 2024年6月27日");
        error.Message.Contains("write the year first", StringComparison.Ordinal).Should().Be(yearNotFirst);
    }

    [Theory]
    [InlineData("2024/6/25 24:00")]
    [InlineData("2024/6/25 10:60")]
    [InlineData("2024/6/25 上午10:00")]
    [InlineData("2024/6/25 10:00 AM")]
    [InlineData("6/25/2024 10:00")]
    public void Read_CsvTimeThatNamesNoSingleMoment_IsAnErrorAtItsCell(string received)
    {
        _folder.Write("websites.csv", Sites);
        var messages = _folder.Write("messages.csv", $"编号,对象编号,留言渠道,收到时间\nm1,6500000001,领导信箱,{received}\n");

        var result = FactsReader.Read(_folder.Path);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Location.Should().Be(new SourceLocation(messages, 2, 4));
        error.Message.Should().Contain("(24-hour clock)");
    }

    [Fact]
    public void Read_ExcelDateInAJsonDocument_IsStillAnError()
    {
        var file = _folder.Write("facts.json", """{ "new_media": [ """ + Account + """ ], "observations": { "publication": [ { "id": "p1", "subject_id": "nm1", "published": "2024/6/25", "title": "t" } ] } }""");

        var result = FactsReader.Read(file);

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("expected a date such as 2024-06-27");
    }

    [Fact]
    public void Read_GbkCsvWithAnUnknownColumn_IsReadAsGb18030AndReportsTheColumn()
    {
        var file = _folder.WriteBytes("new_media.csv", Gb18030.GetBytes(Accounts.Replace("账号状态", "账号状态,颜色", StringComparison.Ordinal).ReplaceLineEndings("\r\n")));

        var result = FactsReader.Read(file);

        result.Diagnostics.Select(d => (d.Severity, d.Code, d.Location)).Should().Equal(
            (DiagnosticSeverity.Warning, "CR3014", new SourceLocation(file, 1, 1)),
            (DiagnosticSeverity.Error, "CR3004", new SourceLocation(file, 1, 7)));
    }

    [Fact]
    public void Read_Utf8CsvWithAStrayByteThatDecodesAsGb18030_IsOneEncodingErrorWithNoKnockOnErrors()
    {
        // A UTF-8 file broken by one byte at its end: read as GB18030, which it also is, its Chinese header is mojibake
        // ("璐﹀彿缂栧彿,…"). Its names are chosen so that their UTF-8 bytes pair up as GB18030 characters. Lacking
        // required columns, it would have more errors if its header were believed.
        var text = "账号编号,账号名称,账号类型\r\nnm1,兵团禁毒,新浪微博\r\n";
        var bytes = Encoding.UTF8.GetBytes(text).Concat(new byte[] { 0x81, 0x40 }).ToArray();
        var accounts = _folder.WriteBytes("new_media.csv", bytes);
        _folder.Write("publications.csv", "对象编号,发布日期,标题\nnm1,2024-06-10,推文\n");
        TextEncodingCheck.Check(accounts).Kind.Should().Be(TextEncodingKind.Gb18030, "the test needs a file that is not UTF-8 but is GB18030");

        var result = FactsReader.Read(_folder.Path);

        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Should().Be(new Diagnostic(DiagnosticSeverity.Error, "CR3012", error.Message, new SourceLocation(accounts, 3, 1)));
        error.Message.Should().StartWith("the file is not UTF-8 (this line holds the first byte that is not), and read as GB18030 (GBK) its header names none of the columns of a new_media file: it reads '璐﹀彿缂栧彿,璐﹀彿鍚嶇О,璐﹀彿绫诲瀷'");
    }
}
