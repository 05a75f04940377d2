using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Tests.Xjbt;

/// <summary>
/// Generates the sample batch <c>rules/xjbt-2024/samples/2024q2/</c>: the 兵团's 41 government websites and 618
/// new-media accounts of the second quarter of 2024, written so that evaluating it with <c>builtin:xjbt-2024</c> at
/// 2024-06-27 reproduces the 兵团 notice of that quarter from facts, not from typed-in results.
/// </summary>
/// <remarks>
/// <para>
/// What comes from the notice: the names of the 21 scored sites of attachment 2 (portal or not) and their totals, the
/// eight accounts of attachment 1 (name, operator, account type, unit, and their last post the day before the published
/// "X月X日起未更新"), the number of sites (41) and accounts (618), and the twelve "我为政府网站找错" messages answered in
/// time. Every score is made of facts that real rows of gb-2019 read — stale policy or statistics columns, no recent
/// reply, sampled documents without interpretation, unlinked interpretations, a form sample, an overdue column, broken
/// homepage links, and the facts of the bonus rows (实时互动, 数据发布, 服务功能, 服务内容, 智能搜索, 用户空间) — constructed
/// so that the totals are the published ones; no score rests on an inspector's free number of points. The other 20
/// sites, the other 610 accounts and all dates not in the notice are invented for the sample and say so in the sample's
/// README.
/// </para>
/// <para>
/// The files are CSV with the Chinese column names of the notice, as staff would export them. The generator is
/// deterministic; a test compares its output with the committed files, and writes them when the environment variable
/// <c>COMPLIANCE_RULES_WRITE_SAMPLE</c> is <c>1</c>.
/// </para>
/// </remarks>
internal static class Xjbt2024Q2Sample
{
    /// <summary>The monitoring time point of the notice.</summary>
    public static readonly LocalDate AsOf = new(2024, 6, 27);

    private static readonly string[] Divisions =
    [
        "第一师阿拉尔市", "第二师铁门关市", "第三师图木舒克市", "第四师可克达拉市", "第五师双河市", "第六师五家渠市", "第七师胡杨河市",
        "第八师石河子市", "第九师白杨市", "第十师北屯市", "第十一师", "第十二师", "第十三师新星市", "第十四师昆玉市",
    ];

    // The 兵团's departments with a website, in the order of the 兵团's institutions; the notice's ties (教育局 before
    // 工业和信息化局 at 105.0; 司法局, 市场监督管理局, 地方金融监督管理局 at 103.0) follow this order.
    private static readonly string[] Departments =
    [
        "发展和改革委员会", "教育局", "科学技术局", "工业和信息化局", "民族宗教事务委员会", "公安局", "民政局", "司法局", "财政局",
        "人力资源和社会保障局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局",
        "文化体育广电和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局",
        "地方金融监督管理局",
    ];

    private static readonly string[] CorpsUnits =
    [
        "兵团办公厅", "兵团发展和改革委员会", "兵团教育局", "兵团科学技术局", "兵团公安局", "兵团监狱管理局", "兵团民政局", "兵团司法局",
        "兵团人力资源和社会保障局", "兵团生态环境局", "兵团农业农村局", "兵团卫生健康委员会", "兵团应急管理局", "兵团市场监督管理局",
    ];

    private static readonly string[] CorpsPlatforms = ["微信订阅号", "新浪微博", "抖音号", "今日头条号"];

    private static readonly string[] CorpsSections = ["办公室", "宣传中心", "机关党委", "信息中心"];

    private static readonly string[] DivisionBureaus =
    [
        "发展和改革委员会", "教育局", "公安局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "水利局", "自然资源和规划局",
        "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局", "文化体育广电和旅游局", "卫生健康委员会", "应急管理局", "统计局",
        "医疗保障局",
    ];

