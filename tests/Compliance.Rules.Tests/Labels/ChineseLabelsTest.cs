using System.Reflection;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Impact;
using Compliance.Rules.Reporting;
using Compliance.Rules.Results;
using FluentAssertions;
using Xunit;

namespace Compliance.Rules.Tests.Labels;

public sealed class ChineseLabelsTest
{
    // A setting a host passes in, never shown to a reader: they keep their names.
    private static readonly Type[] Settings = [typeof(ReportFormat)];

    public static TheoryData<Type> ShownEnumerations()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(RuleSet).Assembly.GetExportedTypes().Where(t => t.IsEnum && !Settings.Contains(t)).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void Of_TheWordsOfTheNotice()
    {
        ChineseLabels.Of(Verdict.Pass).Should().Be("合格");
        ChineseLabels.Of(Verdict.Fail).Should().Be("不合格");
        ChineseLabels.Of(Verdict.NotAssessed).Should().Be("无法评估");
        ChineseLabels.Of(IndicatorKind.Veto).Should().Be("单项否决");
        ChineseLabels.Of(IndicatorKind.Notice).Should().Be("提示");
        ChineseLabels.Of(SubjectKind.NewMedia).Should().Be("政务新媒体");
        ChineseLabels.Of(ImpactChange.NewlyFailing).Should().Be("新增不合格");
        ChineseLabels.Of(ExceptionKind.Work).Should().Be("调休上班");
        ChineseLabels.Of(DiagnosticSeverity.Error).Should().Be("错误");
    }

    [Fact]
    public void Of_ASetting_IsItsName()
    {
        ChineseLabels.Of(ReportFormat.Markdown).Should().Be("Markdown");
    }

    [Fact]
    public void Of_NoMember_IsRefused()
    {
        var act = () => ChineseLabels.Of((Verdict)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*not a member of Verdict*");
    }

    [Theory]
    [InlineData("不合格", Verdict.Fail)]
    [InlineData(" 合格 ", Verdict.Pass)]
    [InlineData("fail", Verdict.Fail)]
    [InlineData("not_assessed", Verdict.NotAssessed)]
    [InlineData("NotAssessed", Verdict.NotAssessed)]
    public void TryParse_ALabelOrAName_GivesTheMember(string text, Verdict expected)
    {
        ChineseLabels.TryParse<Verdict>(text, out var verdict).Should().BeTrue();

        verdict.Should().Be(expected);
    }

    [Theory]
    [InlineData("合 格")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_AnythingElse_IsFalse(string? text)
    {
        ChineseLabels.TryParse<Verdict>(text, out var verdict).Should().BeFalse();

        verdict.Should().Be(default(Verdict));
    }

    [Theory]
    [MemberData(nameof(ShownEnumerations))]
    public void EveryMemberAReaderSees_HasItsOwnChineseLabel(Type enumeration)
    {
        var of = typeof(ChineseLabels).GetMethod(nameof(ChineseLabels.Of))!.MakeGenericMethod(enumeration);
        var labels = Enum.GetValues(enumeration).Cast<object>()
            .Select(value => (Name: value.ToString()!, Label: (string)of.Invoke(null, [value])!))
            .ToList();

        labels.Should().OnlyContain(l => l.Label != l.Name && l.Label.Any(c => c >= '\u4e00' && c <= '\u9fff'), "every member of {0} needs a Chinese label", enumeration.Name);
        labels.Select(l => l.Label).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [MemberData(nameof(ShownEnumerations))]
    public void EveryLabel_ReadsBackAsItsMember(Type enumeration)
    {
        var of = typeof(ChineseLabels).GetMethod(nameof(ChineseLabels.Of))!.MakeGenericMethod(enumeration);
        var tryParse = typeof(ChineseLabels).GetMethod(nameof(ChineseLabels.TryParse))!.MakeGenericMethod(enumeration);
        foreach (var value in Enum.GetValues(enumeration))
        {
            object?[] arguments = [of.Invoke(null, [value]), null];

            ((bool)tryParse.Invoke(null, arguments)!).Should().BeTrue();
            arguments[1].Should().Be(value);
        }
    }
}
