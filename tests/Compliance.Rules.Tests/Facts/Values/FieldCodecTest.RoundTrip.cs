using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Values;
using NodaTime;

namespace Compliance.Rules.Tests.Facts.Values;

public sealed partial class FieldCodecTest
{
    public static TheoryData<string, Type?, object> Values
    {
        get
        {
            var values = ScalarValues;
            values.Add(nameof(FieldKind.EnumSet), typeof(ColumnCategory), ImmutableArray.Create(ColumnCategory.Notices, ColumnCategory.News));
            values.Add(nameof(FieldKind.EnumSet), typeof(ColumnCategory), ImmutableArray<ColumnCategory>.Empty);
            return values;
        }
    }

    public static TheoryData<string, Type?, object> ScalarValues => new()
    {
        { nameof(FieldKind.Text), null, "第六师自然资源和规划局" },
        { nameof(FieldKind.Boolean), null, true },
        { nameof(FieldKind.Boolean), null, false },
        { nameof(FieldKind.Integer), null, -17 },
        { nameof(FieldKind.Integer), null, int.MaxValue },
        { nameof(FieldKind.Decimal), null, 0.0125m },
        { nameof(FieldKind.Decimal), null, -1234567.5m },
        { nameof(FieldKind.Date), null, new LocalDate(1990, 1, 1) },
        { nameof(FieldKind.DateTime), null, new LocalDateTime(2024, 6, 14, 23, 59) },
        { nameof(FieldKind.DateTime), null, new LocalDateTime(2024, 6, 14, 8, 5, 9) },
        { nameof(FieldKind.DateTime), null, new LocalDateTime(2024, 6, 14, 8, 5, 9).PlusNanoseconds(123_456_789) },
        { nameof(FieldKind.Instant), null, Instant.FromUtc(2024, 6, 20, 1, 2, 3) },
        { nameof(FieldKind.Duration), null, Duration.FromMilliseconds(800) },
        { nameof(FieldKind.Duration), null, Duration.FromHours(1) },
        { nameof(FieldKind.Enum), typeof(ColumnCategory), ColumnCategory.PolicyInterpretation },
        { nameof(FieldKind.Enum), typeof(AccountStatus), AccountStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Format_ThenParse_GivesTheSameValue(string kind, Type? enumType, object value)
    {
        var codec = FieldCodec.For(Enum.Parse<FieldKind>(kind), enumType);

        codec.TryParse(codec.Format(value), out var read).Should().BeTrue();

        read.Should().BeEquivalentTo(value, options => options.WithStrictOrdering());
    }

    [Theory]
    [MemberData(nameof(ScalarValues))]
    public void FactValues_Format_IsTheKindsCodec(string kind, Type? enumType, object value)
    {
        FactValues.Format(value).Should().Be(FieldCodec.For(Enum.Parse<FieldKind>(kind), enumType).Format(value));
    }
}
