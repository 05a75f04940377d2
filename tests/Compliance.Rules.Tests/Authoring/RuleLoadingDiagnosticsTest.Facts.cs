using Compliance.Rules.Diagnostics;
using Compliance.Rules.Authoring;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>Problems with facts in conditions: fact types (CR2001), fields (CR2002), operators (CR2003), values (CR2004).</summary>
public sealed partial class RuleLoadingDiagnosticsTest
{
    [Fact]
    public void Read_MisspeltFactType_ReportsUnknownFactTypeAtTheName()
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
                  exists: { of: Colum, where: { is_blank: true } }
                reason: 存在空白栏目
            """);

        var error = SingleError(result, DiagnosticCodes.RuleUnknownFactType.Code, IndicatorFile, 9, 21, "W-1");
        error.Message.Should().StartWith("unknown fact type 'Colum' (did you mean 'column'?); the fact types are: availability_probe, column, content_issue, ");
    }

    [Fact]
    public void Read_MisspeltField_ReportsUnknownFieldAtTheFieldWithSuggestion()
    {
        var result = ReadIndicators(StaleColumnIndicator("last_update: { not_within: { months: 6 } }"));

        var error = SingleError(result, DiagnosticCodes.RuleUnknownField.Code, IndicatorFile, 12, 11, "W-1");
        error.Message.Should().Be(
            "column has no field 'last_update' (did you mean 'last_updated'?); its fields are: "
            + "category, id, is_blank, is_top_level, last_updated, name, on_homepage, overdue, subject_id");
    }

    [Theory]
    [InlineData("name: { within: { months: 6 } }", 19, "operator 'within' does not fit 'name', which holds text; it takes: eq, ne, in, not_in")]
    [InlineData("category: { gte: 通知公告 }", 23, "operator 'gte' does not fit 'category', which holds one of: 动态要闻, 通知公告, ")]
    [InlineData("category: { includes_any: [通知公告] }", 23, "operator 'includes_any' does not fit 'category', which holds one of: 动态要闻, ")]
    [InlineData("is_blank: { in: [true] }", 23, "operator 'in' does not fit 'is_blank', which holds true/false; it takes: eq, ne")]
    public void Read_OperatorThatDoesNotFitTheField_ReportsMismatchAtTheOperator(string test, int column, string message)
    {
        var result = ReadIndicators(StaleColumnIndicator(test));

        var error = SingleError(result, DiagnosticCodes.OperatorMismatch.Code, IndicatorFile, 12, column, "W-1");
        error.Message.Should().StartWith(message);
    }

    [Fact]
    public void Read_OperatorThatDoesNotFitTheField_ListsTheOperatorsItTakes()
    {
        var result = ReadIndicators(StaleColumnIndicator("category: { gte: 通知公告 }"));

        Single(result).Message.Should().EndWith("; it takes: eq, ne, in, not_in");
    }

    [Fact]
    public void Read_UnknownCategory_ReportsInvalidValueAtTheValue()
    {
        var result = ReadIndicators(StaleColumnIndicator("category: 动态"));

        var error = SingleError(result, DiagnosticCodes.RuleInvalidValue.Code, IndicatorFile, 12, 21, "W-1");
        error.Message.Should().Be(
            "'动态' is not a valid value for 'category', which holds one of: 动态要闻, 通知公告, 政策文件, 政策解读, 人事, 规划计划, "
            + "概况信息, 办事统计, 政务咨询, 在线访谈, 调查征集, 网上信访, 纪检举报, 历史专题, 其他, 机构职能, 领导信息, 数据发布, 留言统计, 专题服务");
    }

    [Fact]
    public void Read_ImpossibleDate_ReportsInvalidValueAtTheDate()
    {
        var result = ReadIndicators(StaleColumnIndicator("last_updated: { gte: 2024-13-01 }"));

        var error = SingleError(result, DiagnosticCodes.RuleInvalidValue.Code, IndicatorFile, 12, 32, "W-1");
        error.Message.Should().Be("'2024-13-01' is not a valid value for 'last_updated', which holds a date");
    }

    /// <summary>A veto on Column whose single filter line (line 12, from column 11) is <paramref name="test"/>.</summary>
    private static string StaleColumnIndicator(string test) => ExistsIndicator("column", "栏目不更新", test);
}
