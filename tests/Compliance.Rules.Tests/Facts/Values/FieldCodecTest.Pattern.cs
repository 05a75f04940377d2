using System.Text.RegularExpressions;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Values;

namespace Compliance.Rules.Tests.Facts.Values;

/// <summary>The schemas' patterns come from the codecs, so an editor flags exactly the forms the library refuses.</summary>
public sealed partial class FieldCodecTest
{
    [Theory]
    [InlineData(nameof(FieldKind.Boolean), "是", true)]
    [InlineData(nameof(FieldKind.Boolean), "TRUE", true)]
    [InlineData(nameof(FieldKind.Boolean), "yes", false)]
    [InlineData(nameof(FieldKind.Integer), "-3", true)]
    [InlineData(nameof(FieldKind.Integer), "3.0", false)]
    [InlineData(nameof(FieldKind.Decimal), "0.85", true)]
    [InlineData(nameof(FieldKind.Decimal), ".5", true)]
    [InlineData(nameof(FieldKind.Decimal), "0,85", false)]
    [InlineData(nameof(FieldKind.Date), "2024-06-27", true)]
    [InlineData(nameof(FieldKind.Date), "2024/6/27", false)]
    [InlineData(nameof(FieldKind.DateTime), "2024-06-14 10:30", true)]
    [InlineData(nameof(FieldKind.DateTime), "2024-06-14T10:30:15.25", true)]
    [InlineData(nameof(FieldKind.DateTime), "2024-06-14", true)]
    [InlineData(nameof(FieldKind.DateTime), "2024-06-14 10", false)]
    [InlineData(nameof(FieldKind.Instant), "2024-06-20T08:00:00+08:00", true)]
    [InlineData(nameof(FieldKind.Instant), "2024-06-20T00:00:00.5Z", true)]
    [InlineData(nameof(FieldKind.Instant), "2024-06-20T08:00:00", false)]
    [InlineData(nameof(FieldKind.Duration), "1.5s", true)]
    [InlineData(nameof(FieldKind.Duration), "2 m", true)]
    [InlineData(nameof(FieldKind.Duration), "15秒", false)]
    public void Pattern_MatchesExactlyWhatTheCodecReads(string kind, string text, bool read)
    {
        var codec = FieldCodec.For(Enum.Parse<FieldKind>(kind), null);

        codec.TryParse(text, out _).Should().Be(read);
        Regex.IsMatch(text, codec.Pattern!, RegexOptions.ECMAScript).Should().Be(read);
    }
}
