using System.Collections.Immutable;
using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using NodaTime;

namespace Compliance.Rules.Benchmarks.Baseline;

/// <summary>
/// The 30 indicators of the <c>national-bench</c> rule set written by hand as plain loops over each subject's facts,
/// with the same scoring: the baseline the engine is measured against, and the oracle of the differential test.
/// </summary>
/// <remarks>
/// Every threshold, window and points rule here restates <c>RuleSets/national-bench/indicators/*.yaml</c>; a change to
/// one must be made in the other. Windows follow the rule language: a date is within N units when
/// as-of − N ≤ date ≤ as-of; a missing date is never within; instants are dated in Asia/Shanghai. This type is
/// immutable and thread-safe.
/// </remarks>
public sealed class HandWrittenEvaluator
{
    private static readonly ContentIssueKind[] WebsiteSerious = [ContentIssueKind.SeriousMisstatement, ContentIssueKind.SecretLeak, ContentIssueKind.IllegalContent, ContentIssueKind.SecurityIncident, ContentIssueKind.Falsification, ContentIssueKind.NegativePublicOpinion];
    private static readonly ContentIssueKind[] NewMediaSerious = [ContentIssueKind.SeriousMisstatement, ContentIssueKind.SecretLeak, ContentIssueKind.IllegalContent, ContentIssueKind.NegativePublicOpinion];
    private static readonly GuideElement[] KeyElements = [GuideElement.ItemName, GuideElement.LegalBasis, GuideElement.Conditions, GuideElement.Materials];
    private static readonly Duration Timeout = Duration.FromSeconds(15);

    /// <summary>Indicator caps and groups, as in the YAML (veto indicators have none).</summary>
    private static readonly Dictionary<string, (string Group, decimal Max)> Caps = new(StringComparer.Ordinal)
    {
        ["NB-W-D1e"] = ("PUBLISH", 5),
        ["NB-W-D1d"] = ("PUBLISH", 6),
        ["NB-W-D1g"] = ("PUBLISH", 3),
        ["NB-W-D1h"] = ("PUBLISH", 2),
        ["NB-W-D1i"] = ("PUBLISH", 5),
        ["NB-W-D2c"] = ("SERVICE", 2),
        ["NB-W-D2d"] = ("SERVICE", 10),
        ["NB-W-D2e"] = ("SERVICE", 8),
        ["NB-W-D2f"] = ("SERVICE", 4),
        ["NB-W-D3d"] = ("INTERACT", 3),
        ["NB-W-D3f"] = ("INTERACT", 5),
        ["NB-W-D4d"] = ("DESIGN", 5),
        ["NB-W-D4c"] = ("DESIGN", 4),
        ["NB-W-D4g"] = ("DESIGN", 5),
        ["NB-W-D4h"] = ("DESIGN", 3),
        ["NB-W-B1"] = ("BONUS", 10),
        ["NB-W-B2"] = ("BONUS", 25),
    };

    private static readonly Dictionary<string, decimal> GroupCaps = new(StringComparer.Ordinal)
    {
        ["PUBLISH"] = 31,
        ["SERVICE"] = 25,
        ["INTERACT"] = 23,
        ["DESIGN"] = 21,
        ["BONUS"] = 30,
    };

    private readonly WorkingDayCalendar _calendar;

    /// <summary>Initializes a new instance of the <see cref="HandWrittenEvaluator"/> class.</summary>
    /// <param name="calendar">The working-day calendar (the rule set's <c>cn</c>).</param>
    public HandWrittenEvaluator(WorkingDayCalendar calendar) => _calendar = calendar;

