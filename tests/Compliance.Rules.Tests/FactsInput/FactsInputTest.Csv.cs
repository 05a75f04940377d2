using System.Text;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using NodaTime;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>CSV facts as staff export them from Excel or WPS: one file per fact type, Chinese or English headers, UTF-8 (or GB18030/GBK: see FactsInputTest.Hostile).</summary>
public sealed partial class FactsInputTest : IDisposable
{
    private const string Accounts = """
        账号编号,账号名称,开设主体,账号类型,单位,账号状态
        nm1,兵团禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局,正常
        nm2,军垦警苑,第八师石河子市北野监狱,微信订阅号,兵团监狱管理局,关停
        """;

    private const string Sites = """
        网站标识码,网站名称,主办单位,是否门户,是否有对外服务职能,行政级别
        6500000001,新疆生产建设兵团,兵团办公厅,是,是,省级
        """;

    private readonly FactsFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Read_CsvFolderWithChineseHeadersAndByteOrderMark_ReadsEveryFact()
    {
        _folder.Write("new_media.csv", Accounts, byteOrderMark: true);
        _folder.Write("websites.csv", Sites, byteOrderMark: true);
        _folder.Write("messages.csv", """
            编号,对象编号,留言渠道,收到时间,答复时间
            m1,6500000001,我为政府网站找错,2024-06-14 10:30,2024-06-20 09:00
            m2,6500000001,领导信箱,2024-06-25,
            """, byteOrderMark: true);

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        var batch = result.GetValueOrThrow();
        batch.Subjects.OfType<NewMediaAccount>().Should().Equal(
            new NewMediaAccount("nm1", "兵团禁毒", "兵团公安局禁毒总队", "微信订阅号", "兵团公安局", AccountStatus.Active),
            new NewMediaAccount("nm2", "军垦警苑", "第八师石河子市北野监狱", "微信订阅号", "兵团监狱管理局", AccountStatus.Closed));
        batch.Subjects.OfType<Website>().Single().Should().Be(new Website("6500000001", "新疆生产建设兵团", "兵团办公厅", true, true, AdministrativeLevel.Province));
        batch.ObservationsOf("6500000001").OfType<Message>().Should().Equal(
            new Message("m1", "6500000001", MessageChannel.ErrorReport, new LocalDateTime(2024, 6, 14, 10, 30), new LocalDateTime(2024, 6, 20, 9, 0)),
            new Message("m2", "6500000001", MessageChannel.LeaderMailbox, new LocalDateTime(2024, 6, 25, 0, 0), null));
    }

    [Fact]
    public void Read_CsvWithoutByteOrderMark_ReadsTheSameFacts()
    {
        _folder.Write("new_media.csv", Accounts, byteOrderMark: false);

        var result = FactsReader.Read(_folder.File("new_media.csv"));

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Subjects.Select(s => s.Name).Should().Equal("兵团禁毒", "军垦警苑");
    }

    [Fact]
    public void Read_EnglishHeadersInAnyCase_ReadTheSameFieldsAsChineseHeaders()
    {
        _folder.Write("new_media.csv", """
            ID,Name,operator,ACCOUNT_TYPE,unit,status,provides_interaction
            nm1,兵团禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局,Active,false
            """);

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Subjects.Single().Should().Be(
            new NewMediaAccount("nm1", "兵团禁毒", "兵团公安局禁毒总队", "微信订阅号", "兵团公安局", AccountStatus.Active, ProvidesInteraction: false));
    }

    [Fact]
    public void Read_ChineseFileNames_NameTheirFactTypes()
    {
        _folder.Write("政务新媒体.csv", Accounts);
        _folder.Write("信息发布.csv", """
            对象编号,发布日期,标题
            nm1,2024-06-10,禁毒宣传
            """);

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().ObservationsOf("nm1").OfType<Publication>().Single().Published.Should().Be(new LocalDate(2024, 6, 10));
    }

    [Fact]
    public void Read_ObservationFileWithoutIdColumn_NamesEachRowByFileAndLine()
    {
        _folder.Write("new_media.csv", Accounts);
        _folder.Write("publications.csv", """
            对象编号,发布日期,标题
            nm1,2024-06-10,禁毒宣传

            nm2,2024-05-01,通知
            """);

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Observations.Select(o => o.Id).Should().Equal("publications.csv:2", "publications.csv:4");
    }

