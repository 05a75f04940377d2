using Compliance.Rules.Compilation;
using Compliance.Rules.Results;

namespace Compliance.Rules.Tests.Engine;

/// <summary>
/// A finding keeps its evidence values and its warning template's values compactly, and reads them as the dictionaries
/// they stand for: every value by its name, names in ordinal order, nothing invented for a missing name.
/// </summary>
public class FindingEvidenceTest
{
    [Fact]
    public void Values_FromSortedPairs_ReadsEveryValueByNameInOrdinalOrder()
    {
        var evidence = new Evidence([], [new("count", 0), new("latest.published", "2024-06-20"), new("threshold", 14m)]);

        evidence.Values.Keys.Should().Equal("count", "latest.published", "threshold");
        evidence.Values["threshold"].Should().Be(14m);
        evidence.Values.Should().BeSameAs(evidence.Values, "the dictionary is built once and kept");
    }

    [Fact]
    public void NamedValues_LooksUpByOrdinalName()
    {
        var values = new NamedValues([new("days", 3), new("date", null)]);

        values.TryGetValue("days", out var days).Should().BeTrue();
        days.Should().Be(3);
        values.ContainsKey("date").Should().BeTrue();
        values.ContainsKey("Days").Should().BeFalse();
        values.TryGetValue("limit", out _).Should().BeFalse();
        values.Invoking(v => v["limit"]).Should().Throw<KeyNotFoundException>().WithMessage("*limit*");
        values.Count.Should().Be(2);
        values.Keys.Should().Equal("days", "date");
    }

    [Fact]
    public void FindingValues_AliasedPart_PutsBothNamesAndKeepsTheLastEvidencePerName()
    {
        var sink = new FindingValues(new NodaTime.LocalDate(2024, 6, 27), 4) { Prefix = "posts" };

        sink.Put("count", 2, asEvidence: true);
        sink.Put("count", 3, asEvidence: true);
        sink.Put("title", "标题", asEvidence: false);
        sink.Prefix = null;
        sink.PutEvidence("age", 5);
        sink.Put("latest", null, asEvidence: true);

        sink.Values.Should().Contain(new KeyValuePair<string, object?>("count", 3)).And.Contain(new KeyValuePair<string, object?>("posts.count", 3));
        sink.Values.Should().ContainKey("posts.title").And.ContainKey("as_of").And.ContainKey("latest");
        sink.SortedEvidence().Should().Equal(new KeyValuePair<string, object>("age", 5), new KeyValuePair<string, object>("posts.count", 3));
    }
}