    /// <summary>Evaluates a batch, spreading the subjects over threads like the engine does.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="maxDegreeOfParallelism">How many subjects at once.</param>
    /// <returns>One assessment per subject, in the batch's order.</returns>
    public ImmutableArray<BaselineAssessment> Evaluate(FactBatch batch, LocalDate asOf, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var windows = new Windows(asOf);
        var results = new BaselineAssessment[batch.Subjects.Length];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, i =>
        {
            var subject = batch.Subjects[i];
            var facts = batch.ObservationsOf(subject.Id);
            results[i] = subject switch
            {
                Website site => AssessWebsite(site, facts, windows),
                NewMediaAccount account => AssessAccount(account, facts, windows),
                _ => throw new InvalidOperationException(subject.GetType().Name),
            };
        });
        return [.. results];
    }

    private BaselineAssessment AssessWebsite(Website site, ImmutableArray<Observation> facts, Windows w)
    {
        var columns = new List<Column>(64);
        var probes = new List<AvailabilityProbe>(150);
        var messages = new List<Message>(32);
        var links = new List<LinkCheck>(16);
        var publications = new List<Publication>(16);
        var issues = new List<ContentIssue>();
        var guides = new List<ServiceGuide>();
        var judged = new List<InspectorFinding>();
        foreach (var fact in facts)
        {
            switch (fact)
            {
                case Column c: columns.Add(c); break;
                case AvailabilityProbe p: probes.Add(p); break;
                case Message m: messages.Add(m); break;
                case LinkCheck l: links.Add(l); break;
                case Publication p: publications.Add(p); break;
                case ContentIssue c: issues.Add(c); break;
                case ServiceGuide g: guides.Add(g); break;
                case InspectorFinding f: judged.Add(f); break;
            }
        }

        var findings = new List<BaselineFinding>();
        void Add(string indicator, decimal points, IEnumerable<Observation> evidence) =>
            findings.Add(new BaselineFinding(indicator, site.Id, points, [.. evidence.Select(o => o.Id).Order(StringComparer.Ordinal)]));

        // Vetoes.
        foreach (var issue in issues.Where(i => WebsiteSerious.Contains(i.Kind) && w.Within(i.FoundOn, w.Months3)))
        {
            Add("NB-W-V1", 0, [issue]);
        }

        var weekProbes = probes.Where(p => p.At >= w.WeekStart && p.At < w.End).ToList();
        var failed = weekProbes.Where(p => !p.Reached || (p.ResponseTime is { } t && t >= Timeout)).ToList();
        if (weekProbes.Count > 0 && (decimal)failed.Count / weekProbes.Count >= 0.05m)
        {
            Add("NB-W-V2", 0, failed);
        }

        if (!site.HomepageIsNavigationOnly && !publications.Any(p => p.OnHomepage && w.Within(p.Published, w.Days14)))
        {
            Add("NB-W-V3", 0, []);
        }

        if (site.HomepageIsNavigationOnly && !publications.Any(p => w.Within(p.Published, w.Days14)))
        {
            Add("NB-W-V3N", 0, []);
        }

        var stale = columns.Where(c =>
            (c.Category == ColumnCategory.News && !w.Within(c.LastUpdated, w.Days14))
            || (c.Category is ColumnCategory.Notices or ColumnCategory.PolicyDocuments && c.IsTopLevel && !w.Within(c.LastUpdated, w.Months6))).ToList();
        if (stale.Count >= 5)
        {
            Add("NB-W-V4a", 0, stale);
        }

        var longStale = columns.Where(c =>
            c.Category is ColumnCategory.Personnel or ColumnCategory.Plans or ColumnCategory.Overview or ColumnCategory.Other
            && !c.IsBlank && !w.Within(c.LastUpdated, w.Year1)).ToList();
        if (longStale.Count >= 10)
        {
            Add("NB-W-V4b", 0, longStale);
        }

        var blank = columns.Where(c => c.IsBlank).ToList();
        if (blank.Count >= 5)
        {
            Add("NB-W-V4c", 0, blank);
        }

        if (!columns.Any(c => c.Category == ColumnCategory.Consultation))
        {
            Add("NB-W-V5a", 0, []);
        }

        foreach (var message in messages.Where(m =>
            m.Valid && m.Channel is MessageChannel.Consultation or MessageChannel.LeaderMailbox or MessageChannel.Suggestion
            && w.Within(m.Received.Date, w.Year1) && (m.Answered?.Date ?? w.AsOf) > m.Received.Date.PlusMonths(3)))
        {
            Add("NB-W-V5b", 0, [message]);
        }

        if (site.ProvidesExternalServices && guides.Count > 0)
        {
            var poor = guides.Where(g => !g.MissingElements.IsDefaultOrEmpty && KeyElements.Any(g.MissingElements.Contains)).ToList();
            if ((decimal)poor.Count / guides.Count >= 0.30m)
            {
                Add("NB-W-V6", 0, poor);
            }
        }

        if (site.IsPortal)
        {
            Deductions(site, w, columns, weekProbes, messages, links, publications, issues, guides, judged, Add);
        }

        return Score(site, findings);
    }

    private void Deductions(
        Website site,
        Windows w,
        List<Column> columns,
        List<AvailabilityProbe> weekProbes,
        List<Message> messages,
        List<LinkCheck> links,
        List<Publication> publications,
        List<ContentIssue> issues,
        List<ServiceGuide> guides,
        List<InspectorFinding> judged,
        Action<string, decimal, IEnumerable<Observation>> add)
    {
        var policy = columns.Where(c => c.Category == ColumnCategory.PolicyDocuments && c.IsTopLevel && !w.Within(c.LastUpdated, w.Months6)).ToList();
        if (policy.Count > 0)
        {
            add("NB-W-D1e", 5, policy);
        }

        var news = columns.Where(c => c.Category == ColumnCategory.News && !w.Within(c.LastUpdated, w.Days14)).ToList();
        if (news.Count >= 1)
        {
            add("NB-W-D1d", 2 * news.Count, news);
        }

        var unlinked = judged.Where(f => f.IndicatorId == "NB-W-D1g").ToList();
        var occurrences = unlinked.Sum(f => (decimal)f.Occurrences);
        if (occurrences >= 1)
        {
            add("NB-W-D1g", decimal.Floor(occurrences / 1), unlinked);
        }

        var homepage = publications.Where(p => p.OnHomepage).ToList();
        var latest = homepage.Where(p => p.Published is not null).Select(p => p.Published!.Value).DefaultIfEmpty().Max();
        if (!homepage.Any(p => p.Published is not null) || WorkingDaysUsed(latest, w.AsOf) > 5)
        {
            add("NB-W-D1h", 2, homepage);
        }

        var typos = issues.Where(i => i.Kind is ContentIssueKind.SeriousTypo or ContentIssueKind.MinorTypo && w.Within(i.FoundOn, w.Months3)).ToList();
        if (typos.Count >= 1)
        {
            add("NB-W-D1i", typos.Count, typos);
        }

        var statistics = columns.Where(c => c.Category == ColumnCategory.ServiceStatistics && !w.Within(c.LastUpdated, w.Months3)).ToList();
        if (statistics.Count > 0)
        {
            add("NB-W-D2c", 2, statistics);
        }

        var missing = guides.Where(g => !g.MissingElements.IsDefaultOrEmpty).ToList();
        if (missing.Count >= 1)
        {
            add("NB-W-D2d", missing.Count, missing);
        }

        var inaccurate = guides.Where(g => !g.InaccurateElements.IsDefaultOrEmpty).ToList();
        if (inaccurate.Count >= 1)
        {
            add("NB-W-D2e", 2 * inaccurate.Count, inaccurate);
        }

        foreach (var guide in guides.Where(g => !g.FormsDownloadable))
        {
            add("NB-W-D2f", 1, [guide]);
        }

        if (!messages.Any(m => m.Answered is { } answered && w.Within(answered.Date, w.Months2)))
        {
            add("NB-W-D3d", 3, []);
        }

        foreach (var message in messages.Where(m =>
            m.Valid && m.Channel == MessageChannel.Consultation && w.Within(m.Received.Date, w.Months3)
            && WorkingDaysUsed(m.Received.Date, m.Answered?.Date ?? w.AsOf) > 10))
        {
            add("NB-W-D3f", 1, [message]);
        }

        foreach (var message in messages.Where(m =>
            m.Channel == MessageChannel.ErrorReport && w.Within(m.Received.Date, w.Months3)
            && WorkingDaysUsed(m.Received.Date, m.Answered?.Date ?? w.AsOf) > 3))
        {
            add("NB-W-D4d", 1, [message]);
        }

        var unreachable = weekProbes.Where(p => !p.Reached).ToList();
        if (weekProbes.Count > 0)
        {
            var ratio = (decimal)unreachable.Count / weekProbes.Count;
            if (ratio >= 0.01m)
            {
                add("NB-W-D4c", decimal.Floor(ratio / 0.01m), unreachable);
            }
        }

        foreach (var link in links.Where(l => l.Broken && l.OnHomepage))
        {
            add("NB-W-D4g", 1, [link]);
        }

        var broken = links.Where(l => l.Broken && !l.OnHomepage).ToList();
        if (broken.Count >= 3)
        {
            add("NB-W-D4h", decimal.Floor(broken.Count / 3m), broken);
        }

        var activities = messages.Where(m => m.Channel is MessageChannel.OnlineInterview or MessageChannel.Survey && w.Within(m.Received.Date, w.Year1)).ToList();
        if (activities.Count >= 2)
        {
            add("NB-W-B1", 2 * activities.Count, activities);
        }

        foreach (var finding in judged.Where(f => f.IndicatorId == "NB-W-B2"))
        {
            add("NB-W-B2", finding.Points ?? 0m, [finding]);
        }
    }

    private static BaselineAssessment AssessAccount(NewMediaAccount account, ImmutableArray<Observation> facts, Windows w)
    {
        var findings = new List<BaselineFinding>();
        var serious = facts.OfType<ContentIssue>().Where(i => NewMediaSerious.Contains(i.Kind) && w.Within(i.FoundOn, w.Months3)).Select(i => i.Id).ToList();
        if (serious.Count > 0)
        {
            findings.Add(new BaselineFinding("NB-NM-V1", account.Id, 0, [.. serious.Order(StringComparer.Ordinal)]));
        }

        if (account.Status == AccountStatus.Active && !facts.OfType<Publication>().Any(p => w.Within(p.Published, w.Days14)))
        {
            findings.Add(new BaselineFinding("NB-NM-V2", account.Id, 0, []));
        }

        if (!account.ProvidesInteraction)
        {
            findings.Add(new BaselineFinding("NB-NM-V3", account.Id, 0, []));
        }

        return new BaselineAssessment(account.Id, findings.Count == 0, null, [.. findings.OrderBy(f => f.Key, StringComparer.Ordinal)]);
    }

    private static BaselineAssessment Score(Website site, List<BaselineFinding> findings)
    {
        var ordered = findings.OrderBy(f => f.Key, StringComparer.Ordinal).ToImmutableArray();
        var vetoed = findings.Any(f => !Caps.ContainsKey(f.IndicatorId));
        if (vetoed)
        {
            return new BaselineAssessment(site.Id, false, null, ordered);
        }

        if (!site.IsPortal)
        {
            return new BaselineAssessment(site.Id, true, null, ordered);
        }

        var rescaled = !site.ProvidesExternalServices;
        var deductions = Capped(findings.Where(f => !f.IndicatorId.StartsWith("NB-W-B", StringComparison.Ordinal) && !(rescaled && Caps[f.IndicatorId].Group == "SERVICE")));
        var part = Math.Max(0m, rescaled ? (75m - deductions) * 4m / 3m : 100m - deductions);
        if (part < 60m)
        {
            return new BaselineAssessment(site.Id, false, part, ordered);
        }

        var bonus = part > 80m ? Math.Min(30m, Capped(findings.Where(f => f.IndicatorId.StartsWith("NB-W-B", StringComparison.Ordinal)))) : 0m;
        return new BaselineAssessment(site.Id, true, part + bonus, ordered);
    }

    private static decimal Capped(IEnumerable<BaselineFinding> findings) =>
        findings
            .GroupBy(f => f.IndicatorId, StringComparer.Ordinal)
            .Select(g => (Caps[g.Key].Group, Applied: Math.Min(g.Sum(f => f.Points), Caps[g.Key].Max)))
            .GroupBy(x => x.Group, StringComparer.Ordinal)
            .Sum(g => Math.Min(g.Sum(x => x.Applied), GroupCaps[g.Key]));

    /// <summary>The first day of each window of the rule set for one as-of date.</summary>
    private sealed class Windows
    {
        private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

        public Windows(LocalDate asOf)
        {
            AsOf = asOf;
            Days14 = asOf.PlusDays(-14);
            Months2 = asOf.PlusMonths(-2);
            Months3 = asOf.PlusMonths(-3);
            Months6 = asOf.PlusMonths(-6);
            Year1 = asOf.PlusYears(-1);
            WeekStart = asOf.PlusDays(-7).AtStartOfDayInZone(China).ToInstant();
            End = asOf.PlusDays(1).AtStartOfDayInZone(China).ToInstant();
        }

        public LocalDate AsOf { get; }

        public LocalDate Days14 { get; }

        public LocalDate Months2 { get; }

        public LocalDate Months3 { get; }

        public LocalDate Months6 { get; }

        public LocalDate Year1 { get; }

        public Instant WeekStart { get; }

        public Instant End { get; }

        public bool Within(LocalDate? date, LocalDate first) => date is { } d && d >= first && d <= AsOf;
    }

    // Deadlines are dates: an end date on a day off counts as the working day after it, so "more than N working days"
    // holds as soon as the end date lies after the N-th working day.
    private int WorkingDaysUsed(LocalDate from, LocalDate to)
    {
        var days = _calendar.WorkingDaysBetween(from, to);
        return to > from && !_calendar.IsWorkingDay(to) ? days + 1 : days;
    }
}
