using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Grammar;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>The fixed sets of names of the rule language, with the values the loader reads them as.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class RuleChoices
{
    /// <summary>The value of <c>judged_by</c>.</summary>
    public const string Inspector = "inspector";

    /// <summary>The kinds of an indicator.</summary>
    public static readonly Choice IndicatorKinds = new(
    [
        ChoiceOption.Term(IndicatorKind.Veto, new("单项否决", "a veto: one finding fails the subject")),
        ChoiceOption.Term(IndicatorKind.Deduction, new("扣分", "points taken from the base")),
        ChoiceOption.Term(IndicatorKind.Bonus, new("加分", "points added")),
        ChoiceOption.Term(IndicatorKind.Notice, new("提示：通报并计数，不计分、不影响结论，不写分值", "reported and counted, never scored and never changing a verdict; no points")),
    ]);

    /// <summary>The kinds of a group.</summary>
    public static readonly Choice GroupKinds = new(
    [
        ChoiceOption.Term(IndicatorKind.Deduction, new("扣分", "deductions")),
        ChoiceOption.Term(IndicatorKind.Bonus, new("加分", "bonuses")),
    ]);

    /// <summary>How far an indicator rests on the official text.</summary>
    public static readonly Choice Provenances = new(
    [
        ChoiceOption.Term(IndicatorProvenance.Confirmed, new("经引用正式文本的来源核对", "confirmed by a source citing the official text")),
        ChoiceOption.Term(IndicatorProvenance.Transcribed, new("据忠实转录的表格", "from a faithful copy of the table")),
        ChoiceOption.Term(IndicatorProvenance.Derived, new("推定", "reasoned from other sources")),
    ]);

    /// <summary>Who judges an inspector-judged row.</summary>
    public static readonly Choice JudgedBy = Choice.Of(Inspector);

    /// <summary>Which websites the score table lists.</summary>
    public static readonly Choice ScoreTables = new(
    [
        new("scored", ScoreTableScope.Scored, new("全部计分网站（默认）", "every scored website (the default)")),
        new("with_bonus", ScoreTableScope.WithBonus, new("获得加分的网站", "the websites that earned a bonus")),
    ]);

    /// <summary>The units of time windows, ages and elapsed times.</summary>
    public static readonly Choice TimeUnits = new(
    [
        new("calendar_days", TimeUnit.CalendarDays, new("自然日", "calendar days")),
        new("working_days", TimeUnit.WorkingDays, new("工作日（按修订版所用的工作日日历，扣除周末、法定节假日并计入调休上班日）", "working days of the revision's working-day calendar (weekends and holidays excluded, make-up working days included)")),
        new("months", TimeUnit.Months, new("月（按日历月推算）", "calendar months")),
        new("years", TimeUnit.Years, new("年（按日历年推算）", "calendar years")),
    ]);

    /// <summary>The units a warning is given ahead in (<c>warn_ahead:</c>): the day-counting units of <see cref="TimeUnits"/>.</summary>
    public static readonly Choice WarnAheadUnits = new([.. TimeUnits.Options.Where(o => o.Value is TimeUnit.CalendarDays or TimeUnit.WorkingDays)]);

    /// <summary>Whether a window's first day belongs to it.</summary>
    public static readonly Choice WindowStarts = new(
    [
        new("inclusive", true, new("含起始日（默认）", "the start day belongs to the window (the default)")),
        new("exclusive", false, new("不含起始日", "the start day does not")),
    ]);

    /// <summary>The measures points per unit are counted in.</summary>
    public static readonly Choice Measures = Choice.Of("count", "ratio", "sum", "age");
}
