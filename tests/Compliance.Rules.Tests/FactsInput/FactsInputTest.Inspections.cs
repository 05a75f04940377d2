using Compliance.Rules.Facts;
using NodaTime;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>The inspector's records the 2019 tables read (function checks, samples, consultations, surveys) as CSV with Chinese headers.</summary>
public sealed partial class FactsInputTest
{
    [Fact]
    public void Read_InspectionRecordsWithChineseHeadersAndLabels_ReadsEveryField()
    {
        _folder.Write("websites.csv", Sites);
        _folder.Write("功能检查.csv", """
            编号,网站标识码,功能,是否可用,浏览器,检查日期
            k1,6500000001,一号登录,否,,2024-06-25
            k2,6500000001,浏览器兼容,否,IE11,2024-06-25
            """);
        _folder.Write("办事事项抽查.csv", """
            编号,网站标识码,抽查项,事项名称,是否有办事指南,缺失要素,材料格式要求不明确,错误处数
            s1,6500000001,办事指南,户籍迁移登记,是,办理机构、收费标准,是,0
            s2,6500000001,内容准确,户籍迁移登记,是,,否,2
            """);
        _folder.Write("模拟咨询.csv", """
            编号,网站标识码,抽查项,咨询方式,咨询时间,答复时间,答复是否准确
            q1,6500000001,办理答复,在线咨询,2024-06-17 10:00,,否
            q2,6500000001,实时互动,智能问答,2024-06-17 10:05,2024-06-17 10:05,是
            """);
        _folder.Write("调查征集.csv", """
            编号,网站标识码,活动名称,开始日期,是否电子邮件形式,结束日期,反馈公开日期
            v1,6500000001,“十四五”规划意见征集,2024-03-01,否,2024-03-31,2024-04-20
            """);
        _folder.Write("留言.csv", """
            编号,对象编号,留言渠道,收到时间,答复时间,是否公开,未公开要素,是否抽查
            m1,6500000001,政务咨询,2024-06-14 10:30,2024-06-17 09:00,是,答复单位;答复时间,是
            """);

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        var facts = result.GetValueOrThrow().ObservationsOf("6500000001");
        facts.OfType<FunctionCheck>().Should().Equal(
            new FunctionCheck("k1", "6500000001", SiteFunction.SingleSignOn, false, null, new LocalDate(2024, 6, 25)),
            new FunctionCheck("k2", "6500000001", SiteFunction.BrowserCompatibility, false, "IE11", new LocalDate(2024, 6, 25)));
        var items = facts.OfType<ServiceItemSample>().ToList();
        items.Select(i => (i.Sample, i.HasGuide, i.MaterialFormatUnclear, i.Errors, i.FormsAvailable, i.PolicyBasisLinked))
            .Should().Equal(("办事指南", true, true, 0, true, false), ("内容准确", true, false, 2, true, false));
        items[0].MissingElements.Should().Equal(GuideElement.Agency, GuideElement.Fees);
        items[1].MissingElements.Should().BeEmpty();
        facts.OfType<SimulatedConsultation>().Should().Equal(
            new SimulatedConsultation("q1", "6500000001", "办理答复", ConsultationChannel.Message, new LocalDateTime(2024, 6, 17, 10, 0)),
            new SimulatedConsultation("q2", "6500000001", "实时互动", ConsultationChannel.IntelligentQa, new LocalDateTime(2024, 6, 17, 10, 5), new LocalDateTime(2024, 6, 17, 10, 5), AnswerAccurate: true));
        facts.OfType<Survey>().Should().Equal(
            new Survey("v1", "6500000001", "“十四五”规划意见征集", new LocalDate(2024, 3, 1), ByEmail: false, new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 20)));
        var message = facts.OfType<Message>().Single();
        (message.IsPublic, message.Sampled).Should().Be((true, true));
        message.UnpublishedFields.Should().Equal(MessageField.AnsweringUnit, MessageField.Answered);
    }

    [Fact]
    public void Read_ServiceItemSampleWithAnUnknownCategory_IsAPositionedError()
    {
        _folder.Write("websites.csv", Sites);
        _folder.Write("service_item_samples.csv", """
            编号,网站标识码,抽查项,事项名称,缺失要素
            s1,6500000001,办事指南,户籍迁移登记,办理机关
            """);

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().ContainSingle().Which.ToString().Should().Contain("service_item_samples.csv:2:5: error CR3006");
    }
}
