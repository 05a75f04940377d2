using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using NodaTime;

namespace Compliance.Rules.Tests.Facts;

public class FactDocumentReaderTest
{
    [Fact]
    public void Read_ValidDocument_BuildsTypedFacts()
    {
        const string yaml = """
            websites:
              - { id: w1, name: 新疆生产建设兵团, organiser: 兵团办公厅, is_portal: true, provides_external_services: true, level: 省级 }
            new_media:
              - { id: a1, name: 兵团禁毒, operator: 兵团公安局禁毒总队, account_type: 微信订阅号, unit: 兵团公安局, status: 正常 }
            observations:
              column:
                - { id: c1, subject_id: w1, name: 要闻, category: 动态要闻, is_top_level: true, on_homepage: true, is_blank: false, last_updated: 2024-06-20 }
              message:
                - { id: m1, subject_id: w1, channel: 我为政府网站找错, received: "2024-06-14 10:30", answered: 2024-06-19 }
              service_guide:
                - { id: g1, subject_id: w1, item_name: 户籍迁移, missing_elements: [设定依据, 办理材料] }
              availability_probe:
                - { id: p1, subject_id: w1, at: "2024-06-20T08:00:00+08:00", reached: true, response_time: 800ms }
            """;

        var result = FactDocumentReader.Read(yaml, "facts.yaml");

        result.Errors.Should().BeEmpty();
        var batch = result.GetValueOrThrow();
        batch.Subjects.Should().HaveCount(2);
        batch.ObservationsOf("w1").OfType<Column>().Single().LastUpdated.Should().Be(new LocalDate(2024, 6, 20));
        var message = batch.ObservationsOf("w1").OfType<Message>().Single();
        message.Received.Should().Be(new LocalDateTime(2024, 6, 14, 10, 30));
        message.Answered.Should().Be(new LocalDateTime(2024, 6, 19, 0, 0));
        message.Valid.Should().BeTrue("valid defaults to true");
        batch.ObservationsOf("w1").OfType<ServiceGuide>().Single().MissingElements.Should().Equal(GuideElement.LegalBasis, GuideElement.Materials);
        batch.ObservationsOf("w1").OfType<AvailabilityProbe>().Single().At.Should().Be(Instant.FromUtc(2024, 6, 20, 0, 0));
    }

    [Fact]
    public void Read_BadDocument_ReportsEveryErrorWithPosition()
    {
        const string yaml = """
            websites:
              - { id: w1, name: 站点, organiser: 办公厅, is_portal: yes, provides_external_services: true, level: 省级 }
              - { id: w1, name: 重复, organiser: 办公厅, is_portal: true, provides_external_services: true, level: 省级 }
            observations:
              column:
                - { id: c1, subject_id: w2, name: 要闻, category: 要闻动态, is_top_level: true, on_homepage: true, is_blank: false, last_updated: 2024-13-01 }
              Colum:
                - { id: c2 }
            """;

        var result = FactDocumentReader.Read(yaml, "facts.yaml");

        result.Success.Should().BeFalse();
        result.Errors.Select(e => $"{e.Location.Line}:{e.Location.Column} {e.Code}").Should().BeEquivalentTo(
            "2:52 CR3006",
            "3:11 CR3001",
            "6:29 CR3003",
            "6:53 CR3006",
            "6:129 CR3006",
            "7:3 CR3007");
    }
}
