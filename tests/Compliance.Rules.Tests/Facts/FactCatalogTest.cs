using Compliance.Rules.Facts;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Tests.Facts;

/// <summary>The catalogue binds the vocabulary's words to the records: the language's names come from the table, never from C# names.</summary>
public class FactCatalogTest
{
    private static readonly Bilingual Meaning = new("说明。", "A meaning.");

    [Fact]
    public void Bind_FieldNamedOtherThanItsProperty_TakesTheVocabularysName()
    {
        var type = FactCatalog.Bind(Terms(Field(nameof(Tally.Count), "how_many", "次数"), Field(nameof(Tally.Label), "label")));

        type.Fields.Keys.Should().BeEquivalentTo("id", "subject_id", "how_many", "label");
        type.Fields["how_many"].Property.Name.Should().Be(nameof(Tally.Count));
        type.Fields["how_many"].Headers.Should().Equal("次数");
        type.InputFields.Select(f => f.Name).Should().Equal("id", "subject_id", "how_many", "label");
        type.InputFields.Where(f => f.IsRequired).Select(f => f.Name).Should().Equal("id", "subject_id", "how_many");
    }

    [Fact]
    public void Bind_PropertyTheVocabularyLeavesUnnamed_Throws()
    {
        var bind = () => FactCatalog.Bind(Terms(Field(nameof(Tally.Count), "count")));

        bind.Should().Throw<InvalidOperationException>().WithMessage("*Tally.Label*");
    }

    [Fact]
    public void Bind_PropertyTheRecordLacks_Throws()
    {
        var bind = () => FactCatalog.Bind(Terms(Field(nameof(Tally.Count), "count"), Field(nameof(Tally.Label), "label"), Field("Colour", "colour")));

        bind.Should().Throw<InvalidOperationException>().WithMessage("*Tally.Colour*");
    }

    [Fact]
    public void AllTypes_EveryFieldOfTheShippedVocabulary_IsBoundToThePropertyTheTableNames()
    {
        var column = FactCatalog.FindObservation("column")!;

        column.Fields["last_updated"].Property.Name.Should().Be(nameof(Column.LastUpdated));
        column.Fields["subject_id"].Headers.Should().Contain("对象编号");
        column.FileNames.Should().Contain("栏目");
        FactCatalog.AllTypes.Select(t => t.Name).Should().OnlyHaveUniqueItems().And.Contain(["website", "new_media", "supervisor", "column"]);
    }

    private static FactTypeTerms Terms(params FieldTerms[] fields) =>
        new("tally", "计数", typeof(Tally), null, Meaning, ["tallies"], [.. fields], null);

    private static FieldTerms Field(string property, string name, params string[] headers) =>
        new(property, name, Meaning, [.. headers]);

    private sealed record Tally(string Id, string SubjectId, int Count, string? Label = null) : Observation(Id, SubjectId)
    {
        private protected override void ClosedHierarchy()
        {
        }
    }
}
