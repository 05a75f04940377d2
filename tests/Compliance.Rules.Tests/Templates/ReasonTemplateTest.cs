using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Tests.Templates;

public class ReasonTemplateTest
{
    private static ReasonTemplate Parse(string text)
    {
        var errors = new List<string>();
        var template = ReasonTemplate.Parse(text, errors);
        errors.Should().BeEmpty();
        return template;
    }

    [Fact]
    public void Render_DateWithOffsetAndPattern_NamesTheFirstDayWithoutUpdate()
    {
        var template = Parse("{latest.published+1d:M月d日}起未更新");

        var text = template.Render(new Dictionary<string, object?> { ["latest.published"] = new LocalDate(2024, 6, 10) });

        text.Should().Be("6月11日起未更新");
    }

    [Theory]
    [InlineData("{ratio:P2}", 0.0525, "5.25%")]
    [InlineData("{score:0.0}", 114, "114.0")]
    [InlineData("{score}", 100.4, "100.4")]
    public void Render_NumberFormats_UseInvariantCulture(string text, double value, string expected) =>
        Parse(text).Render(new Dictionary<string, object?> { [text.Trim('{', '}').Split(':')[0]] = (decimal)value }).Should().Be(expected);

    [Fact]
    public void Render_EnumAndMissingValues_UseLabelsAndADash() =>
        Parse("{channel}：{answered}").Render(new Dictionary<string, object?> { ["channel"] = MessageChannel.ErrorReport, ["answered"] = null })
            .Should().Be("我为政府网站找错：—");

    [Fact]
    public void Render_DoubledBraces_AreLiteral() =>
        Parse("{{字面}} {count}").Render(new Dictionary<string, object?> { ["count"] = 3 }).Should().Be("{字面} 3");

    [Theory]
    [InlineData("{count", "is not closed")]
    [InlineData("count}", "unmatched '}'")]
    [InlineData("{latest+x:M月}", "offset that is not a number of days")]
    [InlineData("{}", "is not a placeholder name")]
    public void Parse_Malformed_ReportsTheProblem(string text, string message)
    {
        var errors = new List<string>();

        ReasonTemplate.Parse(text, errors);

        errors.Should().ContainSingle().Which.Should().Contain(message);
    }

    [Fact]
    public void Check_UnknownNameBadFormatAndOffsetOnNumber_AreAllReported()
    {
        var errors = new List<string>();
        var template = ReasonTemplate.Parse("{cnt} {as_of:M月Q日} {count+1d}", errors);

        template.Check(new Dictionary<string, PlaceholderKind> { ["count"] = PlaceholderKind.Number, ["as_of"] = PlaceholderKind.Date }, errors);

        errors.Should().HaveCount(3);
        errors[0].Should().Contain("unknown placeholder '{cnt}'");
        errors[1].Should().Contain("format 'M月Q日' does not fit");
        errors[2].Should().Contain("takes no day offset");
    }
}
