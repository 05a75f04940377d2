using System.Reflection;
using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Labels;
using Compliance.Rules.Reporting;
using Compliance.Rules.Results;

namespace Compliance.Rules.Tests.Labels;

/// <summary>
/// The library's enumerations and their vocabularies: every enumeration the language speaks has sound words, found
/// through its attribute, and the names are the vocabulary's, not derived from C# member names.
/// </summary>
public sealed class EnumVocabularyTest
{
    private static readonly Assembly Library = typeof(RuleSet).Assembly;

    // A setting a host passes in, never written in a file or shown to a reader: it has no words.
    private static readonly Type[] Settings = [typeof(ReportFormat)];

    public static TheoryData<Type> LanguageEnumerations() => [.. LanguageEnumerationTypes()];

    [Theory]
    [MemberData(nameof(LanguageEnumerations))]
    public void EveryEnumerationOfTheLanguage_HasSoundWordsForEveryMember(Type enumeration)
    {
        EnumVocabulary.Has(enumeration).Should().BeTrue("{0} is part of the language and needs [EnumTerms]", enumeration.Name);

        var terms = EnumVocabulary.Of(enumeration);

        terms.Problems().Should().BeEmpty();
        terms.Terms.Select(t => t.Value).Should().Equal(Enum.GetValues(enumeration).Cast<Enum>());
    }

    [Fact]
    public void LanguageEnumerations_IncludeTheFactFieldsCategoriesAndTheResults()
    {
        LanguageEnumerationTypes().Should().Contain(
            [typeof(ColumnCategory), typeof(SubjectKind), typeof(AccountStatus), typeof(MessageChannel), typeof(PageType), typeof(Verdict), typeof(FailureCause), typeof(IndicatorKind), typeof(Confidence)]);
    }

    [Fact]
    public void Of_AnEnumerationWithoutWords_IsRefusedWithItsName()
    {
        var of = () => EnumVocabulary.Of(typeof(ReportFormat));

        of.Should().Throw<InvalidOperationException>().WithMessage("ReportFormat names no vocabulary*");
    }

    [Fact]
    public void NameOf_ConfidenceMediumLow_IsTheCalendarFilesSpelling_NotTheSnakeCaseOfItsCSharpName()
    {
        // The one member whose word differs from the snake_case of its C# name (medium_low): calendar files have always
        // written medium-low, and the vocabulary, not the member, says so.
        EnumVocabulary.NameOf(Confidence.MediumLow).Should().Be("medium-low");
        CalendarGrammar.Confidences.TryGet<Confidence>("medium-low", out var confidence).Should().BeTrue();
        confidence.Should().Be(Confidence.MediumLow);
        CalendarGrammar.Confidences.TryGet<Confidence>("medium_low", out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("medium-low")]
    [InlineData("medium_low")]
    [InlineData("MediumLow")]
    [InlineData("中低")]
    public void TryParse_SpellingsDerivedFromTheName_ReadTheMember(string text)
    {
        ChineseLabels.TryParse<Confidence>(text, out var confidence).Should().BeTrue();

        confidence.Should().Be(Confidence.MediumLow);
    }

    [Fact]
    public void SubjectTypes_TakeTheirNameAndLabelFromTheSubjectKindsWords()
    {
        foreach (var kind in Enum.GetValues<SubjectKind>())
        {
            var type = FactCatalog.Subject(kind);

            (type.Name, type.Label).Should().Be((EnumVocabulary.NameOf(kind), EnumVocabulary.LabelOf(kind)));
            FactCatalog.ParseSubjectKind(type.Name).Should().Be(kind);
        }

        FactCatalog.NameOf(SubjectKind.NewMedia).Should().Be("new_media");
    }

    // Every enumeration a fact field holds, every one that names its vocabulary, and every public one a reader sees.
    private static IEnumerable<Type> LanguageEnumerationTypes()
    {
        var fieldEnums = FactCatalog.AllTypes.SelectMany(t => t.Fields.Values).Select(f => f.EnumType).OfType<Type>();
        var worded = Library.GetTypes().Where(t => t.IsEnum && t.IsDefined(typeof(EnumTermsAttribute)));
        var exported = Library.GetExportedTypes().Where(t => t.IsEnum && !Settings.Contains(t));
        return fieldEnums.Concat(worded).Concat(exported).Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal);
    }
}
