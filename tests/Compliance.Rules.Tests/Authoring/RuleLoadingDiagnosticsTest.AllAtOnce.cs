using Compliance.Rules.Authoring;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>A folder with many mistakes: every one is reported in one load, in file, line and column order.</summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    [Fact]
    public void Read_FolderWithManyMistakes_ReportsEveryOneInSourceOrder()
    {
        var revision = BaseRevision
            .Replace("calendar: cn\n", "calendar: mars\n", StringComparison.Ordinal)
            .Replace("kind: bonus, max: 30 }", "kind: bonus, max: 30, colour: red }", StringComparison.Ordinal);
        var a =
            """
            indicators:
              - id: W-1
                name: 栏目不更新
                kind: veto
                applies_to: website
                source: 测试 1
                provenance: confirmed
                when:
                  count:
                    of: column
                    where:
                      category: 动态
                      last_update: { not_within: { calendar_days: 14 } }
                  gte: 5
                reason: 累计{cnt}个栏目未更新

              - id: W-D1
                name: 空白栏目
                kind: deduction
                group: PUBLISHING
                applies_to: website
                source: 测试 2
                verified: yes
                when:
                  each: { of: column, where: { is_blank: true } }
                points: { per_occurrence: 2, max: 1 }
                reason: 空白栏目：{name}
            """;
        var b =
            """
            indicators:
              - id: W-1
                name: 重复
                kind: veto
                applies_to: website
                source: 测试 3
                provenance: confirmed
                when:
                  exists: { of: content_issue }
                reason: 重复
              - id: N-1
                name: 内容不更新
                kind: veto
                applies_to: new_media
                source: 测试 4
                verified: false
                when:
                  none: { of: publication, where: { published: { within: { calendar_days: 14 } } } }
                reason: 超14天未更新
            """;
        var c = "indicators:\n  - id: W-3\n    name: 栏目\n\tkind: veto\n";
        var folder = _folders.Revision("t", revision, ("a.yaml", a), ("b.yaml", b), ("c.yaml", c));

        var result = RuleSet.Read(folder);

        var fileA = _folders.IndicatorFile("t", "a.yaml");
        var fileB = _folders.IndicatorFile("t", "b.yaml");
        var fileC = _folders.IndicatorFile("t", "c.yaml");
        var header = _folders.RevisionFile("t");
        result.Success.Should().BeFalse();
        result.Diagnostics.Select(d => (d.Code, d.Location, d.Subject)).Should().Equal(
            (DiagnosticCodes.RuleInvalidValue.Code, new SourceLocation(fileA, 12, 21), "W-1"),
            (DiagnosticCodes.RuleUnknownField.Code, new SourceLocation(fileA, 13, 11), "W-1"),
            (DiagnosticCodes.TemplateError.Code, new SourceLocation(fileA, 15, 13), "W-1"),
            (DiagnosticCodes.GroupError.Code, new SourceLocation(fileA, 20, 12), "W-D1"),
            (DiagnosticCodes.WrongType.Code, new SourceLocation(fileA, 23, 15), "W-D1"),
            (DiagnosticCodes.PointsError.Code, new SourceLocation(fileA, 26, 39), "W-D1"),
            (DiagnosticCodes.DuplicateId.Code, new SourceLocation(fileB, 2, 5), "W-1"),
            (DiagnosticCodes.Deprecated.Code, new SourceLocation(fileB, 16, 5), "N-1"),
            (DiagnosticCodes.YamlSyntax.Code, new SourceLocation(fileC, 4, 1), null),
            (DiagnosticCodes.UnknownCalendar.Code, new SourceLocation(header, 5, 11), "t"),
            (DiagnosticCodes.UnknownKey.Code, new SourceLocation(header, 15, 50), null));
        result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning).Should().Be(1);
    }

    [Fact]
    public void GetValueOrThrow_FolderWithMistakes_ListsEveryErrorInTheException()
    {
        var folder = _folders.Revision("t", BaseRevision.Replace("calendar: cn\n", "calendar: mars\n", StringComparison.Ordinal), ("a.yaml", BlankColumnVeto.Replace("of: column", "of: Colum", StringComparison.Ordinal)));

        var act = () => RuleSet.Read(folder).GetValueOrThrow();

        var exception = act.Should().Throw<DiagnosticsException>().Which;
        exception.Diagnostics.Select(d => d.Code).Should().Equal(DiagnosticCodes.RuleUnknownFactType.Code, DiagnosticCodes.UnknownCalendar.Code);
        exception.Message.Should().StartWith("2 error(s):")
            .And.Contain($"{_folders.IndicatorFile("t", "a.yaml")}:9:21: error CR2001: unknown fact type 'Colum'")
            .And.Contain($"{_folders.RevisionFile("t")}:5:11: error CR2009: calendar 'mars' does not exist [t]");
    }
}