    [Fact]
    public void Read_QuotedValuesWithCommasQuotesAndLineBreaks_KeepThemAndTheLinesOfLaterRows()
    {
        _folder.Write("new_media.csv", "账号编号,账号名称,开设主体,账号类型,单位,账号状态\n"
            + "nm1,\"第一师阿拉尔市\n河长制工作\",\"水利局，\"\"河长办\"\"\",微信订阅号,第一师阿拉尔市,正常\n"
            + "nm2,二师统计调查,第二师铁门关市统计局,微信订阅号,第二师铁门关市,正常\n"
            + "nm1,重复,某局,微信订阅号,某单位,正常\n");

        var result = FactsReader.Read(_folder.Path);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            $"{_folder.File("new_media.csv")}:5:1: error CR3001: subject id 'nm1' is used twice (first at {_folder.File("new_media.csv")}:2:1) [nm1]");
    }

    [Fact]
    public void Read_MultiLineName_IsReadWithItsLineBreak()
    {
        _folder.Write("new_media.csv", "账号编号,账号名称,开设主体,账号类型,单位,账号状态\n"
            + "nm1,\"第一师阿拉尔市\n河长制工作\",\"水利局，\"\"河长办\"\"\",微信订阅号,第一师阿拉尔市,正常\n");

        var account = (NewMediaAccount)FactsReader.Read(_folder.Path).GetValueOrThrow().Subjects.Single();

        account.Name.Should().Be("第一师阿拉尔市\r\n河长制工作");
        account.Operator.Should().Be("水利局，\"河长办\"");
    }

    [Fact]
    public void Read_BadCsvBatch_ReportsEveryErrorWithFileLineColumnAndField()
    {
        var accounts = _folder.Write("new_media.csv", """
            账号编号,账号名称,开设主体,账号类型,单位
            nm1,兵团禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局
            nm1,军垦警苑,北野监狱,微信订阅号,兵团监狱管理局
            """);
        var posts = _folder.Write("publications.csv", """
            编号,对象编号,发布日期,标题,颜色
            p1,nm1,10/06/2024,禁毒宣传,红
            p2,nm9,2024-06-13,通知,
            p2,nm1,2024-06-14,,
            """);

        var result = FactsReader.Read(_folder.Path);

        result.Success.Should().BeFalse();
        result.Errors.Select(e => e.ToString()).Should().Equal(
            $"{accounts}:1:1: error CR3005: the new_media file lacks the required column status (账号状态)",
            $"{accounts}:3:1: error CR3001: subject id 'nm1' is used twice (first at {accounts}:2:1) [nm1]",
            $"{posts}:1:5: error CR3004: unknown column '颜色' in a publication file; the columns are: id (编号), subject_id (对象编号), column_id (栏目编号), published (发布日期), title (标题), on_homepage (是否首页), is_repost (是否转载), visualises_data (是否图表图解)",
            $"{posts}:2:3: error CR3006: column '发布日期': '10/06/2024' is not a valid published: expected a date such as 2024-06-27, 2024/6/27 or 2024年6月27日; a date with the day or month before the year is not read, as Chinese, American and European Excel order them differently: write the year first [p1]",
            $"{posts}:3:2: error CR3003: publication 'p2' names subject 'nm9', which no website or new-media account of the batch has (did you mean 'nm1'?) [p2]",
            $"{posts}:4:1: error CR3002: publication id 'p2' is used twice (first at {posts}:3:1) [p2]",
            $"{posts}:4:4: error CR3005: publication needs title (标题): text [p2]");
    }

    [Fact]
    public void Read_ValueInAColumnWithoutHeader_IsAnError()
    {
        var file = _folder.Write("new_media.csv", """
            账号编号,账号名称,开设主体,账号类型,单位,账号状态
            nm1,兵团禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局,正常,多余
            """);

        var result = FactsReader.Read(file);

        result.Errors.Select(e => e.ToString()).Should().Equal($"{file}:2:7: error CR3004: the value '多余' is in column 7, which has no header [nm1]");
    }

    [Fact]
    public void Read_TwoHeadersForOneField_IsAnError()
    {
        var file = _folder.Write("new_media.csv", """
            账号编号,账号名称,name,开设主体,账号类型,单位,账号状态
            nm1,兵团禁毒,兵团禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局,正常
            """);

        var result = FactsReader.Read(file);

        result.Errors.Select(e => e.ToString()).Should().Equal($"{file}:1:3: error CR3004: column 'name' gives name (账号名称) a second time (first in column 2, '账号名称')");
    }

    [Fact]
    public void Read_MalformedQuote_IsReportedWithItsLine()
    {
        var file = _folder.Write("new_media.csv", """
            账号编号,账号名称,开设主体,账号类型,单位,账号状态
            nm1,"兵团"禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局,正常
            """);

        var result = FactsReader.Read(file);

        result.Errors.Select(e => $"{e.Location.Line} {e.Code}").Should().Equal("2 CR3008");
    }

    [Fact]
    public void Read_FileNamedAfterNoFactType_ListsTheAcceptedNames()
    {
        _folder.Write("new_media.csv", Accounts);
        var notes = _folder.Write("notes.csv", "a,b\n1,2\n");

        var result = FactsReader.Read(_folder.Path);

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Should().Be(new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.FactsUnknownFactType.Code, error.Message, SourceLocation.OfFile(notes)));
        error.Message.Should().Contain("websites.csv").And.Contain("new_media.csv").And.Contain("政务新媒体.csv").And.Contain("messages.csv");
    }

    [Fact]
    public void Read_EmptyCsvFile_NeedsAHeaderRow()
    {
        var file = _folder.WriteBytes("messages.csv", Encoding.UTF8.GetPreamble());

        var result = FactsReader.Read(file);

        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("the file is empty: it needs a header row");
    }
}
