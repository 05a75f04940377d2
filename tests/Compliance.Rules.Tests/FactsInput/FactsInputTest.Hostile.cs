using System.Globalization;
using System.Text;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>
/// Hostile and broken facts files: deep nesting, alias bombs, YAML tags, wrong encodings, values and files beyond the
/// limits, dates at the ends of the calendar. Each is one positioned diagnostic, never a crash or a hang.
/// </summary>
public sealed partial class FactsInputTest
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;

    private const string Account = """{ "id": "nm1", "name": "兵团禁毒", "operator": "兵团公安局禁毒总队", "account_type": "微信订阅号", "unit": "兵团公安局", "status": "正常" }""";

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Read_JsonNestedThousandsOfLevels_IsOneTooDeepError(int levels)
    {
        var file = _folder.Write("facts.json", "{ \"websites\": [" + new string('[', levels) + new string(']', levels) + "] }");

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3009");
        error.Location.Should().Be(new SourceLocation(file, 1, 78));
        error.Message.Should().Contain("nested more than 64 levels");
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Read_YamlNestedThousandsOfLevels_IsOneTooDeepError(int levels)
    {
        var file = _folder.Write("facts.yaml", "websites: " + new string('[', levels) + new string(']', levels) + "\n");

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3009");
        error.Location.Line.Should().Be(1);
    }

    [Fact]
    public void Read_YamlAliasBomb_IsRefusedBeforeItExpands()
    {
        var yaml = new StringBuilder("x0: &a0 { id: w, name: 站, organiser: 办, is_portal: true, provides_external_services: true, level: 省级 }\n");
        for (var i = 1; i <= 9; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"x{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        yaml.Append("websites: *a9\n");
        var file = _folder.Write("facts.yaml", yaml.ToString());

        var result = ReadGuarded(file);

        result.Errors.Where(e => e.Code == "CR3010").Should().ContainSingle()
            .Which.Message.Should().Contain("repeat more than 100,000 values");
        result.Errors.Should().OnlyContain(e => e.Code == "CR3010" || e.Code == DiagnosticCodes.FactsUnknownFactType.Code);
    }

    [Fact]
    public void Read_YamlWithALoneCarriageReturnInAFlowMapping_IsOneSyntaxError()
    {
        // Found by the fuzzer (Hostile/Fuzz): YamlDotNet's scanner throws InvalidOperationException on this, not a YamlException.
        var file = _folder.WriteBytes("facts.yaml", Encoding.UTF8.GetBytes("websites:\n  - { id: w1, is_portal: \rtrue }\n"));

        var result = ReadGuarded(file);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("CR0001");
    }

    [Fact]
    public void Read_YamlAliasOfItsOwnContainer_IsAnError()
    {
        var file = _folder.Write("facts.yaml", "websites: &w [ *w ]\n");

        var result = ReadGuarded(file);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("CR3010");
    }

    [Theory]
    [InlineData("!!python/object:os.system 'rm -rf /'", "tag:yaml.org,2002:python/object:os.system")]
    [InlineData("!!binary aGVsbG8=", "tag:yaml.org,2002:binary")]
    [InlineData("!include secrets.yaml", "!include")]
    public void Read_YamlTagOutsideTheCoreSchema_IsAnError(string value, string tag)
    {
        var file = _folder.Write("facts.yaml", $"""
            websites:
              - {"{"} id: w1, name: {value}, organiser: 办公厅, is_portal: true, provides_external_services: true, level: 省级 {"}"}
            """);

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3011");
        error.Location.Should().Be(new SourceLocation(file, 2, 21));
        error.Message.Should().Contain($"'{tag}'");
    }

    [Fact]
    public void Read_YamlCoreSchemaTags_AreAllowed()
    {
        var file = _folder.Write("facts.yaml", """
            websites:
              - { id: !!str 6500000001, name: 站, organiser: 办公厅, is_portal: !!bool true, provides_external_services: true, level: 省级 }
            """);

        var result = ReadGuarded(file);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Subjects.Single().Id.Should().Be("6500000001");
    }

    [Theory]
    [InlineData("facts.json")]
    [InlineData("facts.yaml")]
    public void Read_GbkDocument_IsOneErrorNamingGb18030(string name)
    {
        var text = "{ \"websites\": [ { \"id\": \"w1\", \"name\": \"新疆生产建设兵团\", \"organiser\": \"兵团办公厅\", \"colour\": 1 } ] }";
        var file = _folder.WriteBytes(name, Gbk.GetBytes(text));

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3012");
        error.Location.Should().Be(new SourceLocation(file, 1, 1));
        error.Message.Should().Contain("not UTF-8").And.Contain("GB18030");
    }

    [Fact]
    public void Read_DocumentInNoKnownEncoding_IsOneErrorAtTheLineOfTheFirstBadByte()
    {
        var bytes = Encoding.ASCII.GetBytes("websites:\n  - { id: w1, name: Caf").Concat(new byte[] { 0xE9, 0x2C }).Concat(Encoding.ASCII.GetBytes(" colour: red }\n")).ToArray();
        var file = _folder.WriteBytes("facts.yaml", bytes);

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3012");
        error.Location.Line.Should().Be(2);
        error.Message.Should().Contain("not UTF-8");
    }

    [Fact]
    public void Read_DocumentWithByteOrderMark_IsUtf8()
    {
        var file = _folder.Write("facts.json", "{ \"new_media\": [ " + Account + " ] }", byteOrderMark: true);

        var result = ReadGuarded(file);

        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Read_GbkCsv_IsReadAsGb18030AndSaysSo()
    {
        var file = _folder.WriteBytes("new_media.csv", Gbk.GetBytes(Accounts.ReplaceLineEndings("\r\n")));

        var result = ReadGuarded(file);

        result.Errors.Should().BeEmpty();
        var warning = result.Diagnostics.Should().ContainSingle().Subject;
        warning.Should().Be(new Diagnostic(DiagnosticSeverity.Warning, "CR3014", warning.Message, new SourceLocation(file, 1, 1)));
        warning.Message.Should().Contain("GB18030 (GBK)");
        result.GetValueOrThrow().Subjects.Select(s => s.Name).Should().Equal("兵团禁毒", "军垦警苑");
    }

    [Fact]
    public void Read_CsvInNoKnownEncoding_IsTheOnlyErrorWithNoKnockOnErrorsInOtherFiles()
    {
        var bytes = Encoding.UTF8.GetBytes("账号编号,账号名称,开设主体,账号类型,单位,账号状态\r\nnm1,Caf").Concat(new byte[] { 0xE9, 0x2C }).Concat(Encoding.UTF8.GetBytes("兵团公安局禁毒总队,微信订阅号,兵团公安局,正常\r\n")).ToArray();
        var accounts = _folder.WriteBytes("new_media.csv", bytes);
        _folder.Write("publications.csv", "对象编号,发布日期,标题\nnm1,2024-06-10,推文\nnm1,2024-06-11,推文\n");

        var result = ReadGuarded(_folder.Path);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3012");
        error.Location.Should().Be(new SourceLocation(accounts, 2, 1));
        error.Message.Should().Contain("neither UTF-8 nor GB18030");
    }

    [Fact]
    public void Read_Utf16Csv_SaysItIsUtf16()
    {
        var file = _folder.WriteBytes("new_media.csv", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Accounts)).ToArray());

        var result = ReadGuarded(file);

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("UTF-16");
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Read_UnknownFieldOfAFact_IsCR3004(string extension)
    {
        var file = _folder.Write("facts." + extension, "{ \"new_media\": [ " + Account.Replace("\"status\"", "\"colour\": \"red\", \"status\"", StringComparison.Ordinal) + " ] }");

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.FactsUnknownField.Code);
        error.Location.Should().Be(new SourceLocation(file, 1, 116));
        error.Message.Should().StartWith("unknown field 'colour' in a new_media fact");
        error.Subject.Should().Be("nm1");
    }

    [Theory]
    [InlineData("published", "0001-01-01")]
    [InlineData("published", "9999-12-31")]
    [InlineData("published", "1989-12-31")]
    [InlineData("published", "2101-01-01")]
    public void Read_DateOutsideTheSaneRange_IsAPositionedError(string field, string date)
    {
        var file = _folder.Write("facts.json", $$"""
            { "new_media": [ {{Account}} ],
              "observations": { "publication": [ { "id": "p1", "subject_id": "nm1", "{{field}}": "{{date}}", "title": "推文" } ] } }
            """);

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(DiagnosticCodes.FactsInvalidValue.Code);
        error.Location.Should().Be(new SourceLocation(file, 2, 86));
        error.Message.Should().Contain("1990–2100");
    }

    [Theory]
    [InlineData("received", "9999-12-31 23:59")]
    [InlineData("received", "0001-01-01 00:00")]
    public void Read_LocalTimeAtTheEndsOfTheCalendar_IsAnErrorInCsvToo(string field, string value)
    {
        _folder.Write("websites.csv", Sites);
        var file = _folder.Write("messages.csv", $"对象编号,渠道,{(field == "received" ? "收到时间" : field)}\n6500000001,我为政府网站找错,{value}\n");

        var result = ReadGuarded(_folder.Path);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Location.Should().Be(new SourceLocation(file, 2, 3));
        error.Message.Should().Contain("1990–2100");
    }

    [Fact]
    public void Read_InstantAtTheEndOfTheCalendar_IsAnError()
    {
        var file = _folder.Write("facts.yaml", """
            websites:
              - { id: w1, name: 站, organiser: 办公厅, is_portal: true, provides_external_services: true, level: 省级 }
            observations:
              availability_probe:
                - { id: p1, subject_id: w1, at: "9999-12-31T23:59:59Z", reached: true }
            """);

        var result = ReadGuarded(file);

        result.Errors.Should().ContainSingle().Which.Message.Should().Contain("1990–2100");
    }

    [Fact]
    public void Read_CsvValueLongerThan64K_IsAnError()
    {
        var file = _folder.Write("new_media.csv", "账号编号,账号名称,开设主体,账号类型,单位,账号状态\nnm1," + new string('长', 70_000) + ",兵团公安局禁毒总队,微信订阅号,兵团公安局,正常\n");

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3013");
        error.Location.Line.Should().Be(2);
        error.Message.Should().Contain("longer than 65,536 characters");
    }

    [Fact]
    public void Read_CsvRowLongerThanOneMegabyte_IsOneErrorAndTheRowIsNotRead()
    {
        var file = _folder.Write("new_media.csv", "账号编号,账号名称,开设主体,账号类型,单位,账号状态\n" + string.Concat(Enumerable.Repeat(new string('x', 60_000) + ",", 20)) + "\nnm2,军垦警苑,某单位,微信订阅号,兵团监狱管理局,正常\n");

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3013");
        error.Location.Line.Should().Be(2);
        error.Message.Should().Contain("row longer than 1,048,576 characters");
    }

    [Fact]
    public void Read_CsvQuoteNeverClosedInALargeFile_CostsNoMoreThanTheLimit()
    {
        var file = _folder.Write("new_media.csv", "账号编号,账号名称,开设主体,账号类型,单位,账号状态\nnm1,\"" + new string('x', 3_000_000) + "\n");

        var result = ReadGuarded(file);

        result.Errors.Select(e => e.Code).Should().Contain("CR3013").And.Contain(DiagnosticCodes.UnreadableInput.Code);
    }

    [Fact]
    public void Read_JsonValueLongerThan64K_IsAnError()
    {
        var file = _folder.Write("facts.json", "{ \"new_media\": [ " + Account.Replace("兵团禁毒", new string('长', 70_000), StringComparison.Ordinal) + " ] }");

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3013");
        error.Location.Should().Be(new SourceLocation(file, 1, 41));
    }

    [Fact]
    public void Read_JsonValueOfMegabytes_StopsTheReadingWithOneError()
    {
        var file = _folder.Write("facts.json", "{ \"new_media\": [ " + Account.Replace("兵团禁毒", new string('x', 4_000_000), StringComparison.Ordinal) + " ] }");

        var result = ReadGuarded(file);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be("CR3013");
    }

    [Fact]
    public void Read_YamlFileLargerThanItsLimit_IsRefusedUnread()
    {
        var file = _folder.File("facts.yaml");
        using (var stream = File.Create(file))
        {
            stream.SetLength((64L * 1024 * 1024) + 1); // sparse: costs no disk
        }

        var result = ReadGuarded(file);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be("CR3013");
        error.Message.Should().Contain("67,108,865 bytes").And.Contain("JSON or CSV");
    }

    [Fact]
    public void Read_JsonThatIsNotWellFormed_IsAPositionedErrorAfterTheErrorsBeforeIt()
    {
        var file = _folder.Write("facts.json", """
            { "new_media": [
              { "id": "nm1", "name": "兵团禁毒", "operator": "某局", "account_type": "微信订阅号", "unit": "某单位", "status": "正常", "colour": 1 },
              { "id": "nm2", "name": "军垦警苑" "operator": "某局" }
            ] }
            """);

        var result = ReadGuarded(file);

        result.Errors.Select(e => $"{e.Location.Line} {e.Code}").Should().Equal("2 CR3004", "3 CR3008");
        result.Errors.Last().Message.Should().StartWith("not well-formed JSON");
    }

    [Fact]
    public void Read_JsonDocument_ReportsTheSameProblemsAtTheSamePlacesAsTheYamlReaderOfTheSameText()
    {
        const string text = """
            {
              "websites": [
                { "id": "w1", "name": "站点", "organiser": "办公厅", "is_portal": "yes", "provides_external_services": true, "level": "省级" },
                { "id": "w1", "name": "重复", "organiser": "办公厅", "is_portal": true, "provides_external_services": true, "level": "省级", "url": "x" },
                "not a fact"
              ],
              "observations": {
                "column": [
                  { "id": "c1", "subject_id": "w2", "name": "要闻", "category": "要闻动态", "is_top_level": true, "on_homepage": true, "is_blank": false, "last_updated": "2024-13-01" }
                ],
                "Colum": [ { "id": "c2" } ],
                "message": { "id": "m1" }
              },
              "colour": "red"
            }
            """;
        var file = _folder.Write("facts.json", text);

        var streamed = ReadGuarded(file);
        var asYaml = FactDocumentReader.Read(File.ReadAllText(file), file);

        Show(streamed).Should().Equal(Show(asYaml));
        Show(streamed).Should().HaveCount(10);

        static IEnumerable<string> Show(LoadResult<FactBatch> result) =>
            result.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column} {e.Code} {e.Message} [{e.Subject}]");
    }

    [Fact]
    public void Read_JsonKeyGivenTwice_IsReportedAndTheRestStillRead()
    {
        var file = _folder.Write("facts.json", """
            { "new_media": [ { "id": "nm1", "name": "站", "name": "又一个", "operator": "办", "account_type": "微信订阅号", "unit": "某单位", "status": "正常", "colour": 1 } ] }
            """);

        var result = ReadGuarded(file);

        result.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column} {e.Code}").Should().Equal("1:46 CR0005", "1:134 CR3004");
    }

    [Fact]
    public void Read_LargeJsonDocument_ReadsEveryFactAsTheYamlReaderDoes()
    {
        var json = new StringBuilder("{ \"new_media\": [\n");
        for (var i = 0; i < 5_000; i++)
        {
            json.Append(Account.Replace("nm1", $"nm{i}", StringComparison.Ordinal)).Append(i < 4_999 ? ",\n" : "\n");
        }

        json.Append("],\n\"observations\": { \"publication\": [\n");
        for (var i = 0; i < 5_000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"{{ \"id\": \"p{i}\", \"subject_id\": \"nm{i}\", \"published\": \"2024-06-{1 + (i % 27):D2}\", \"title\": \"推文\" }}").Append(i < 4_999 ? ",\n" : "\n");
        }

        json.Append("] } }\n");
        var file = _folder.Write("facts.json", json.ToString());

        var streamed = ReadGuarded(file).GetValueOrThrow();
        var asYaml = FactDocumentReader.Read(json.ToString(), file).GetValueOrThrow();

        streamed.Subjects.Should().Equal(asYaml.Subjects);
        streamed.Observations.Should().Equal(asYaml.Observations);
    }

    // A hang would be a failure of its own; the hang guard turns it into a clear message instead of a stuck run.
    private static LoadResult<FactBatch> ReadGuarded(string path) => Hostile.HangGuard.Run($"reading the hostile facts '{path}'", () => FactsReader.Read(path));
}