    /// <summary>The eight accounts of attachment 1: where they sit in the batch, what the notice prints, and their last post.</summary>
    private static readonly FailingAccount[] Attachment1 =
    [
        new("兵团公安局", "兵团公安局", "兵团禁毒", "兵团公安局禁毒总队", new LocalDate(2024, 6, 10)),
        new("兵团监狱管理局", "兵团监狱管理局", "军垦警苑", "第八师石河子市北野监狱", new LocalDate(2024, 6, 6)),
        new("第一师阿拉尔市", "水利局", "第一师阿拉尔市河长制工作", "第一师阿拉尔市水利局", new LocalDate(2024, 6, 11)),
        new("第一师阿拉尔市", "自然资源和规划局", "新疆兵团第一师自然资源和规划局", "第一师阿拉尔市自然资源和规划局", new LocalDate(2024, 6, 4)),
        new("第二师铁门关市", "统计局", "二师统计调查", "第二师铁门关市统计局", new LocalDate(2024, 6, 10)),
        new("第六师五家渠市", "自然资源和规划局", "第六师自然资源和规划局", "第六师五家渠市自然资源和规划局", new LocalDate(2024, 6, 12)),
        new("第八师石河子市", "民政局", "石河子退役军人", "第八师石河子市民政局", new LocalDate(2024, 6, 10)),
        new("第十四师昆玉市", "医疗保障局", "第十四师医疗保障局", "第十四师昆玉市医疗保障局", new LocalDate(2024, 6, 6)),
    ];

    /// <summary>
    /// How each site's score is made, from facts that real rows of gb-2019 read: stale columns, late replies, sampled
    /// documents and interpretations, a form sample, overdue columns and broken links for the deductions, and the bonus
    /// points from the bonus rows' facts (<see cref="BonusFeatures"/>).
    /// </summary>
    private static readonly Dictionary<string, SiteScore> Scores = new(StringComparer.Ordinal)
    {
        // Attachment 2, in its order.
        ["新疆生产建设兵团"] = new() { Bonus = 14 },
        ["第六师五家渠市"] = new() { Bonus = 13 },
        ["第十四师昆玉市"] = new() { StaleStatistics = true, Bonus = 15 },
        ["第四师可克达拉市"] = new() { Bonus = 10 },
        ["第五师双河市"] = new() { UnlinkedInterpretation = true, Bonus = 11 },
        ["第八师石河子市"] = new() { Bonus = 10 },
        ["第十师北屯市"] = new() { NoRecentReply = true, Bonus = 13 },
        ["第十二师"] = new() { Bonus = 10 },
        ["第二师铁门关市"] = new() { UninterpretedDocuments = 2, Bonus = 10 },
        ["新疆生产建设兵团教育局"] = new() { Bonus = 5 },
        ["新疆生产建设兵团工业和信息化局"] = new() { StalePolicy = true, Bonus = 10 },
        ["新疆生产建设兵团医疗保障局"] = new() { FormWithoutSource = true, Bonus = 5 },
        ["第九师白杨市"] = new() { StaleStatistics = true, Bonus = 5 },
        ["新疆生产建设兵团司法局"] = new() { Bonus = 3 },
        ["新疆生产建设兵团市场监督管理局"] = new() { NoRecentReply = true, Bonus = 6 },
        ["新疆生产建设兵团地方金融监督管理局"] = new() { OverdueColumn = true, Bonus = 4 },
        ["新疆生产建设兵团生态环境局"] = new() { UnlinkedInterpretation = true, Bonus = 2 },
        ["新疆生产建设兵团自然资源局"] = new() { StaleStatistics = true, BrokenHomepageLinks = 3, Bonus = 3 },
        ["第一师阿拉尔市"] = new() { StalePolicy = true, Bonus = 5 },
        ["第七师胡杨河市"] = new() { NoRecentReply = true, Bonus = 3 },
        ["新疆生产建设兵团农业农村局"] = new() { StaleStatistics = true, Bonus = 2 },

        // Sites the notice does not list: scored, no bonus points.
        ["第三师图木舒克市"] = new() { NoRecentReply = true },
        ["第十一师"] = new() { StalePolicy = true },
        ["第十三师新星市"] = new() { StaleStatistics = true },
        ["新疆生产建设兵团交通运输局"] = new() { StaleStatistics = true },
        ["新疆生产建设兵团统计局"] = new() { UninterpretedDocuments = 1 },
    };

