using System.Globalization;
using Compliance.Rules.Tests.Cli;

namespace Compliance.Rules.Tests.Forecasting;

/// <summary><c>forecast</c> speaks the run's language like the other commands: its help, its own messages and the shared ones.</summary>
public sealed class ForecastCommandLanguageTest
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Fact]
    public void Help_InEnglish_DescribesTheCommandAndEveryOption()
    {
        var (exit, output, error) = CliRun.RunIn(English, "forecast", "--help");

        exit.Should().Be(0, error);
        var lines = CliRun.Lines(output);
        lines[0].Should().StartWith("Forecast what will fail, and when, if no new facts arrive (预警)");
        lines.Should().Contain(["Usage:", "  compliance-rules forecast [options]", "Options:"]);
        lines.Should().Contain(l => l.StartsWith("  --rules <rules> (required)", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  --days <n>", StringComparison.Ordinal) && l.Contains("1 to 366 (14 by default)", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  --lang <zh|en>", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_InChinese_DescribesTheCommandAndEveryOptionInChinese()
    {
        var (exit, output, error) = CliRun.RunIn(English, "forecast", "--help", "--lang", "zh");

        exit.Should().Be(0, error);
        var lines = CliRun.Lines(output);
        lines[0].Should().StartWith("预警：若不再有新的事实，预测哪些对象将在何时不合格。");
        lines.Should().Contain(["用法：", "  compliance-rules forecast [选项]", "选项："]);
        lines.Should().Contain(l => l.StartsWith("  --as-of <date> （必需）", StringComparison.Ordinal) && l.Contains("预测起始的监测时间点", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  --days <n>", StringComparison.Ordinal) && l.Contains("1 至 366（默认 14）", StringComparison.Ordinal));
        output.Should().NotContain("Usage").And.NotContain("How many days");
    }

    [Fact]
    public void RootHelp_ListsForecastInEitherLanguage()
    {
        var (_, english, _) = CliRun.RunIn(English, "--help");
        var (_, chinese, _) = CliRun.RunIn(Chinese, "--help");

        CliRun.Lines(english).Should().Contain(l => l.StartsWith("  forecast  Forecast what will fail", StringComparison.Ordinal));
        CliRun.Lines(chinese).Should().Contain(l => l.StartsWith("  forecast  预警：", StringComparison.Ordinal));
    }

    [Fact]
    public void DaysOutOfRange_InChinese_IsSaidInChinese()
    {
        var (exit, output, error) = CliRun.RunIn(Chinese, "forecast", "--rules", "builtin:xjbt-2024", "--facts", "no-such-folder", "--as-of", "2024-06-27", "--days", "400");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        CliRun.Lines(error).Should().Equal("错误：--days 400 不是可用的预测天数：应为 1 至 366");
    }

    [Theory]
    [InlineData("en", "error: --format docx writes the draft of a notice, which only evaluate writes: the forecast report is written as md, csv, json or xlsx")]
    [InlineData("zh", "错误：--format docx 生成通报草稿，仅 evaluate 命令可用：预警报告可输出为 md、csv、json 或 xlsx")]
    public void Docx_IsRefusedWithTheFormatsItWrites(string lang, string message)
    {
        var (exit, output, error) = CliRun.RunIn(English, "forecast", "--rules", "builtin:xjbt-2024", "--facts", "no-such-folder", "--as-of", "2024-06-27", "--format", "docx", "--lang", lang);

        exit.Should().Be(1);
        output.Should().BeEmpty();
        CliRun.Lines(error).Should().Equal(message);
    }
}
