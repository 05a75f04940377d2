using Compliance.Rules.Facts;
using static Compliance.Rules.Tests.Honesty.HonestyFacts;

namespace Compliance.Rules.Tests.Honesty;

/// <summary>Every result says where it comes from, and the same inputs say it the same way.</summary>
public class ProvenanceTest
{
    private static FactBatch Batch() => FactBatch.Of([Portal()], CleanPortal());

    [Fact]
    public void Evaluate_Result_CarriesRevisionHashCalendarVersionPackageAndAsOf()
    {
        var provenance = RuleSet.BuiltIn("xjbt-2024").Evaluate(Batch(), AsOf).Provenance!;

        provenance.RevisionId.Should().Be("xjbt-2024");
        provenance.RevisionHash.Should().MatchRegex("^[0-9a-f]{64}$");
        provenance.Calendars.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = "cn-xj" });
        provenance.Calendars[0].CoveredRange.Start.Year.Should().Be(2015);
        provenance.Calendars[0].DataVersion.Should().MatchRegex("^[0-9a-f]{64}$");
        provenance.PackageVersion.Should().NotBeNullOrWhiteSpace();
        provenance.AsOf.Should().Be(AsOf);
    }

    [Fact]
    public void Evaluate_IdenticalInputs_GiveIdenticalProvenance()
    {
        var first = RuleSet.TryLoad("builtin:xjbt-2024").GetValueOrThrow().Evaluate(Batch(), AsOf).Provenance;
        var second = RuleSet.TryLoad("builtin:xjbt-2024").GetValueOrThrow().Evaluate(Batch(), AsOf).Provenance;

        second.Should().BeEquivalentTo(first);
    }

    [Fact]
    public void RevisionHash_OverlayIncluded_DiffersFromItsBase()
    {
        RuleSet.BuiltIn("xjbt-2024").Revision.ContentHash.Should().NotBe(RuleSet.BuiltIn("gb-2019").Revision.ContentHash);
    }

    [Fact]
    public void RevisionHash_CommentsAndLayout_DoNotChangeIt_ButAThresholdDoes()
    {
        var original = CopyOf("gb-2019");
        var commented = CopyOf("gb-2019");
        var changed = CopyOf("gb-2019");
        var indicators = Path.Combine("indicators", "2-new-media-veto.yaml");
        File.AppendAllText(Path.Combine(commented, indicators), "\n# a comment changes nothing\n");
        var text = File.ReadAllText(Path.Combine(changed, indicators));
        File.WriteAllText(Path.Combine(changed, indicators), text.Replace("calendar_days: 14", "calendar_days: 7", StringComparison.Ordinal));

        var hash = RuleSet.Read(original).GetValueOrThrow().ContentHash;

        RuleSet.Read(commented).GetValueOrThrow().ContentHash.Should().Be(hash);
        RuleSet.Read(changed).GetValueOrThrow().ContentHash.Should().NotBe(hash);
    }

    private static string CopyOf(string revision)
    {
        var target = Path.Combine(Path.GetTempPath(), "compliance-rules-tests", "provenance-" + Guid.NewGuid().ToString("N"), revision);
        var source = Path.Combine(TestPaths.Rules, revision);
        Directory.CreateDirectory(Path.Combine(target, "indicators"));
        File.Copy(Path.Combine(source, "revision.yaml"), Path.Combine(target, "revision.yaml"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(source, "indicators")))
        {
            File.Copy(file, Path.Combine(target, "indicators", Path.GetFileName(file)));
        }

        return target;
    }
}
