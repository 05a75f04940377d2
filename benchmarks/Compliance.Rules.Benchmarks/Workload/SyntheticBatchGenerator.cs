using System.Collections.Immutable;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Benchmarks.Workload;

/// <summary>
/// Generates a deterministic synthetic batch shaped like a national quarter: websites with ~60 columns, 140 probes
/// (20 a day over the 7 days up to the as-of date), ~20 messages, links, homepage publications, service guides, content
/// issues and inspectors' findings; new-media accounts with a handful of posts.
/// </summary>
/// <remarks>
/// Most subjects are healthy; each veto of the benchmark rule set has its own small "problem mode" (about 1% of websites
/// each, so that roughly 9% of websites and 6% of accounts fail, close to the 91.8% / 91.9% pass rates published for
/// 2020), and per-fact noise (a stale column, a late answer, a broken link) makes deductions fire on many portals.
/// Dates straddle the window boundaries (14 days, 3 and 6 months, 1 year) and the holidays of the cn calendar.
/// </remarks>
public static class SyntheticBatchGenerator
{
    private static readonly Offset China = Offset.FromHours(8);

    private static readonly string[] Regions = ["北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "兵团"];
    private static readonly string[] Organisers = ["人民政府办公厅", "发展和改革委员会", "教育厅", "公安厅", "民政厅", "财政厅", "人力资源和社会保障厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "卫生健康委员会", "市场监督管理局", "统计局", "医疗保障局"];
    private static readonly string[] AccountTypes = ["微信订阅号", "微信服务号", "微博", "抖音", "今日头条", "快手", "移动客户端"];
    private static readonly ContentIssueKind[] SeriousKinds = [ContentIssueKind.SeriousMisstatement, ContentIssueKind.SecretLeak, ContentIssueKind.IllegalContent, ContentIssueKind.SecurityIncident, ContentIssueKind.Falsification, ContentIssueKind.NegativePublicOpinion];
    private static readonly GuideElement[] KeyElements = [GuideElement.ItemName, GuideElement.LegalBasis, GuideElement.Conditions, GuideElement.Materials];
    private static readonly GuideElement[] OtherElements = [GuideElement.Place, GuideElement.Hours, GuideElement.Telephone, GuideElement.Procedure, GuideElement.TimeLimit, GuideElement.Fees];

    private static readonly (MessageChannel Channel, double Weight)[] Channels =
    [
        (MessageChannel.Consultation, 0.40),
        (MessageChannel.LeaderMailbox, 0.18),
        (MessageChannel.Suggestion, 0.08),
        (MessageChannel.ErrorReport, 0.14),
        (MessageChannel.OnlineInterview, 0.05),
        (MessageChannel.Survey, 0.05),
        (MessageChannel.Petition, 0.04),
        (MessageChannel.DisciplineReport, 0.03),
        (MessageChannel.Other, 0.03),
    ];

    /// <summary>The columns every website has, before it is filled up with 其他 columns (category, top level).</summary>
    private static readonly (ColumnCategory Category, bool TopLevel)[] FixedColumns =
    [
        (ColumnCategory.News, true), (ColumnCategory.News, false), (ColumnCategory.News, false), (ColumnCategory.News, false),
        (ColumnCategory.Notices, true), (ColumnCategory.Notices, true), (ColumnCategory.Notices, false),
        (ColumnCategory.PolicyDocuments, true), (ColumnCategory.PolicyDocuments, true), (ColumnCategory.PolicyDocuments, false),
        (ColumnCategory.PolicyInterpretation, true), (ColumnCategory.PolicyInterpretation, false),
        (ColumnCategory.Personnel, false), (ColumnCategory.Personnel, false),
        (ColumnCategory.Plans, true), (ColumnCategory.Plans, false),
        (ColumnCategory.Overview, true), (ColumnCategory.Overview, false), (ColumnCategory.Overview, false),
        (ColumnCategory.ServiceStatistics, false),
        (ColumnCategory.Consultation, true),
        (ColumnCategory.OnlineInterview, false), (ColumnCategory.Survey, false),
        (ColumnCategory.Petition, false), (ColumnCategory.DisciplineReport, false),
        (ColumnCategory.HistoricalTopic, false), (ColumnCategory.HistoricalTopic, false),
    ];

    /// <summary>Generates a batch.</summary>
    /// <param name="shape">The size, seed and as-of date.</param>
    /// <returns>The batch.</returns>
    public static FactBatch Generate(BatchShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var state = new State(new SplitMix64(shape.Seed), shape.AsOf);
        var subjects = new List<Subject>(shape.Websites + shape.Accounts);
        for (var i = 0; i < shape.Websites; i++)
        {
            subjects.Add(state.Website(i));
        }

        for (var i = 0; i < shape.Accounts; i++)
        {
            subjects.Add(state.Account(i));
        }

        return FactBatch.Of(subjects, state.Observations);
    }

    /// <summary>The generator's running state: the random sequence, the as-of date, id counters and the facts so far.</summary>
    private sealed class State(SplitMix64 random, LocalDate asOf)
    {
        private int _columns;
        private int _probes;
        private int _messages;
        private int _links;
        private int _publications;
        private int _issues;
        private int _guides;
        private int _findings;

        public List<Observation> Observations { get; } = [];

        public Website Website(int index)
        {
            var id = "W" + index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            var portal = random.Chance(0.25);
            var services = random.Chance(portal ? 0.9 : 0.8);
            var level = random.NextDouble() switch
            {
                < 0.03 => AdministrativeLevel.StateCouncilDepartment,
                < 0.15 => AdministrativeLevel.Province,
                < 0.45 => AdministrativeLevel.Prefecture,
                < 0.95 => AdministrativeLevel.County,
                _ => AdministrativeLevel.Township,
            };
            var navigationOnly = random.Chance(0.04);
            var region = random.Pick(Regions);
            var organiser = region + random.Pick(Organisers);
            var site = new Website(id, organiser + (portal ? "门户网站" : "网站"), organiser, portal, services, level, navigationOnly);

            Columns(id);
            Probes(id);
            Messages(id);
            Links(id);
            HomepagePublications(id, navigationOnly);
            ContentIssues(id, websites: true);
            if (services)
            {
                Guides(id, portal);
            }

            if (portal)
            {
                InspectorFindings(id);
            }

            return site;
        }

        public NewMediaAccount Account(int index)
        {
            var id = "A" + index.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            var status = random.Chance(0.04) ? AccountStatus.Closed : AccountStatus.Active;
            var interaction = !random.Chance(0.015);
            var unit = random.Pick(Regions) + random.Pick(Organisers);
            var type = random.Pick(AccountTypes);
            var account = new NewMediaAccount(id, unit + type, unit, type, unit, status, interaction);

            var stale = random.Chance(0.045);
            var day = stale ? random.Between(15, 90) : random.Chance(0.02) ? 14 : random.Between(0, 10);
            var posts = random.Between(3, 8);
            for (var p = 0; p < posts; p++)
            {
                Observations.Add(new Publication(Next("P", ref _publications), id, null, asOf.PlusDays(-day), "推文" + p));
                day += random.Between(1, 10);
            }

            ContentIssues(id, websites: false);
            return account;
        }

        private void Columns(string site)
        {
            var staleBurst = random.Chance(0.012);
            var longStale = random.Chance(0.01);
            var blankBurst = random.Chance(0.01);
            var noConsultation = random.Chance(0.008);
            var count = random.Between(55, 65);
            var staleLeft = staleBurst ? 6 : 0;
            var longStaleLeft = longStale ? 11 : 0;
            var blankLeft = blankBurst ? 6 : 0;
            for (var c = 0; c < count; c++)
            {
                var (category, topLevel) = c < FixedColumns.Length ? FixedColumns[c] : (ColumnCategory.Other, random.Chance(0.3));
                if (category == ColumnCategory.Consultation && noConsultation)
                {
                    category = ColumnCategory.Other;
                }

                var blank = random.Chance(0.012);
                if (!blank && blankLeft > 0 && category == ColumnCategory.Other)
                {
                    blank = true;
                    blankLeft--;
                }

                LocalDate? updated = null;
                if (!blank)
                {
                    var forcedStale = false;
                    if (staleLeft > 0 && (category == ColumnCategory.News || (topLevel && category is ColumnCategory.Notices or ColumnCategory.PolicyDocuments)))
                    {
                        forcedStale = true;
                        staleLeft--;
                    }
                    else if (longStaleLeft > 0 && category is ColumnCategory.Other or ColumnCategory.Overview or ColumnCategory.Personnel or ColumnCategory.Plans)
                    {
                        forcedStale = true;
                        longStaleLeft--;
                    }

                    updated = random.Chance(0.002) ? null : asOf.PlusDays(-ColumnAge(category, forcedStale));
                }

                Observations.Add(new Column(Next("C", ref _columns), site, category.ToString() + c, category, topLevel, random.Chance(0.3), blank, updated));
            }
        }

        private int ColumnAge(ColumnCategory category, bool stale) => category switch
        {
            ColumnCategory.News => stale || random.Chance(0.03) ? random.Between(15, 45) : random.Chance(0.02) ? 14 : random.Between(0, 6),
            ColumnCategory.Notices or ColumnCategory.PolicyDocuments => stale || random.Chance(0.03) ? random.Between(185, 400) : random.Between(0, 60),
            ColumnCategory.PolicyInterpretation or ColumnCategory.ServiceStatistics => random.Chance(0.06) ? random.Between(93, 200) : random.Between(0, 85),
            ColumnCategory.HistoricalTopic => random.Between(400, 2000),
            ColumnCategory.Other or ColumnCategory.Overview or ColumnCategory.Personnel or ColumnCategory.Plans =>
                stale || random.Chance(0.025) ? random.Between(366, 900) : random.Chance(0.01) ? 365 : random.Between(0, 300),
            _ => random.Between(0, 30),
        };

        private void Probes(string site)
        {
            var failRate = random.Chance(0.012) ? 0.12 : 0.003;
            for (var day = 0; day < 7; day++)
            {
                for (var n = 0; n < 20; n++)
                {
                    Observations.Add(Probe(site, asOf.PlusDays(-day), failRate));
                }
            }

            if (random.Chance(0.05))
            {
                for (var n = 0; n < 5; n++)
                {
                    Observations.Add(Probe(site, asOf.PlusDays(-8), 0.6));
                }
            }
        }

        private AvailabilityProbe Probe(string site, LocalDate day, double failRate)
        {
            var at = At(day, random.Between(0, 86_399));
            if (random.Chance(failRate))
            {
                return new AvailabilityProbe(Next("R", ref _probes), site, at, false, random.Chance(0.5) ? null : Duration.FromSeconds(30));
            }

            var milliseconds = random.NextDouble() switch
            {
                < 0.002 => random.Between(15_000, 20_000),
                < 0.02 => random.Between(5_000, 12_000),
                _ => random.Between(150, 2_500),
            };
            return new AvailabilityProbe(Next("R", ref _probes), site, at, true, Duration.FromMilliseconds(milliseconds));
        }

        private void Messages(string site)
        {
            var count = random.Between(15, 25);
            for (var m = 0; m < count; m++)
            {
                var channel = Channel();
                var received = asOf.PlusDays(-random.Between(0, 400)).At(new LocalTime(random.Between(8, 21), random.Between(0, 59)));
                LocalDateTime? answered;
                if (random.Chance(0.0008))
                {
                    received = asOf.PlusDays(-random.Between(95, 360)).At(received.TimeOfDay);
                    var late = received.PlusDays(random.Between(93, 150));
                    answered = random.Chance(0.5) || late.Date > asOf ? null : late;
                }
                else
                {
                    var delay = channel switch
                    {
                        MessageChannel.ErrorReport => random.Chance(0.12) ? random.Between(4, 10) : random.Between(0, 3),
                        MessageChannel.Consultation => random.Chance(0.08) ? random.Between(15, 40) : random.Between(1, 12),
                        _ => random.Between(1, 20),
                    };
                    var at = received.PlusDays(delay).PlusHours(random.Between(0, 6));
                    answered = at.Date > asOf ? null : at;
                }

                Observations.Add(new Message(Next("M", ref _messages), site, channel, received, answered, random.Chance(0.95)));
            }
        }

        private MessageChannel Channel()
        {
            var roll = random.NextDouble();
            foreach (var (channel, weight) in Channels)
            {
                if (roll < weight)
                {
                    return channel;
                }

                roll -= weight;
            }

            return MessageChannel.Other;
        }

        private void Links(string site)
        {
            var count = random.Between(8, 14);
            var brokenRate = random.Chance(0.04) ? 0.3 : 0.03;
            for (var l = 0; l < count; l++)
            {
                var id = Next("L", ref _links);
                var broken = random.Chance(brokenRate);
                Observations.Add(new LinkCheck(id, site, "https://example.gov.cn/" + id, "https://example.gov.cn/", At(asOf.PlusDays(-random.Between(0, 6)), random.Between(0, 86_399)), broken, random.Chance(0.35), broken ? 404 : 200));
            }
        }

        private void HomepagePublications(string site, bool navigationOnly)
        {
            // A homepage that is only a navigation page is neglected more often.
            var gap = random.NextDouble() switch
            {
                var roll when roll < (navigationOnly ? 0.15 : 0.011) => random.Between(15, 60),
                < 0.07 => random.Between(8, 13),
                _ => random.Between(0, 4),
            };
            var count = random.Between(6, 10);
            var day = gap;
            for (var p = 0; p < count; p++)
            {
                Observations.Add(new Publication(Next("P", ref _publications), site, null, asOf.PlusDays(-day), "首页信息" + p, OnHomepage: !navigationOnly));
                day += random.Between(1, 5);
            }

            for (var p = 0; p < 3; p++)
            {
                Observations.Add(new Publication(Next("P", ref _publications), site, null, asOf.PlusDays(-random.Between(0, 90)), "栏目信息" + p));
            }
        }

        private void ContentIssues(string subject, bool websites)
        {
            if (random.Chance(websites ? 0.01 : 0.006))
            {
                Observations.Add(new ContentIssue(Next("I", ref _issues), subject, random.Pick(SeriousKinds), asOf.PlusDays(-random.Between(0, 90)), "监测发现的严重问题"));
            }

            if (random.Chance(0.01))
            {
                Observations.Add(new ContentIssue(Next("I", ref _issues), subject, random.Pick(SeriousKinds), asOf.PlusDays(-random.Between(95, 300)), "已整改的历史问题"));
            }

            if (websites && random.Chance(0.12))
            {
                var typos = random.Between(1, 3);
                for (var t = 0; t < typos; t++)
                {
                    var kind = random.Chance(0.3) ? ContentIssueKind.SeriousTypo : ContentIssueKind.MinorTypo;
                    Observations.Add(new ContentIssue(Next("I", ref _issues), subject, kind, asOf.PlusDays(-random.Between(0, 120)), "错别字"));
                }
            }
        }

        private void Guides(string site, bool portal)
        {
            var poorGuides = random.Chance(0.008);
            var count = portal ? random.Between(6, 14) : random.Between(3, 8);
            for (var g = 0; g < count; g++)
            {
                var missing = ImmutableArray<GuideElement>.Empty;
                if (poorGuides ? random.Chance(0.5) : random.Chance(0.05))
                {
                    missing = poorGuides || random.Chance(0.5) ? [random.Pick(KeyElements)] : [random.Pick(OtherElements)];
                }

                ImmutableArray<GuideElement> inaccurate = random.Chance(0.03) ? [random.Pick(OtherElements)] : [];
                Observations.Add(new ServiceGuide(Next("G", ref _guides), site, "办事事项" + g, missing, inaccurate, !random.Chance(0.03)));
            }
        }

        private void InspectorFindings(string site)
        {
            if (random.Chance(0.1))
            {
                Observations.Add(new InspectorFinding(Next("F", ref _findings), site, "NB-W-D1g", random.Between(1, 4), null, "政策文件未关联解读"));
            }

            var innovations = random.Chance(0.03) ? 3 : random.Chance(0.25) ? 1 : 0;
            for (var n = 0; n < innovations; n++)
            {
                var points = innovations == 3 ? random.Between(16, 20) / 2m : random.Between(1, 20) / 2m;
                Observations.Add(new InspectorFinding(Next("F", ref _findings), site, "NB-W-B2", 1, points, "创新做法"));
            }
        }

        private static Instant At(LocalDate day, int secondOfDay) =>
            day.At(LocalTime.FromSecondsSinceMidnight(secondOfDay)).WithOffset(China).ToInstant();

        private static string Next(string prefix, ref int counter) => prefix + (counter++).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
