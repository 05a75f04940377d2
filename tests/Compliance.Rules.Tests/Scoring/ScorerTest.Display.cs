using Compliance.Rules.Reporting;

namespace Compliance.Rules.Tests.Scoring;

public partial class ScorerTest
{
    [Theory]
    [InlineData("97.3333333333333333333333333", "97.3")]
    [InlineData("99.8666666666666666666666667", "99.9")]
    [InlineData("59.9", "59.9")]
    [InlineData("114", "114.0")]
    [InlineData("100.45", "100.5")]
    [InlineData("0.05", "0.1")]
    [InlineData("100.44999", "100.4")]
    public void ReportScore_OneDecimalRoundedHalfUp(string score, string shown)
    {
        // A midpoint goes up (100.45 → 100.5, where rounding to even would give 100.4); the gates never see this text.
        ReportText.Score(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)).Should().Be(shown);
    }
}
