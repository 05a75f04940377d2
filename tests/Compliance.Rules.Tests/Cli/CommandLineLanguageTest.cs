using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Rules.Cli.CommandLine;
using Compliance.Rules.Cli.Texts;

namespace Compliance.Rules.Tests.Cli;

/// <summary>
/// The command line speaks Chinese on a Chinese culture and English on any other, or what <c>--lang</c> says; its help,
/// messages and parse errors never show a .NET type name.
/// </summary>
public sealed partial class CommandLineLanguageTest
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("zh-Hans")]
    [InlineData("zh-TW")]
    public void Help_ChineseCulture_IsChinese(string culture)
    {
        var (exit, output, error) = CliRun.RunIn(CultureInfo.GetCultureInfo(culture), "--help");

        exit.Should().Be(0, error);
        var lines = CliRun.Lines(output);
        lines[0].Should().Be("compliance-rules：按国家检查指标检查政府网站与政务新媒体。");
        lines.Should().Contain(["用法：", "  compliance-rules <命令> [选项]", "选项：", "命令："]);
        lines.Should().Contain(l => l.StartsWith("  evaluate  在核查日期评估政府网站与政务新媒体", StringComparison.Ordinal));
        output.Should().NotContain("Usage").And.NotContain("Options:");
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("")]
    [InlineData("ja-JP")]
    public void Help_OtherCulture_IsEnglish(string culture)
    {
        var (exit, output, error) = CliRun.RunIn(CultureInfo.GetCultureInfo(culture), "--help");

        exit.Should().Be(0, error);
        var lines = CliRun.Lines(output);
        lines[0].Should().Be("compliance-rules: checks Chinese government websites and new-media accounts against the national indicators.");
        lines.Should().Contain(["Usage:", "  compliance-rules <command> [options]", "Options:", "Commands:"]);
        output.Should().NotContain("用法");
    }

    [Theory]
    [InlineData("en-US", "zh", "用法：")]
    [InlineData("en-US", "zh-CN", "用法：")]
    [InlineData("zh-CN", "en", "Usage:")]
    public void Help_LangOption_OverridesTheCulture(string culture, string lang, string usageTitle)
    {
        var (exit, output, _) = CliRun.RunIn(CultureInfo.GetCultureInfo(culture), "test", "--help", "--lang", lang);

        exit.Should().Be(0);
        CliRun.Lines(output).Should().Contain(usageTitle);
    }

    [Fact]
    public void Help_CommandInChinese_ListsItsArgumentsAndOptionsWithTheRequiredOnesMarked()
    {
        var (_, evaluate, _) = CliRun.RunIn(Chinese, "evaluate", "--help");
        var (_, test, _) = CliRun.RunIn(Chinese, "test", "-h");

        var lines = CliRun.Lines(evaluate);
        lines.Should().Contain("  compliance-rules evaluate [选项]");
        lines.Should().Contain(l => l.StartsWith("  --as-of <date> （必需）", StringComparison.Ordinal) && l.Contains("监测时间点", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  --format <md|csv|json|xlsx|docx>", StringComparison.Ordinal) && l.Contains("默认：md", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("  --lang <zh|en>", StringComparison.Ordinal));
        CliRun.Lines(test).Should().Contain(["  compliance-rules test <rules> [选项]", "参数："]);
        CliRun.Lines(test).Should().Contain(l => l.StartsWith("  -v, --verbose", StringComparison.Ordinal));
    }

    [Fact]
    public void Lang_UnknownLanguage_IsAnErrorInTheCulturesLanguage()
    {
        var (exit, output, error) = CliRun.RunIn(Chinese, "--help", "--lang", "fr");

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("错误：--lang “fr”不是可用的语言：应为 zh（中文）或 en（English）" + Environment.NewLine);
    }

    [Theory]
    [InlineData("calendar", "exceptions", "--calendar", "cn", "--from", "abc")]
    [InlineData("calendar", "exceptions", "--calendar", "cn", "--to", "2024.5")]
    [InlineData("calendar", "add-working-days", "--calendar", "cn", "2024-06-14", "three")]
    [InlineData("calendar", "deadline", "--calendar", "cn", "2024-06-14", "99999999999")]
    public void ParseError_ValueOfTheWrongKind_NamesTheKindNotADotNetType(params string[] args)
    {
        var (exitEn, _, english) = CliRun.RunIn(English, args);
        var (exitZh, _, chinese) = CliRun.RunIn(Chinese, args);

        exitEn.Should().Be(1);
        exitZh.Should().Be(1);
        english.Should().Contain("is not a whole number");
        chinese.Should().Contain("不是整数");
        foreach (var text in new[] { english, chinese })
        {
            DotNetName().IsMatch(text).Should().BeFalse($"no .NET type name belongs in a message: {text}");
        }
    }

    [Fact]
    public void ParseError_BadInteger_SaysWhichOptionAndWhatItTakes()
    {
        var (_, _, english) = CliRun.RunIn(English, "calendar", "exceptions", "--calendar", "cn", "--from", "abc");
        var (_, _, chinese) = CliRun.RunIn(Chinese, "calendar", "exceptions", "--calendar", "cn", "--from", "abc");

        CliRun.Lines(english).Should().Equal(
            "error: --from: 'abc' is not a whole number",
            "run 'compliance-rules calendar exceptions --help' for its arguments and options");
        CliRun.Lines(chinese).Should().Equal(
            "错误：--from：“abc”不是整数",
            "运行 compliance-rules calendar exceptions --help 查看参数和选项");
    }

    [Fact]
    public void ParseErrors_MissingAndUnknownOptions_AreEachSaidInChinese()
    {
        var (exit, _, error) = CliRun.RunIn(Chinese, "evaluate", "--facts", "x", "--colour", "red");

        exit.Should().Be(1);
        CliRun.Lines(error).Should().Equal(
            "错误：“--colour”在此处不是命令、参数或选项",
            "错误：“red”在此处不是命令、参数或选项",
            "错误：缺少必需的选项 --rules",
            "错误：缺少必需的选项 --as-of",
            "运行 compliance-rules evaluate --help 查看参数和选项");
    }

    [Theory]
    [InlineData(new[] { "test" }, "the argument <rules> of 'test' is required")]
    [InlineData(new string[0], "a command is required")]
    [InlineData(new[] { "evaluate", "--rules" }, "the option --rules needs a value")]
    [InlineData(new[] { "diff", "a", "b", "c" }, "'c' is not a command, argument or option here")]
    [InlineData(new[] { "evaluate", "--rules", "a", "--rules", "b", "--facts", "f", "--as-of", "2024-06-27" }, "the option --rules takes one value, but 2 were given")]
    public void ParseErrors_InEnglish_AreSaidInOurWords(string[] args, string message)
    {
        var (exit, _, error) = CliRun.RunIn(English, args);

        exit.Should().Be(1);
        CliRun.Lines(error).Should().Contain("error: " + message);
    }

    [Fact]
    public void ParseErrorText_SentenceOfANewerSystemCommandLine_KeepsItWithoutTheTypeName()
    {
        var said = ParseErrorText.Of("Value 'x' of System.Collections.Generic.List`1[System.Int32] is odd.", CommonTexts.English);

        said.Should().Be("Value 'x' of a value is odd.");
    }

    [Fact]
    public void Commands_InChinese_SayTheirResultsInChinese()
    {
        var (_, validate, _) = CliRun.RunIn(Chinese, "validate", "builtin:gb-2015");
        var (_, test, _) = CliRun.RunIn(Chinese, "test", "builtin:gb-2015");
        var (_, diff, _) = CliRun.RunIn(Chinese, "diff", "builtin:gb-2015", "builtin:gb-2019");
        var (_, _, facts) = CliRun.RunIn(Chinese, "evaluate", "--rules", "builtin:gb-2019", "--facts", "no-such-folder", "--as-of", "2024-06-27");

        CliRun.Lines(validate)[^1].Should().MatchRegex("^builtin:gb-2015：有效：[0-9]+ 个指标，[0-9]+ 个回归用例；0 个错误，[0-9]+ 个警告$");
        CliRun.Lines(test)[^1].Should().MatchRegex("^通过 [0-9]+ 个，失败 0 个$");
        CliRun.Lines(diff)[0].Should().Be("--- gb-2015 全国政府网站普查评分表（国办发〔2015〕15号，2015-03-24 起施行，national）");
        CliRun.Lines(diff)[^1].Should().Be("新增 54 个，删除 12 个，修改 6 个，未变 2 个");
        CliRun.Lines(facts)[^1].Should().Be("错误：事实数据“no-such-folder”有 1 个问题：未进行评估");
    }

    [GeneratedRegex(@"System\.|Int32|Int64|Nullable|Boolean", RegexOptions.CultureInvariant)]
    private static partial Regex DotNetName();
}
