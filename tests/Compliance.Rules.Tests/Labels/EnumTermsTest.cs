using Compliance.Rules.Labels;

namespace Compliance.Rules.Tests.Labels;

/// <summary>
/// One enumeration's words: read by the name the table gives and the label, never by the C# member's name, and checked
/// for a member without a term, names and labels used twice and malformed names.
/// </summary>
public sealed class EnumTermsTest
{
    // Members whose C# names say nothing about the words the tables below give them.
    public enum Shade
    {
        LightGrey,
        DarkBlue,
    }

    private static EnumTerms Sound => EnumTerms.Of<Shade>(
        null,
        (Shade.DarkBlue, "navy", "藏青"),
        (Shade.LightGrey, "pale_grey", "浅灰"));

    [Theory]
    [InlineData("pale_grey", Shade.LightGrey)]
    [InlineData("PaleGrey", Shade.LightGrey)]
    [InlineData("PALE_GREY", Shade.LightGrey)]
    [InlineData("palegrey", Shade.LightGrey)]
    [InlineData("pale-grey", Shade.LightGrey)]
    [InlineData(" 浅灰 ", Shade.LightGrey)]
    [InlineData("藏青", Shade.DarkBlue)]
    [InlineData("Navy", Shade.DarkBlue)]
    public void TryParse_TheLabelOrASpellingOfTheTablesName_GivesTheMember(string text, Shade expected)
    {
        Sound.TryParse(text, out var value).Should().BeTrue();

        value.Should().Be(expected);
    }

    [Theory]
    [InlineData("LightGrey")]
    [InlineData("light_grey")]
    [InlineData("DarkBlue")]
    [InlineData("dark_blue")]
    [InlineData("pale")]
    [InlineData("浅 灰")]
    [InlineData("")]
    public void TryParse_TheCSharpMemberNameOrAnythingElse_IsNotRead(string text)
    {
        Sound.TryParse(text, out var value).Should().BeFalse();

        value.Should().BeNull();
    }

    [Fact]
    public void Terms_AreInTheEnumerationsOrder_WhateverTheTablesOrder()
    {
        Sound.Names.Should().Equal("pale_grey", "navy");
        Sound.Labels.Should().Equal("浅灰", "藏青");
        Sound.TermOf(Shade.DarkBlue).Should().Be(new EnumTerm(Shade.DarkBlue, "navy", "藏青"));
    }

    [Fact]
    public void Problems_ASoundTable_HasNone()
    {
        Sound.Problems().Should().BeEmpty();
    }

    [Fact]
    public void Problems_AMemberAddedWithoutATerm_IsNamed()
    {
        var table = EnumTerms.Of<Shade>(null, (Shade.LightGrey, "pale_grey", "浅灰"));

        table.Problems().Should().ContainSingle().Which.Should().Contain("Shade.DarkBlue has 0 terms");
    }

    [Fact]
    public void Problems_AMemberWithTwoTerms_IsNamed()
    {
        var table = EnumTerms.Of<Shade>(null, (Shade.LightGrey, "pale_grey", "浅灰"), (Shade.DarkBlue, "navy", "藏青"), (Shade.DarkBlue, "dark", "深蓝"));

        table.Problems().Should().ContainSingle().Which.Should().Contain("Shade.DarkBlue has 2 terms");
    }

    [Theory]
    [InlineData("pale_grey", "藏青", "the name (ignoring case, '_' and '-') 'palegrey' is given to LightGrey and DarkBlue")]
    [InlineData("pale-grey", "藏青", "the name (ignoring case, '_' and '-') 'palegrey' is given to LightGrey and DarkBlue")]
    [InlineData("navy", "浅灰", "the label '浅灰' is given to LightGrey and DarkBlue")]
    [InlineData("Navy", "藏青", "the name 'Navy' is not lower-case words joined by '_' or '-'")]
    [InlineData("navy__blue", "藏青", "the name 'navy__blue' is not lower-case words")]
    [InlineData("navy", " 藏青", "the label ' 藏青' is empty or has white space around it")]
    public void Problems_ANameOrLabelThatCannotBeRead_IsNamed(string darkBlueName, string darkBlueLabel, string expected)
    {
        var table = EnumTerms.Of<Shade>(null, (Shade.LightGrey, "pale_grey", "浅灰"), (Shade.DarkBlue, darkBlueName, darkBlueLabel));

        table.Problems().Should().ContainSingle().Which.Should().Contain(expected);
    }

    [Fact]
    public void Problems_AValueThatIsNoMember_IsNamed()
    {
        var table = EnumTerms.Of<Shade>(null, (Shade.LightGrey, "pale_grey", "浅灰"), (Shade.DarkBlue, "navy", "藏青"), ((Shade)7, "violet", "紫"));

        table.Problems().Should().ContainSingle().Which.Should().Contain("Shade has no member 7");
    }
}
