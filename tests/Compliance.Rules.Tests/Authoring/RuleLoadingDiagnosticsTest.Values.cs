using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Authoring;

/// <summary>A rule constant is read with the field's codec, so it is written as the same field is in facts.</summary>
public partial class RuleLoadingDiagnosticsTest
{
    [Theory]
    [InlineData("is_blank: 是")]
    [InlineData("is_blank: 否")]
    [InlineData("is_blank: TRUE")]
    public void Read_FlagWrittenAsFactsWriteIt_Loads(string test)
    {
        var result = ReadIndicators(StaleColumnIndicator(test));

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Read_FlagThatIsNoFlag_ReportsInvalidValueAtTheValue()
    {
        var result = ReadIndicators(StaleColumnIndicator("is_blank: 也许"));

        var error = SingleError(result, DiagnosticCodes.RuleInvalidValue.Code, IndicatorFile, 12, 21, "W-1");
        error.Message.Should().Be("'也许' is not a valid value for 'is_blank', which holds true/false");
    }

    [Theory]
    [InlineData("\"2024-06-14 10:30:15\"")]
    [InlineData("2024-06-14T10:30")]
    [InlineData("2024-06-14")]
    public void Read_LocalTimeWrittenAsFactsWriteIt_Loads(string time)
    {
        var result = ReadIndicators(MessageIndicator($"received: {{ gte: {time} }}"));

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void Read_LocalTimeWithAnOffset_ReportsInvalidValueAtTheValue()
    {
        var result = ReadIndicators(MessageIndicator("received: { gte: \"2024-06-14 10:30+08:00\" }"));

        var error = SingleError(result, DiagnosticCodes.RuleInvalidValue.Code, IndicatorFile, 12, 28, "W-1");
        error.Message.Should().Be("'2024-06-14 10:30+08:00' is not a valid value for 'received', which holds a date and time");
    }

    /// <summary>A veto on Message whose single filter line (line 12, from column 11) is <paramref name="test"/>.</summary>
    private static string MessageIndicator(string test) => ExistsIndicator("message", "留言", test);

    /// <summary>A veto named <paramref name="name"/> that a fact of <paramref name="type"/> passing <paramref name="test"/> (line 12, from column 11) fires.</summary>
    private static string ExistsIndicator(string type, string name, string test) =>
        $"""
        indicators:
          - id: W-1
            name: {name}
            kind: veto
            applies_to: website
            source: 测试 1
            provenance: confirmed
            when:
              exists:
                of: {type}
                where:
                  {test}
            reason: {name}
        """;
}
