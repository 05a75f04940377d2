using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Tests.Facts;

/// <summary>
/// A batch groups each subject's observations by type once, and the rules' sets are slices of that grouping: each slice
/// must hold exactly the subject's observations of the type, in batch order, and nothing of another subject or type.
/// </summary>
public class SubjectObservationsTest
{
    private static readonly Website Site = new("w1", "某市政府门户网站", "某市人民政府办公室", true, true, AdministrativeLevel.Prefecture);
    private static readonly Website Other = new("w2", "某县政府门户网站", "某县人民政府办公室", true, true, AdministrativeLevel.County);

    [Fact]
    public void OfType_InterleavedTypes_GivesEachTypeInBatchOrder()
    {
        var p1 = Post("p1", Site.Id, 1);
        var m1 = new Message("m1", Site.Id, MessageChannel.ErrorReport, new LocalDateTime(2024, 6, 3, 9, 0), null);
        var p2 = Post("p2", Site.Id, 2);
        var other = Post("p3", Other.Id, 3);
        var m2 = new Message("m2", Site.Id, MessageChannel.LeaderMailbox, new LocalDateTime(2024, 6, 4, 9, 0), null);
        var p4 = Post("p4", Site.Id, 4);
        var batch = FactBatch.Of([Site, Other], [p1, m1, p2, other, m2, p4]);

        var grouped = batch.ObservationsBySubject(Site.Id);

        grouped.OfType(typeof(Publication)).Should().Equal(p1, p2, p4);
        grouped.OfType(typeof(Message)).Should().Equal(m1, m2);
        grouped.OfType(typeof(AvailabilityProbe)).Should().BeEmpty();
        grouped.All.Should().Equal(p1, m1, p2, m2, p4);
        batch.ObservationsOf(Site.Id).Should().Equal(p1, m1, p2, m2, p4);
        batch.ObservationsBySubject(Other.Id).OfType(typeof(Publication)).Should().Equal(other);
    }

    [Fact]
    public void ObservationsBySubject_SubjectWithoutObservations_IsEmptyForEveryType()
    {
        var batch = FactBatch.Of([Site, Other], [Post("p1", Site.Id, 1)]);

        var grouped = batch.ObservationsBySubject(Other.Id);

        grouped.All.Should().BeEmpty();
        grouped.OfType(typeof(Publication)).Should().BeEmpty();
    }

    private static Publication Post(string id, string subject, int day) => new(id, subject, ColumnId: null, Published: new LocalDate(2024, 6, day), Title: "标题");
}
