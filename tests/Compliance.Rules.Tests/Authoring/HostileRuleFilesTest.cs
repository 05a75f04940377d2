using System.Text;
using Compliance.Rules.Authoring;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Tests.Hostile;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// Hostile rule folders (issue 10): each is refused with positioned diagnostics, never an exception, a hang or a crash,
/// and nothing outside the folder being loaded is read. The inputs are generated here, not committed.
/// </summary>
public sealed class HostileRuleFilesTest : IDisposable
{
    private const string Indicator =
        """
        indicators:
          - id: W-1
            name: 空白栏目
            kind: veto
            applies_to: website
            source: 测试 1
            provenance: confirmed
            when:
              exists: { of: column, where: { is_blank: true } }
            reason: 存在空白栏目
        """;

    private readonly TempRuleFolders _folders = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "cr-outside-" + Guid.NewGuid().ToString("N"));

    public HostileRuleFilesTest() => Directory.CreateDirectory(_outside);

    public void Dispose()
    {
        _folders.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(100_000)]
    public void Read_IndicatorsNestedFarTooDeep_ReportsCR0006(int depth)
    {
        var result = Read(HostileYaml.DeepFlowLines("indicators", depth));

        var error = SingleError(result, DiagnosticCodes.YamlTooDeep.Code);
        error.Location.Should().Be(new SourceLocation(IndicatorFile, 1 + InputLimits.YamlMaxDepth, 2), "the mapping is level 1, so the 64th list is level 65");
    }

    [Fact]
    public void Read_IndicatorsNestedFarTooDeepOnOneLine_ReportsTheLongLineBeforeParsing()
    {
        var result = Read(HostileYaml.DeepFlow("indicators", 100_000));

        SingleError(result, DiagnosticCodes.LineTooLong.Code).Location.Should().Be(new SourceLocation(IndicatorFile, 1, InputLimits.RuleFileMaxLineLength + 1));
    }

    [Fact]
    public void Read_BillionLaughs_ReportsCR0007AtOnce()
    {
        var result = Read(HostileYaml.AliasBomb("indicators"));

        var error = SingleError(result, DiagnosticCodes.YamlAliasLimit.Code);
        error.Location.File.Should().Be(IndicatorFile);
        error.Location.Line.Should().Be(6);
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_ReportsCR0008ForTheWholeFile()
    {
        var comment = "# " + new string('x', 1_000) + "\n";
        var yaml = Indicator + string.Concat(Enumerable.Repeat(comment, (InputLimits.RuleFileMaxBytes / comment.Length) + 1));

        var result = Read(yaml);

        var error = SingleError(result, DiagnosticCodes.FileTooLarge.Code);
        error.Location.Should().Be(SourceLocation.OfFile(IndicatorFile));
        error.Message.Should().Contain("a rule file may be at most 1,048,576 bytes (1 MiB)");
    }

    [Fact]
    public void Read_LineLongerThanTheLimit_ReportsCR0009AtTheFirstCharacterBeyondIt()
    {
        var yaml = Indicator.Replace("reason: 存在空白栏目", "reason: " + new string('长', 5_000), StringComparison.Ordinal);

        var result = Read(yaml);

        var error = SingleError(result, DiagnosticCodes.LineTooLong.Code);
        error.Location.Should().Be(new SourceLocation(IndicatorFile, 10, InputLimits.RuleFileMaxLineLength + 1));
        error.Message.Should().Be("line 10 is 5,012 characters long; a rule file's lines may be at most 4,096");
    }

    [Fact]
    public void Read_ForeignTags_ReportsCR0010AtEachTag()
    {
        var yaml = Indicator.Replace("name: 空白栏目", "name: !include secret.yaml", StringComparison.Ordinal)
            .Replace("source: 测试 1", "source: !!python/object:os.system rm", StringComparison.Ordinal);

        var result = Read(yaml);

        result.Errors.Select(e => $"{e.Code} {e.Location.Line}:{e.Location.Column}").Should().Equal("CR0010 3:11", "CR0010 6:13");
    }

    [Fact]
    public void Read_GbkFile_ReportsOneCR0011SayingSo()
    {
        var result = Read(HostileYaml.Gb18030(Indicator));

        var error = SingleError(result, DiagnosticCodes.NotUtf8.Code);
        error.Location.Should().Be(new SourceLocation(IndicatorFile, 3, 11), "the first Chinese character, 空, is the first byte that is not UTF-8");
        error.Message.Should().StartWith("this file is GBK/GB18030, not UTF-8; save it as UTF-8");
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsOneCR0011AtTheByte()
    {
        var bytes = Encoding.UTF8.GetBytes(Indicator);
        bytes[Encoding.UTF8.GetByteCount("indicators:\n  - id: W-1\n  ")] = 0xFF;

        var result = Read(bytes);

        var error = SingleError(result, DiagnosticCodes.NotUtf8.Code);
        error.Location.Should().Be(new SourceLocation(IndicatorFile, 3, 3));
        error.Message.Should().Be("the file is not UTF-8: the byte 0xFF here does not start a UTF-8 character; save it as UTF-8");
    }

    [Fact]
    public void Read_Utf8WithByteOrderMark_IsRead()
    {
        var result = Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Indicator)]);

        result.Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("../../somewhere/else")]
    [InlineData("../base")]
    [InlineData("base/..")]
    [InlineData("/etc")]
    [InlineData("a\\b")]
    [InlineData("..")]
    public void Read_ExtendsAPath_ReportsCR2018AndLoadsNothingFromThere(string extends)
    {
        _folders.Revision("base", RuleLoadingDiagnosticsTest.BaseRevision.Replace("id: t", "id: base", StringComparison.Ordinal), ("a.yaml", Indicator));
        var overlay = _folders.Revision("o", $"id: o\nextends: \"{extends.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n");

        var result = RuleSet.Read(overlay);

        var error = SingleError(result, DiagnosticCodes.NotAPlainId.Code);
        error.Location.Should().Be(new SourceLocation(_folders.RevisionFile("o"), 2, 10));
        error.Message.Should().Contain("must be a plain revision id");
    }

    [Fact]
    public void Read_CalendarAPath_ReportsCR2018()
    {
        var folder = _folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision.Replace("calendar: cn", "calendar: ../../calendars/cn", StringComparison.Ordinal), ("a.yaml", Indicator));

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.NotAPlainId.Code);
        error.Location.Should().Be(new SourceLocation(_folders.RevisionFile("t"), 5, 11));
    }

    [Fact]
    public void Read_DanglingSymbolicLinkLeadingOutside_ReportsCR2020()
    {
        var folder = _folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision, ("a.yaml", Indicator));
        var link = _folders.IndicatorFile("t", "b.yaml");
        File.CreateSymbolicLink(link, Path.Combine(_outside, "gone.yaml"));

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.OutsideRoot.Code);
        error.Location.Should().Be(SourceLocation.OfFile(link));
    }

    [Fact]
    public void Read_DanglingSymbolicLinkInsideTheRoot_ReportsCR2019()
    {
        var folder = _folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision, ("a.yaml", Indicator));
        var link = _folders.IndicatorFile("t", "b.yaml");
        File.CreateSymbolicLink(link, "gone.yaml");

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.UnreadableFile.Code);
        error.Location.Should().Be(SourceLocation.OfFile(link));
        error.Message.Should().StartWith("the file cannot be read: it is a symbolic link to ").And.EndWith("gone.yaml', which does not exist");
    }

    [Fact]
    public void Read_SymbolicLinkToAFileOutside_ReportsCR2020AndNeverReadsIt()
    {
        var secret = Path.Combine(_outside, "passwd");
        File.WriteAllText(secret, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        var folder = _folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision, ("a.yaml", Indicator));
        File.CreateSymbolicLink(_folders.IndicatorFile("t", "b.yaml"), secret);

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.OutsideRoot.Code);
        error.Message.Should().NotContain("root:x").And.NotContain("daemon");
    }

    [Fact]
    public void Read_SiblingFolderLinkedOutside_ReportsCR2020ForItsFiles()
    {
        var elsewhere = Path.Combine(_outside, "base");
        Directory.CreateDirectory(Path.Combine(elsewhere, "indicators"));
        File.WriteAllText(Path.Combine(elsewhere, "revision.yaml"), RuleLoadingDiagnosticsTest.BaseRevision.Replace("id: t", "id: base", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(Path.Combine(_folders.Root, "base"), elsewhere);
        var overlay = _folders.Revision("o", "id: o\nextends: base\n");

        var result = RuleSet.Read(overlay);

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(DiagnosticCodes.OutsideRoot.Code);
    }

    [Fact]
    public void Read_FileThatIsNotYaml_QuotesAtMostItsFirstLineCut()
    {
        var passwd = "root:x:0:0:root:/root:/bin/bash:" + new string('x', 200) + "\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";

        var result = Read(passwd);

        var error = SingleError(result, DiagnosticCodes.WrongType.Code);
        error.Message.Should().NotContain("daemon").And.Contain("'root:x:0:0:root:/root:/bin/bash:xxxx").And.Contain("…'");
        error.Message.Length.Should().BeLessThan(250);
    }

    [Fact]
    public void Read_ThreeKeysGivenTwice_ReportsThreeCR0005()
    {
        var yaml = Indicator
            .Replace("name: 空白栏目", "name: 空白栏目\n    name: 又一个", StringComparison.Ordinal)
            .Replace("kind: veto", "kind: veto\n    kind: bonus", StringComparison.Ordinal)
            .Replace("reason: 存在空白栏目", "reason: 存在空白栏目\n    reason: 再说一次", StringComparison.Ordinal);

        var result = Read(yaml);

        result.Errors.Select(e => $"{e.Code} {e.Location.Line}:{e.Location.Column}").Should().Equal("CR0005 4:5", "CR0005 6:5", "CR0005 13:5");
    }

    [Fact]
    public void Read_ErrorsInRevisionYamlAndInIndicatorFiles_ReportsThemAllAtOnce()
    {
        var folder = _folders.Revision(
            "t",
            "id: t\ntitle: [unclosed\n",
            ("a.yaml", Indicator.Replace("provenance: confirmed", "verified: yes", StringComparison.Ordinal)),
            ("b.yaml", "indicators:\n\t- id: W-2\n"));

        var result = RuleSet.Read(folder);

        result.Errors.Select(e => $"{Path.GetFileName(e.Location.File)} {e.Code} {e.Location.Line}:{e.Location.Column}").Should().Equal(
            "a.yaml CR0004 7:15",
            "b.yaml CR0001 2:1",
            "revision.yaml CR0001 3:1");
    }

    private string IndicatorFile => _folders.IndicatorFile("t", "a.yaml");

    private static Diagnostic SingleError(LoadResult<RuleRevision> result, string code)
    {
        result.Success.Should().BeFalse();
        var error = result.Diagnostics.Should().ContainSingle(string.Join(Environment.NewLine, result.Diagnostics)).Which;
        error.Severity.Should().Be(DiagnosticSeverity.Error);
        error.Code.Should().Be(code);
        return error;
    }

    private LoadResult<RuleRevision> Read(string yaml) => Read(Encoding.UTF8.GetBytes(yaml));

    private LoadResult<RuleRevision> Read(byte[] bytes)
    {
        var folder = _folders.Revision("t", RuleLoadingDiagnosticsTest.BaseRevision);
        File.WriteAllBytes(IndicatorFile, bytes);
        return HangGuard.Run("reading the rule folder", () => RuleSet.Read(folder));
    }
}
