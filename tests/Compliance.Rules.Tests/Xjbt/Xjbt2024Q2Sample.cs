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
/// time. Every score is made of deduction facts (stale policy or statistics columns, no recent reply, inspector
/// findings for judged items) and bonus findings (信息发布, 办事服务, 互动交流, the areas the notice names). The other 20
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

    /// <summary>How each site's score is made: stale columns, late replies, inspector findings and bonus findings.</summary>
    private static readonly Dictionary<string, SiteScore> Scores = new(StringComparer.Ordinal)
    {
        // Attachment 2, in its order.
        ["新疆生产建设兵团"] = new() { Bonus = [6, 4, 4] },
        ["第六师五家渠市"] = new() { Bonus = [5, 4, 4] },
        ["第十四师昆玉市"] = new() { StaleStatistics = true, Bonus = [6, 5, 4] },
        ["第四师可克达拉市"] = new() { Bonus = [4, 3, 3] },
        ["第五师双河市"] = new() { Judged = [("W-D1g", 1m, "部分政策解读未与政策文件关联")], Bonus = [5, 3, 3] },
        ["第八师石河子市"] = new() { Bonus = [4, 3, 3] },
        ["第十师北屯市"] = new() { NoRecentReply = true, Bonus = [5, 4, 4] },
        ["第十二师"] = new() { Bonus = [4, 4, 2] },
        ["第二师铁门关市"] = new() { Judged = [("W-D1f", 2m, "政策解读形式单一，部分政策文件无解读")], Bonus = [4, 3, 3] },
        ["新疆生产建设兵团教育局"] = new() { Bonus = [3, 2] },
        ["新疆生产建设兵团工业和信息化局"] = new() { StalePolicy = true, Bonus = [4, 3, 3] },
        ["新疆生产建设兵团医疗保障局"] = new() { Judged = [("W-D2f", 1m, "部分网上服务未提供办事规范表单的获取渠道")], Bonus = [3, 2] },
        ["第九师白杨市"] = new() { StaleStatistics = true, Bonus = [3, 2] },
        ["新疆生产建设兵团司法局"] = new() { Bonus = [2, 1] },
        ["新疆生产建设兵团市场监督管理局"] = new() { NoRecentReply = true, Bonus = [3, 2, 1] },
        ["新疆生产建设兵团地方金融监督管理局"] = new() { Judged = [("W-D1h", 1m, "栏目设置冗余，部分栏目长期无内容更新")], Bonus = [2, 2] },
        ["新疆生产建设兵团生态环境局"] = new() { Judged = [("W-D1g", 1m, "解读未与政策文件关联")], Bonus = [2] },
        ["新疆生产建设兵团自然资源局"] = new() { StaleStatistics = true, Bonus = [2.4m] },
        ["第一师阿拉尔市"] = new() { StalePolicy = true, Bonus = [3, 2] },
        ["第七师胡杨河市"] = new() { NoRecentReply = true, Bonus = [2, 1] },
        ["新疆生产建设兵团农业农村局"] = new() { StaleStatistics = true, Bonus = [2] },

        // Sites the notice does not list: scored, no bonus points.
        ["第三师图木舒克市"] = new() { NoRecentReply = true },
        ["第十一师"] = new() { StalePolicy = true },
        ["第十三师新星市"] = new() { StaleStatistics = true },
        ["新疆生产建设兵团交通运输局"] = new() { StaleStatistics = true },
        ["新疆生产建设兵团统计局"] = new() { Judged = [("W-D1f", 1m, "政策解读形式单一")] },
    };

    private static readonly string[] BonusAreas = ["信息发布方面达到加分标准", "办事服务方面达到加分标准", "互动交流方面达到加分标准"];

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
            ["columns.csv"] = Csv(["编号", "网站标识码", "栏目名称", "栏目类别", "是否一级栏目", "是否首页栏目", "是否空白栏目", "最近更新日期"], sites.SelectMany(ColumnsOf)),
            ["service_guides.csv"] = Csv(["编号", "网站标识码", "事项名称"], sites.Select((s, i) => new[] { $"G{i + 1:00}", s.Id, GuideItem(s) })),
            ["messages.csv"] = Csv(["编号", "网站标识码", "留言渠道", "收到时间", "答复时间"], MessagesOf(sites)),
            ["inspector_findings.csv"] = Csv(["编号", "对象编号", "指标编号", "分值", "说明"], FindingsOf(sites)),
            ["new_media.csv"] = Csv(["账号编号", "账号名称", "开设主体", "账号类型", "单位", "账号状态"], accounts.Select(a => new[] { a.Id, a.Name, a.Operator, a.Type, a.Unit, "正常" })),
            ["publications.csv"] = Csv(["编号", "对象编号", "发布日期", "标题"], PostsOf(accounts)),
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
        // 3 months before is 2024-03-27; stale statistics were last updated before it (W-D2c, −2).
        yield return Column(site, 4, "办事统计", "办事统计", topLevel: false, homepage: false, score.StaleStatistics ? new LocalDate(2024, 3, 20) : new LocalDate(2024, 6, 5));
        yield return Column(site, 5, "领导信箱", "政务咨询", topLevel: true, homepage: true, AsOf.PlusDays(-5 - (index % 7)));
    }

    private static string[] Column(Site site, int n, string name, string category, bool topLevel, bool homepage, LocalDate updated) =>
        [$"{site.Id}-C{n}", site.Id, name, category, YesNo(topLevel), YesNo(homepage), "否", Iso(updated)];

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

    private static IEnumerable<string[]> FindingsOf(List<Site> sites)
    {
        var n = 0;
        foreach (var site in sites)
        {
            var score = ScoreOf(site);
            foreach (var (indicator, points, note) in score.Judged)
            {
                yield return [$"F{++n:000}", site.Id, indicator, Number(points), note];
            }

            foreach (var (points, area) in score.Bonus.Zip(BonusAreas))
            {
                yield return [$"F{++n:000}", site.Id, "W-B", Number(points), area];
            }
        }
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
                yield return [$"P{++n:0000}", account.Id, Iso(last.PlusDays(-12)), account.Name + "工作动态"];
                yield return [$"P{++n:0000}", account.Id, Iso(last), account.Name + "工作动态"];
            }
            else
            {
                // Last posts spread over 6/13 … 6/27: every account has posted within the 14 days before 6/27 (6/13 included).
                yield return [$"P{++n:0000}", account.Id, Iso(new LocalDate(2024, 6, 13).PlusDays(i % 15)), account.Name + "工作动态"];
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

        public (string Indicator, decimal Points, string Note)[] Judged { get; init; } = [];

        public decimal[] Bonus { get; init; } = [];
    }
}
