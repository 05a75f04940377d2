using System.Collections.Immutable;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Values;
using NodaTime;

namespace Compliance.Rules.Tests.Facts.Values;

/// <summary>
/// Each field kind's codec: what it reads, what it writes, that what it writes reads back to the same value, and what
/// it refuses. The expected values are written out by hand from the documented syntax (rules/README.md, "Field values").
/// </summary>
public sealed partial class FieldCodecTest
{
    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("是", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("FALSE", false)]
    [InlineData("否", false)]
    public void Flag_TrueFalseOrShiFou_Reads(string text, bool expected)
    {
        Parse(FieldKind.Boolean, text).Should().Be(expected);
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("对")]
    [InlineData("")]
    public void Flag_OtherText_IsRefused(string text)
    {
        Refuses(FieldKind.Boolean, text).Should().Be("true or false");
    }

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-3", -3)]
    [InlineData("+7", 7)]
    public void Whole_SignedDigits_Reads(string text, int expected)
    {
        Parse(FieldKind.Integer, text).Should().Be(expected);
    }

    [Theory]
    [InlineData("4.5")]
    [InlineData("1,000")]
    [InlineData("三")]
    [InlineData("99999999999")]
    public void Whole_DecimalsSeparatorsOrOverflow_IsRefused(string text)
    {
        Refuses(FieldKind.Integer, text).Should().Be("a whole number");
    }

