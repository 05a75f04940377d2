using Compliance.Rules.Authoring;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>YAML-level problems: syntax (CR0001), unknown keys (CR0002), missing keys (CR0003), wrong types (CR0004).</summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    [Fact]
    public void Read_TabInIndentation_ReportsSyntaxErrorAtTheTab()
    {
        var result = ReadIndicators("indicators:\n  - id: W-1\n    name: 栏目不更新\n\tkind: veto\n");

        var error = SingleError(result, DiagnosticCodes.YamlSyntax.Code, IndicatorFile, 4, 1, subject: null);
        error.Message.Should().StartWith("not well-formed YAML: ").And.EndWith("(indent with spaces, not tabs)");
    }

    [Fact]
    public void Read_KeyGivenTwice_ReportsCR0005AtTheSecondKeyAndReadsOn()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 栏目不更新
                name: 空白栏目
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  exists: { of: column, where: { is_blank: true } }
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.DuplicateKey.Code, IndicatorFile, 4, 5, subject: null);
        error.Message.Should().Be("key 'name' is given twice");
    }

    [Fact]
    public void Read_MisspeltKey_ReportsUnknownKeyWithSuggestion()
    {
        var result = ReadIndicators(
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
                detial: 空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.UnknownKey.Code, IndicatorFile, 11, 5, "W-1");
        error.Message.Should().Be(
            "unknown key 'detial' in indicator 'W-1' (did you mean 'detail'?); expected one of: "
            + "any, applies_to, cap_for, detail, enabled, group, id, judged_by, kind, name, note, points, provenance, reason, sample, source, verified, warn, warn_ahead, when");
    }

    [Fact]
    public void Read_IndicatorWithoutSource_ReportsMissingKeyAtTheIndicator()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 空白栏目
                kind: veto
                applies_to: website
                provenance: confirmed
                when:
                  exists: { of: column, where: { is_blank: true } }
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.MissingKey.Code, IndicatorFile, 2, 5, "W-1");
        error.Message.Should().EndWith("needs the key 'source'");
    }

    [Fact]
    public void Read_VerifiedIsNotABoolean_ReportsWrongTypeAtTheValue()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 空白栏目
                kind: veto
                applies_to: website
                source: 测试 1
                verified: yes
                when:
                  exists: { of: column, where: { is_blank: true } }
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.WrongType.Code, IndicatorFile, 7, 15, "W-1");
        error.Message.Should().Be("'verified' must be true or false, found 'yes'");
    }

    [Fact]
    public void Read_ConditionIsAList_ReportsWrongTypeAtTheList()
    {
        var result = ReadIndicators(
            """
            indicators:
              - id: W-1
                name: 空白栏目
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when: [exists]
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.WrongType.Code, IndicatorFile, 8, 11, "W-1");
        error.Message.Should().Be("expected a condition (a mapping of keys to values), found a list");
    }

    [Fact]
    public void Read_EmptyRevisionFile_ReportsMissingContentForTheWholeFile()
    {
        var folder = _folders.Revision("t", string.Empty);

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.MissingKey.Code, _folders.RevisionFile("t"), 0, 0, subject: null);
        error.Message.Should().Be("the revision file is empty");
    }

    [Fact]
    public void Read_RevisionWithoutTitle_ReportsMissingKeyAtTheRevision()
    {
        var folder = _folders.Revision("t", BaseRevision.Replace("title: 测试规则集\n", string.Empty, StringComparison.Ordinal));

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.MissingKey.Code, _folders.RevisionFile("t"), 1, 1, subject: null);
        error.Message.Should().Be("a revision needs the key 'title'");
    }

    [Fact]
    public void Read_FolderWithoutRevisionFile_ReportsMissingRevision()
    {
        var folder = _folders.Revision("t", revisionYaml: null, ("a.yaml", "indicators: []\n"));

        var result = RuleSet.Read(folder);

        var error = SingleError(result, DiagnosticCodes.MissingRevision.Code, folder, 0, 0, subject: null);
        error.Message.Should().Be($"'{folder}' is not a revision folder: it has no revision.yaml");
        error.Severity.Should().Be(DiagnosticSeverity.Error);
    }
}