    /// <summary>
    /// The bonus facts a site may have, largest first, with the points the bonus rows give them; a site's bonus is made of
    /// the first ones that fit (15 = 3 + 2 + 2 + 2 + 2 + 1 + 1 + 1 + 1). Together they stay within every bonus group's cap.
    /// </summary>
    private static readonly (BonusFeature Feature, int Points)[] BonusFeatures =
    [
        (BonusFeature.QuickAnswer, 3), // 实时互动: an accurate answer within one working day
        (BonusFeature.DataColumn, 2), // 数据发布: the data column updated in the 3 months
        (BonusFeature.IntelligentQa, 2), // 实时互动: the intelligent Q&A answers accurately
        (BonusFeature.UserSpace, 2), // 用户空间
        (BonusFeature.TopicServices, 2), // 服务内容: three topic services
        (BonusFeature.Visualisation, 1), // 数据发布: data shown in charts in the 6 months
        (BonusFeature.OpenData, 1), // 数据发布: datasets with downloads
        (BonusFeature.ServiceEvaluation, 1), // 服务功能
        (BonusFeature.EvaluationResults, 1), // 服务功能
        (BonusFeature.FuzzySearch, 1), // 智能搜索
        (BonusFeature.SearchAsService, 1), // 智能搜索
    ];

    private static readonly (BonusFeature Feature, string Function)[] FunctionFeatures =
    [
        (BonusFeature.OpenData, "数据开放"), (BonusFeature.ServiceEvaluation, "服务评价"), (BonusFeature.EvaluationResults, "服务评价结果公开"),
        (BonusFeature.FuzzySearch, "模糊搜索"), (BonusFeature.SearchAsService, "搜索即服务"), (BonusFeature.UserSpace, "用户空间"),
    ];

    /// <summary>The twelve "我为政府网站找错" messages of the quarter: site, received, answered (all within 3 working days on cn-xj).</summary>
    private static readonly (string Site, string Received, string Answered)[] ErrorReports =
    [
        ("新疆生产建设兵团", "2024-04-03 10:12", "2024-04-09 16:30"), // 清明节 4/4–4/6 off, Sun 4/7 worked: 4/7, 4/8, 4/9
        ("第二师铁门关市", "2024-04-15 10:00", "2024-04-17 11:20"),
        ("第八师石河子市", "2024-04-09 16:40", "2024-04-12 10:05"), // 肉孜节 4/10 off in Xinjiang: 4/11, 4/12
        ("第六师五家渠市", "2024-04-30 09:05", "2024-05-08 15:45"), // 劳动节 5/1–5/5 off: 5/6, 5/7, 5/8
        ("第四师可克达拉市", "2024-05-10 11:30", "2024-05-14 17:00"), // Sat 5/11 is a make-up working day: 5/11, 5/13, 5/14
        ("第十四师昆玉市", "2024-05-20 15:00", "2024-05-22 09:40"),
        ("新疆生产建设兵团教育局", "2024-05-27 14:30", "2024-05-29 10:15"),
        ("第九师白杨市", "2024-06-03 09:00", "2024-06-06 16:20"),
        ("新疆生产建设兵团", "2024-06-07 17:20", "2024-06-13 11:00"), // 端午节 6/10 off: 6/11, 6/12, 6/13
        ("第五师双河市", "2024-06-14 09:45", "2024-06-24 15:10"), // 古尔邦节 6/17–6/19 off in Xinjiang: 6/20, 6/21, 6/24 (6 working days nationally)
        ("第十师北屯市", "2024-06-14 16:00", "2024-06-21 09:30"), // 古尔邦节: 6/20, 6/21
        ("第十二师", "2024-06-25 10:20", "2024-06-26 16:40"),
    ];