    [Theory]
    [InlineData("0.85", "0.85")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("3", "3")]
    [InlineData("+2.50", "2.50")]
    public void Number_PointAndSign_ReadsAndWritesWithAPoint(string text, string written)
    {
        var value = Parse(FieldKind.Decimal, text);

        value.Should().Be(decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture));
        Format(FieldKind.Decimal, value!).Should().Be(written);
    }

    [Theory]
    [InlineData("0,85")]
    [InlineData("1,000.5")]
    [InlineData("百分之八十五")]
    [InlineData("1e3")]
    public void Number_CommaSeparatorsOrExponent_AreRefused(string text)
    {
        Refuses(FieldKind.Decimal, text).Should().Be("a number");
    }

    [Fact]
    public void Date_Iso_ReadsAndWrites()
    {
        Parse(FieldKind.Date, "2024-06-27").Should().Be(new LocalDate(2024, 6, 27));
        Format(FieldKind.Date, new LocalDate(2024, 2, 9)).Should().Be("2024-02-09");
    }

    [Theory]
    [InlineData("2024/6/27")]
    [InlineData("2024-13-01")]
    [InlineData("2024-06-27 10:00")]
    [InlineData("27.06.2024")]
    public void Date_OtherForms_AreRefused(string text)
    {
        Refuses(FieldKind.Date, text).Should().Be("a date such as 2024-06-27");
    }

    [Theory]
    [InlineData("2024-06-14 10:30", 10, 30, 0)]
    [InlineData("2024-06-14T10:30", 10, 30, 0)]
    [InlineData("2024-06-14 10:30:15", 10, 30, 15)]
    [InlineData("2024-06-14T10:30:15", 10, 30, 15)]
    [InlineData("2024-06-14", 0, 0, 0)]
    public void DateTime_SpaceOrT_SecondsOptional_Reads(string text, int hour, int minute, int second)
    {
        Parse(FieldKind.DateTime, text).Should().Be(new LocalDateTime(2024, 6, 14, hour, minute, second));
    }

    [Fact]
    public void DateTime_Format_WritesSecondsOnlyWhenThereAreSome()
    {
        Format(FieldKind.DateTime, new LocalDateTime(2024, 6, 14, 10, 30)).Should().Be("2024-06-14 10:30");
        Format(FieldKind.DateTime, new LocalDateTime(2024, 6, 14, 10, 30, 15)).Should().Be("2024-06-14 10:30:15");
        Format(FieldKind.DateTime, new LocalDateTime(2024, 6, 14, 10, 30, 15).PlusMilliseconds(500)).Should().Be("2024-06-14 10:30:15.5");
    }

    [Theory]
    [InlineData("2024-06-14 25:00")]
    [InlineData("2024-06-14 10")]
    [InlineData("2024-06-14 10:30+08:00")]
    [InlineData("下午3点")]
    public void DateTime_OtherForms_AreRefused(string text)
    {
        Refuses(FieldKind.DateTime, text).Should().Be("a local time such as 2024-06-14 10:30");
    }

    [Theory]
    [InlineData("2024-06-20T08:00:00+08:00")]
    [InlineData("2024-06-20T00:00:00Z")]
    [InlineData("2024-06-19T20:00:00-04:00")]
    public void Instant_OffsetOrUtc_ReadsTheSamePointInTime(string text)
    {
        Parse(FieldKind.Instant, text).Should().Be(Instant.FromUtc(2024, 6, 20, 0, 0));
    }

    [Fact]
    public void Instant_Format_WritesUtc()
    {
        Format(FieldKind.Instant, Instant.FromUtc(2024, 6, 20, 0, 0)).Should().Be("2024-06-20T00:00:00Z");
    }

    [Theory]
    [InlineData("2024-06-20T08:00:00")]
    [InlineData("2024-06-20 08:00 +08:00")]
    public void Instant_WithoutOffset_IsRefused(string text)
    {
        Refuses(FieldKind.Instant, text).Should().Be("an instant with its offset such as 2024-06-20T08:00:00+08:00");
    }

    [Theory]
    [InlineData("800ms", 800)]
    [InlineData("15s", 15_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("2m", 120_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("15 s", 15_000)]
    public void Duration_AmountAndUnit_Reads(string text, long milliseconds)
    {
        Parse(FieldKind.Duration, text).Should().Be(Duration.FromMilliseconds(milliseconds));
    }

    [Fact]
    public void Duration_Format_WritesMilliseconds()
    {
        Format(FieldKind.Duration, Duration.FromSeconds(15)).Should().Be("15000ms");
        Format(FieldKind.Duration, Duration.FromTicks(15_000)).Should().Be("1.5ms");
    }

    [Theory]
    [InlineData("15")]
    [InlineData("15秒")]
    [InlineData("PT15S")]
    [InlineData("-5s")]
    [InlineData("99999999999h")]
    [InlineData("١٥s")]
    public void Duration_OtherForms_AreRefused(string text)
    {
        Refuses(FieldKind.Duration, text).Should().Be("a duration such as 15s or 800ms");
    }

    [Theory]
    [InlineData("动态要闻")]
    [InlineData("News")]
    [InlineData("news")]
    public void Enum_LabelOrName_ReadsTheMember(string text)
    {
        Parse(FieldKind.Enum, text, typeof(ColumnCategory)).Should().Be(ColumnCategory.News);
    }

    [Theory]
    [InlineData("政策文件")]
    [InlineData("policy_documents")]
    [InlineData("PolicyDocuments")]
    [InlineData("policydocuments")]
    [InlineData("POLICY_DOCUMENTS")]
    [InlineData(" Policy_Documents ")]
    public void Enum_TheLabelOrASpellingOfTheName_ReadsTheMember(string text)
    {
        Parse(FieldKind.Enum, text, typeof(ColumnCategory)).Should().Be(ColumnCategory.PolicyDocuments);
    }

    [Fact]
    public void Enum_Format_WritesTheChineseLabel()
    {
        Format(FieldKind.Enum, ColumnCategory.Notices, typeof(ColumnCategory)).Should().Be("通知公告");
    }

    [Fact]
    public void Enum_UnknownLabel_IsRefusedWithTheLabels()
    {
        Refuses(FieldKind.Enum, "动态", typeof(AccountStatus)).Should().Be("one of: 正常, 关停");
    }

    [Fact]
    public void EnumSet_SeparatedLabels_ReadsEveryMember()
    {
        var value = Parse(FieldKind.EnumSet, "动态要闻、通知公告;政策文件", typeof(ColumnCategory));

        value.Should().BeOfType<ImmutableArray<ColumnCategory>>()
            .Which.Should().Equal(ColumnCategory.News, ColumnCategory.Notices, ColumnCategory.PolicyDocuments);
    }

    [Fact]
    public void EnumSet_MembersInAnySpelling_ReadsEveryMember()
    {
        var value = Parse(FieldKind.EnumSet, "news、PolicyDocuments;通知公告", typeof(ColumnCategory));

        value.Should().BeOfType<ImmutableArray<ColumnCategory>>()
            .Which.Should().Equal(ColumnCategory.News, ColumnCategory.PolicyDocuments, ColumnCategory.Notices);
    }

    [Fact]
    public void EnumSet_Empty_IsTheEmptySet()
    {
        Parse(FieldKind.EnumSet, string.Empty, typeof(ColumnCategory)).Should().BeOfType<ImmutableArray<ColumnCategory>>().Which.Should().BeEmpty();
    }

    [Fact]
    public void EnumSet_Format_JoinsTheLabels()
    {
        ImmutableArray<ColumnCategory> set = [ColumnCategory.News, ColumnCategory.Notices];

        Format(FieldKind.EnumSet, set, typeof(ColumnCategory)).Should().Be("动态要闻、通知公告");
    }

    [Fact]
    public void EnumSet_OneUnknownMember_IsRefused()
    {
        Refuses(FieldKind.EnumSet, "动态要闻、动态", typeof(ColumnCategory)).Should().StartWith("a list separated by '、' or ';' of: 动态要闻, 通知公告");
    }

    [Fact]
    public void Text_AnyText_ReadsAndWritesAsWritten()
    {
        Parse(FieldKind.Text, " 兵团 =1+1").Should().Be(" 兵团 =1+1");
        Format(FieldKind.Text, "兵团").Should().Be("兵团");
    }

    private static object? Parse(FieldKind kind, string text, Type? enumType = null)
    {
        FieldCodec.For(kind, enumType).TryParse(text, out var value).Should().BeTrue("'{0}' is a {1}", text, kind);
        return value;
    }

    private static string Format(FieldKind kind, object value, Type? enumType = null) => FieldCodec.For(kind, enumType).Format(value);

    private static string Refuses(FieldKind kind, string text, Type? enumType = null)
    {
        var codec = FieldCodec.For(kind, enumType);
        codec.TryParse(text, out var value).Should().BeFalse("'{0}' is not a {1}", text, kind);
        value.Should().BeNull();
        return codec.Expected;
    }
}
