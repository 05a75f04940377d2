using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;
using static Compliance.Rules.Tests.Calendar.CalendarTestData;

namespace Compliance.Rules.Tests.Calendar;

/// <summary>
/// A host loads its own calendars beside a rule set: a host calendar with the revision's calendar id replaces the built-in
/// one for that compiled rule set only, and a calendars folder beside a revision folder is honoured and checked.
/// </summary>
public sealed class HostCalendarRuleSetTest : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "host-calendar-rules-" + Guid.NewGuid().ToString("N"));

    public HostCalendarRuleSetTest() => Directory.CreateDirectory(Path.Combine(_root, "calendars"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void TryLoad_BuiltInXjbtWithAHostXinjiangCalendarAdding2027_EvaluatesAMessageWhoseDeadlineFallsIn2027()
    {
        var calendar = WorkingDayCalendars.LoadFileOrThrow(Write("cn-xj.yaml", HostCalendars.Xinjiang2027));

        var rules = RuleSet.TryLoad("builtin:xjbt-2024", [calendar]).GetValueOrThrow();
        var assessment = rules.Evaluate(LateMessageBatch(), new LocalDate(2027, 1, 8)).Assessments.Single();

        rules.Calendar.Should().BeSameAs(calendar);
        assessment.Verdict.Should().NotBe(Verdict.NotAssessed, assessment.VerdictNote);
        var finding = assessment.Notices.Should().ContainSingle(f => f.IndicatorId == "XJ-ZC-1").Which;
        finding.Reason.Should().Contain("答复期限1月5日").And.Contain("实际用时4个工作日");
    }

    [Fact]
    public void BuiltIn_XjbtWithoutAHostCalendar_LeavesAMessageWhoseDeadlineFallsIn2027NotAssessed()
    {
        var assessment = RuleSet.BuiltIn("xjbt-2024").Evaluate(LateMessageBatch(), new LocalDate(2026, 12, 31)).Assessments.Single();

        assessment.Verdict.Should().Be(Verdict.NotAssessed);
        assessment.VerdictNote.Should().Contain("超出日历 cn-xj 的范围");
    }

    [Fact]
    public void TryLoad_HostNationalCalendar_ReplacesCnButNotTheBuiltInXinjiangCalendar()
    {
        var national = WorkingDayCalendars.LoadFileOrThrow(Write("cn.yaml", HostCalendars.National2027));

        var gb = RuleSet.TryLoad("builtin:gb-2019", [national]).GetValueOrThrow();
        var xjbt = RuleSet.TryLoad("builtin:xjbt-2024", [national]).GetValueOrThrow();

        gb.Calendar.Should().BeSameAs(national);
        xjbt.Calendar.Should().BeSameAs(Xinjiang, "a host cn does not tell Xinjiang's 2027 festivals");
    }

    [Fact]
    public void TryLoad_WithHostCalendars_LeavesTheCachedBuiltInRuleSetsOnTheBuiltInCalendars()
    {
        var national = WorkingDayCalendars.LoadFileOrThrow(Write("cn.yaml", HostCalendars.National2027));
        var xinjiang = WorkingDayCalendars.LoadFileOrThrow(Write("cn-xj.yaml", HostCalendars.Xinjiang2027));

        var hosted = new[] { "builtin:gb-2019", "builtin:xjbt-2024" }.Select(r => RuleSet.TryLoad(r, [national, xinjiang]).GetValueOrThrow()).ToList();
        var cached = new[] { "gb-2019", "xjbt-2024" }.Select(RuleSet.BuiltIn).ToList();

        hosted.Select(r => r.Calendar).Should().Equal(national, xinjiang);
        cached.Select(r => r.Calendar).Should().Equal(National, Xinjiang);
        cached.Should().NotIntersectWith(hosted);
        RuleSet.BuiltIn("xjbt-2024").Should().BeSameAs(cached[1]);
    }

    [Fact]
    public void TryLoad_TwoHostCalendarsWithOneId_Throws()
    {
        var act = () => RuleSet.TryLoad("builtin:gb-2019", [National, National]);

        act.Should().Throw<ArgumentException>().WithMessage("Two calendars have the id 'cn'*");
    }

    [Fact]
    public void TryLoadDirectory_NationalCalendarInTheCalendarsFolder_ReplacesTheBuiltInOne()
    {
        Write(Path.Combine("calendars", "cn.yaml"), HostCalendars.National2027);
        var folder = Revision("local", "calendar: cn");

        var rules = RuleSet.TryLoadDirectory(folder);

        rules.Errors.Should().BeEmpty();
        rules.GetValueOrThrow().Calendar.CoveredRange.End.Should().Be(D("2027-12-31"));
    }

    [Fact]
    public void TryLoadDirectory_BrokenCalendarInTheCalendarsFolder_ReportsItsOwnErrorAtItsPosition()
    {
        var file = Write(Path.Combine("calendars", "xj-host.yaml"), "id: xj-host\nname: 某地\nextends: cn-xj\nyears:\n  - year: 2024\n    exceptions:\n      - { date: 2024-06-17, kind: offf, holiday: 古尔邦节, confidence: high }\n");
        var folder = Revision("local", "calendar: xj-host");

        var errors = RuleSet.TryLoadDirectory(folder).Errors.ToList();

        errors.Select(e => $"{e.Location}: {e.Code}").Should().Equal($"{file}:7:35: CR0004");
    }

    [Fact]
    public void Read_BrokenCalendarInTheCalendarsFolder_ReportsItToo()
    {
        var file = Write(Path.Combine("calendars", "cn.yaml"), HostCalendars.National2027.Replace("- year: 2027", "- year: 2028", StringComparison.Ordinal).Replace("2027-01-01", "2028-01-03", StringComparison.Ordinal));
        var folder = Revision("local", "calendar: cn");

        var errors = RuleSet.Read(folder).Errors.ToList();

        errors.Select(e => $"{e.Location}: {e.Code}").Should().Equal($"{file}:5:11: CR1009");
    }

    // A 兵团 website whose 找错 message came on Wednesday 2026-12-30 and was answered on Wednesday 2027-01-06: the deadline
    // is Tuesday 2027-01-05 (12/31, then 1/1 off, 1/4, 1/5), so the answer took 4 working days.
    private static FactBatch LateMessageBatch() => FactBatch.Of(
        [new Website("W", "某师网站", "某师办公室", true, true, AdministrativeLevel.Prefecture)],
        [new Message("m1", "W", MessageChannel.ErrorReport, new LocalDateTime(2026, 12, 30, 10, 0), new LocalDateTime(2027, 1, 6, 9, 0))]);

    private string Revision(string name, string calendarLine)
    {
        var folder = Path.Combine(_root, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "revision.yaml"), $"id: {name}\nextends: gb-2019\n{calendarLine}\n");
        return folder;
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }
}