    /// <summary>Gets the files of the sample, by name, as the generator writes them.</summary>
    /// <returns>The file names and their text (UTF-8 with a byte order mark, CRLF line ends, as Excel writes "CSV UTF-8").</returns>
    public static IReadOnlyDictionary<string, string> Files()
    {
        var sites = Websites();
        var accounts = Accounts();
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["websites.csv"] = Csv(["网站标识码", "网站名称", "主办单位", "是否门户", "是否有对外服务职能", "行政级别"], sites.Select(s => new[] { s.Id, s.Name, s.Organiser, YesNo(s.IsPortal), "是", s.Level })),
            ["columns.csv"] = Csv(["编号", "网站标识码", "栏目名称", "栏目类别", "是否一级栏目", "是否首页栏目", "是否空白栏目", "最近更新日期", "是否应更新未更新"], sites.SelectMany(ColumnsOf)),
            ["service_guides.csv"] = Csv(["编号", "网站标识码", "事项名称"], sites.Select((s, i) => new[] { $"G{i + 1:00}", s.Id, GuideItem(s) })),
            ["messages.csv"] = Csv(["编号", "网站标识码", "留言渠道", "收到时间", "答复时间"], MessagesOf(sites)),
            ["policy_document_samples.csv"] = Csv(["编号", "网站标识码", "文件标题", "是否已解读"], DocumentsOf(sites)),
            ["interpretation_samples.csv"] = Csv(["编号", "网站标识码", "抽查项", "解读稿标题", "是否关联政策文件", "政策文件是否关联解读"], InterpretationsOf(sites)),
            ["service_item_samples.csv"] = Csv(["编号", "网站标识码", "抽查项", "事项名称", "是否要求提供表单", "是否提供表格获取渠道"], FormSamplesOf(sites)),
            ["link_checks.csv"] = Csv(["编号", "网站标识码", "链接地址", "所在页面", "检查时间", "是否失效", "是否在首页"], LinksOf(sites)),
            ["function_checks.csv"] = Csv(["编号", "网站标识码", "功能", "是否可用", "检查日期"], FunctionsOf(sites)),
            ["simulated_consultations.csv"] = Csv(["编号", "网站标识码", "抽查项", "咨询方式", "咨询时间", "答复时间", "答复是否准确"], ConsultationsOf(sites)),
            ["new_media.csv"] = Csv(["账号编号", "账号名称", "开设主体", "账号类型", "单位", "账号状态"], accounts.Select(a => new[] { a.Id, a.Name, a.Operator, a.Type, a.Unit, "正常" })),
            ["publications.csv"] = Csv(["编号", "对象编号", "发布日期", "标题", "是否图表图解"], PostsOf(accounts).Concat(DataGraphicsOf(sites))),
        };
    }

    private static List<Site> Websites()
    {
        var sites = new List<Site> { new("W01", "新疆生产建设兵团", "新疆生产建设兵团办公厅", true, "省级") };
        sites.AddRange(Divisions.Select((d, i) => new Site($"W{i + 2:00}", d, d + "党政办公室", true, "市级")));
        sites.AddRange(Departments.Select((d, i) => new Site($"W{i + 16:00}", "新疆生产建设兵团" + d, "新疆生产建设兵团" + d, false, "省级")));
        return sites;
    }

    private static IEnumerable<string[]> ColumnsOf(Site site, int index)
    {
        var score = ScoreOf(site);
        var fresh = AsOf.PlusDays(-(index % 4));
        yield return Column(site, 1, "工作动态", "动态要闻", topLevel: true, homepage: true, fresh);
        yield return Column(site, 2, "通知公告", "通知公告", topLevel: true, homepage: true, AsOf.PlusDays(-3 - (index % 5)));
        // 6 months before 2024-06-27 is 2023-12-27; a stale policy column was last updated before it (W-D1e, −5).
        yield return Column(site, 3, "政策文件", "政策文件", topLevel: true, homepage: false, score.StalePolicy ? new LocalDate(2023, 12, 15) : AsOf.PlusDays(-10 - (index % 20)));
        // 3 months before is 2024-03-27; stale statistics were last updated before it (W-D2c, −2). 1 month before is
        // 2024-05-27, so 06-05 is fresh.
        yield return Column(site, 4, "办事统计", "办事统计", topLevel: false, homepage: false, score.StaleStatistics ? new LocalDate(2024, 3, 20) : new LocalDate(2024, 6, 5));
        yield return Column(site, 5, "领导信箱", "政务咨询", topLevel: true, homepage: true, AsOf.PlusDays(-5 - (index % 7)));
        // The other columns the national rows look for (概况信息, 机构职能, 领导信息, 政策解读, 留言统计), all present and fresh.
        yield return Column(site, 6, "概况信息", "概况信息", topLevel: true, homepage: false, new LocalDate(2024, 5, 20));
        yield return Column(site, 7, "机构职能", "机构职能", topLevel: true, homepage: false, new LocalDate(2024, 5, 20));
        yield return Column(site, 8, "领导信息", "领导信息", topLevel: true, homepage: false, new LocalDate(2024, 5, 20));
        yield return Column(site, 9, "政策解读", "政策解读", topLevel: true, homepage: false, AsOf.PlusDays(-12 - (index % 9)));
        yield return Column(site, 10, "留言统计", "留言统计", topLevel: false, homepage: false, new LocalDate(2024, 6, 3));
        var features = FeaturesOf(score);
        if (features.Contains(BonusFeature.DataColumn))
        {
            // Updated within the 3 months before the monitoring point (W-B1a, +2).
            yield return Column(site, 11, "数据发布", "数据发布", topLevel: true, homepage: false, new LocalDate(2024, 6, 18));
        }

        if (features.Contains(BonusFeature.TopicServices))
        {
            // Three topic services (W-B2b, +2).
            for (var k = 0; k < 3; k++)
            {
                yield return Column(site, 12 + k, $"专题服务{k + 1}", "专题服务", topLevel: false, homepage: false, new LocalDate(2024, 6, 10));
            }
        }

        if (score.OverdueColumn)
        {
            // A column that should have been updated under its own cycle and was not (W-D1h, −1).
            yield return Column(site, 15, "工作简报", "其他", topLevel: false, homepage: false, new LocalDate(2023, 11, 30), overdue: true);
        }
    }

    private static string[] Column(Site site, int n, string name, string category, bool topLevel, bool homepage, LocalDate updated, bool overdue = false) =>
        [$"{site.Id}-C{n}", site.Id, name, category, YesNo(topLevel), YesNo(homepage), "否", Iso(updated), YesNo(overdue)];

    private static string GuideItem(Site site) => site.IsPortal ? "户籍迁移登记" : site.Name.Replace("新疆生产建设兵团", string.Empty, StringComparison.Ordinal) + "政务服务事项";

    private static IEnumerable<string[]> MessagesOf(List<Site> sites)
    {
        var n = 0;
        foreach (var (site, received, answered) in ErrorReports.OrderBy(m => m.Received, StringComparer.Ordinal))
        {
            yield return [$"M{++n:000}", sites.Single(s => s.Name == site).Id, "我为政府网站找错", received, answered];
        }

        // One 领导信箱 message per site, answered within 5 working days; a site without a reply in the 2 months before the
        // monitoring point (since 2024-04-27, W-D3d, −3) had its last one answered in April.
        foreach (var (site, i) in sites.Select((s, i) => (s, i)))
        {
            var (received, answered) = ScoreOf(site).NoRecentReply
                ? ("2024-04-10 09:30", "2024-04-15 16:00") // 肉孜节 4/10: 4/11, 4/12, 4/15
                : LeaderMailbox(i);
            yield return [$"M{++n:000}", site.Id, "领导信箱", received, answered];
        }
    }

    private static (string Received, string Answered) LeaderMailbox(int index)
    {
        (string, string)[] pairs =
        [
            ("2024-06-14 11:00", "2024-06-25 10:00"), // 古尔邦节: 6/20, 6/21, 6/24, 6/25
            ("2024-06-03 10:30", "2024-06-07 17:00"),
            ("2024-05-28 15:20", "2024-06-03 09:10"),
            ("2024-06-17 09:00", "2024-06-21 12:00"), // received on 古尔邦节: counting starts 6/20
            ("2024-06-11 16:45", "2024-06-14 10:30"),
        ];
        return pairs[index % pairs.Length];
    }

    // 解读比例 (W-D1i): sampled policy documents, −1 for each without an interpretation.
    private static IEnumerable<string[]> DocumentsOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites.Where(s => ScoreOf(s).UninterpretedDocuments > 0))
        {
            for (var k = 0; k < 3; k++)
            {
                yield return [$"D{++n:00}", site.Id, $"{site.Name}关于促进高质量发展的若干措施（{k + 1}）", YesNo(k >= ScoreOf(site).UninterpretedDocuments)];
            }
        }
    }

    // 解读关联 (W-D1g): one sampled interpretation linked in neither direction, −0.5 twice.
    private static IEnumerable<string[]> InterpretationsOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites.Where(s => ScoreOf(s).UnlinkedInterpretation))
        {
            yield return [$"J{++n:00}", site.Id, "解读关联", $"图解：{site.Name}若干措施", "否", "否"];
            yield return [$"J{++n:00}", site.Id, "解读关联", $"解读：{site.Name}实施方案", "是", "是"];
        }
    }

    // 表格样表 (W-D2f): a sampled guide that asks for a form without saying where to get it, −1.
    private static IEnumerable<string[]> FormSamplesOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites.Where(s => ScoreOf(s).FormWithoutSource))
        {
            yield return [$"S{++n:00}", site.Id, "表格样表", "医疗费用异地报销", "是", "否"];
            yield return [$"S{++n:00}", site.Id, "表格样表", "参保登记", "是", "是"];
        }
    }

    // 可用性 (W-D4c): broken homepage links, −0.2 each.
    private static IEnumerable<string[]> LinksOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites.Where(s => ScoreOf(s).BrokenHomepageLinks > 0))
        {
            for (var k = 0; k < ScoreOf(site).BrokenHomepageLinks; k++)
            {
                yield return [$"L{++n:00}", site.Id, $"https://{site.Id.ToLowerInvariant()}.example.gov.cn/files/{k + 1}.pdf", $"https://{site.Id.ToLowerInvariant()}.example.gov.cn/", "2024-06-26T10:00:00+08:00", "是", "是"];
            }
        }
    }

    // The bonus rows' yes/no checks (数据开放, 服务评价, 模糊搜索, 用户空间 …), each a success.
    private static IEnumerable<string[]> FunctionsOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites)
        {
            var features = FeaturesOf(ScoreOf(site));
            foreach (var (feature, function) in FunctionFeatures.Where(f => features.Contains(f.Feature)))
            {
                yield return [$"K{++n:000}", site.Id, function, "是", "2024-06-25"];
            }
        }
    }

    // 实时互动 (W-B3a): a question answered accurately the next working day (+3), and one to the intelligent Q&A (+2).
    private static IEnumerable<string[]> ConsultationsOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites)
        {
            var features = FeaturesOf(ScoreOf(site));
            if (features.Contains(BonusFeature.QuickAnswer))
            {
                yield return [$"Q{++n:00}", site.Id, "实时互动", "在线咨询", "2024-06-24 10:00", "2024-06-25 11:30", "是"];
            }

            if (features.Contains(BonusFeature.IntelligentQa))
            {
                yield return [$"Q{++n:00}", site.Id, "实时互动", "智能问答", "2024-06-24 10:05", "2024-06-24 10:05", "是"];
            }
        }
    }

    // 数据发布 (W-B1a): data shown in charts in the 6 months before the monitoring point (+1), as a publication of the site.
    private static IEnumerable<string[]> DataGraphicsOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites.Where(s => FeaturesOf(ScoreOf(s)).Contains(BonusFeature.Visualisation)))
        {
            yield return [$"V{++n:00}", site.Id, "2024-05-15", $"一图读懂{site.Name}2024年一季度经济运行", "是"];
        }
    }

    /// <summary>The bonus facts of a site: the first of <see cref="BonusFeatures"/> that fit its bonus points.</summary>
    private static HashSet<BonusFeature> FeaturesOf(SiteScore score)
    {
        var features = new HashSet<BonusFeature>();
        var left = score.Bonus;
        foreach (var (feature, points) in BonusFeatures)
        {
            if (points <= left)
            {
                features.Add(feature);
                left -= points;
            }
        }

        return left == 0 ? features : throw new InvalidOperationException($"no bonus facts add up to {score.Bonus}");
    }

    private static List<Account> Accounts()
    {
        var pending = Attachment1.ToList();
        var accounts = new List<Account>();
        foreach (var (unit, u) in CorpsUnits.Select((unit, u) => (unit, u)))
        {
            foreach (var platform in CorpsPlatforms)
            {
                accounts.Add(new Account(unit, unit, platform, unit, null));
            }

            foreach (var section in CorpsSections)
            {
                accounts.Add(Failing(pending, unit, unit) ?? new Account(unit + section, unit + section, "微信订阅号", unit, null));
            }

            if (u < 2)
            {
                accounts.Add(new Account(unit, unit, "快手号", unit, null));
            }
        }

        foreach (var division in Divisions)
        {
            foreach (var bureau in DivisionBureaus)
            {
                accounts.Add(Failing(pending, division, bureau) ?? new Account(division + bureau, division + bureau, "微信订阅号", division, null));
                accounts.Add(new Account(division + bureau, division + bureau, "抖音号", division, null));
            }
        }

        return [.. accounts.Select((a, i) => a with { Id = $"A{i + 1:000}" })];
    }

    /// <summary>Takes the attachment-1 account that goes in the place of a generated one, if any (each goes in once).</summary>
    private static Account? Failing(List<FailingAccount> pending, string unit, string slot)
    {
        var index = pending.FindIndex(f => f.Unit == unit && f.Slot == slot);
        if (index < 0)
        {
            return null;
        }

        var failing = pending[index];
        pending.RemoveAt(index);
        return new Account(failing.Name, failing.Operator, "微信订阅号", failing.Unit, failing.LastPost);
    }

    private static IEnumerable<string[]> PostsOf(List<Account> accounts)
    {
        var n = 0;
        foreach (var (account, i) in accounts.Select((a, i) => (a, i)))
        {
            if (account.LastPost is { } last)
            {
                yield return [$"P{++n:0000}", account.Id, Iso(last.PlusDays(-12)), account.Name + "工作动态", "否"];
                yield return [$"P{++n:0000}", account.Id, Iso(last), account.Name + "工作动态", "否"];
            }
            else
            {
                // Last posts spread over 6/13 … 6/27: every account has posted within the 14 days before 6/27 (6/13 included).
                yield return [$"P{++n:0000}", account.Id, Iso(new LocalDate(2024, 6, 13).PlusDays(i % 15)), account.Name + "工作动态", "否"];
            }
        }
    }

    private static SiteScore ScoreOf(Site site) => Scores.GetValueOrDefault(site.Name) ?? new SiteScore();

    private static string Csv(string[] header, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(header))
        {
            if (row.Any(cell => cell.IndexOfAny([',', '"', '\n', '\r']) >= 0))
            {
                throw new InvalidOperationException($"a sample value needs quoting: {string.Join('|', row)}");
            }

            text.Append(string.Join(',', row)).Append("\r\n");
        }

        return text.ToString();
    }

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Site(string Id, string Name, string Organiser, bool IsPortal, string Level);

    private sealed record Account(string Name, string Operator, string Type, string Unit, LocalDate? LastPost)
    {
        public string Id { get; init; } = string.Empty;
    }

    private sealed record FailingAccount(string Unit, string Slot, string Name, string Operator, LocalDate LastPost);

    private sealed record SiteScore
    {
        public bool StalePolicy { get; init; }

        public bool StaleStatistics { get; init; }

        public bool NoRecentReply { get; init; }

        public int UninterpretedDocuments { get; init; }

        public bool UnlinkedInterpretation { get; init; }

        public bool FormWithoutSource { get; init; }

        public bool OverdueColumn { get; init; }

        public int BrokenHomepageLinks { get; init; }

        public int Bonus { get; init; }
    }

    private enum BonusFeature
    {
        QuickAnswer,
        DataColumn,
        IntelligentQa,
        UserSpace,
        TopicServices,
        Visualisation,
        OpenData,
        ServiceEvaluation,
        EvaluationResults,
        FuzzySearch,
        SearchAsService,
    }
}
