using Compliance.Rules.Grammar;
using static Compliance.Rules.Grammar.GrammarKey;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Calendar;

/// <summary>The working-day calendar files (<c>rules/calendars/*.yaml</c>); the format is documented in <c>rules/calendars/README.md</c>.</summary>
internal static class CalendarGrammar
{
    /// <summary>What an exception day does.</summary>
    public static readonly Choice EntryKinds = new(
    [
        new("off", EntryKind.Off, new("周一至周五放假", "a Monday–Friday day off")),
        new("work", EntryKind.Work, new("周六或周日调休上班", "a Saturday/Sunday make-up working day")),
        new("cancel", EntryKind.Cancel, new("取消基础日历在该日的调休上班（叠加日历）", "the base calendar's make-up working day on this date becomes a rest day (overlays)")),
    ]);

    /// <summary>The pattern of a calendar id (<c>cn</c>, <c>cn-xj</c>), which a revision's <c>calendar</c> names.</summary>
    public const string IdPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /// <summary>How well a day is established.</summary>
    public static readonly Choice Confidences = new(
    [
        ChoiceOption.Term(Confidence.High, null),
        ChoiceOption.Term(Confidence.MediumHigh, null),
        ChoiceOption.Term(Confidence.Medium, null),
        ChoiceOption.Term(Confidence.MediumLow, null),
        ChoiceOption.Term(Confidence.Low, null),
    ]);

    /// <summary>A calendar file.</summary>
    public static readonly MappingGrammar Calendar = new(
        "calendar",
        "a calendar",
        new("一个工作日日历文件：全国调休安排，或在其上叠加的地方安排（extends）。只记录例外：周一至周五放假（off）和周六、周日调休上班（work）。", "A working-day calendar file: the national 调休 schedule, or a regional overlay on one (extends). Only exceptions are recorded: Monday–Friday days off (off) and Saturday/Sunday make-up working days (work). See rules/calendars/README.md."),
        [
            Of("id", CalendarId, "日历标识，须与文件名相同（cn.yaml 的 id 为 cn）。", "The calendar's id; must equal the file's name without .yaml.", KeyPresence.Required),
            Of("name", new V.Text(1), "日历名称。", "The calendar's human-readable name.", KeyPresence.Required),
            Of("extends", CalendarId, "所叠加的基础日历（同目录下的文件或内置日历，如 cn）。有此键即为地方叠加日历。", "The calendar this one overlays: a file next to this one or a built-in calendar such as cn. A calendar with extends is an overlay."),
            Of("sources", new V.Named(new V.Mapping("source")), "来源：键为来源代号（如 XJ-2016a），在条目的 sources 中引用。", "Sources, keyed by a short key (such as XJ-2016a) that entries cite in their sources."),
            Of("years", new V.ListOf(new V.Mapping("year")), "年度块，每年一个。全国日历须覆盖连续的年份。", "Year blocks, one per year. A national calendar covers consecutive years.", KeyPresence.Required),
        ]);

    /// <summary>A source (a value of <c>sources</c>).</summary>
    public static readonly MappingGrammar Source = new(
        "source",
        "a source",
        new("一个来源。", "A source."),
        [
            Of("title", new V.Text(), "来源说明（文件名称、文号、日期）。", "What the source is (title, document number, date).", KeyPresence.Required),
            Of("urls", new V.ListOf(new V.Text()), "来源地址，按记录原样。", "Where the source was read, as recorded."),
        ]);

    /// <summary>A year block (an item of <c>years</c>).</summary>
    public static readonly MappingGrammar Year = new(
        "year",
        "a year block",
        new("一年的例外日及其依据。", "A year's exception days and what they rest on."),
        [
            Of("year", new V.Whole(1900, 9998), "年份。该块的日期须在本年内（或自 begins 起）。", "The year. The block's dates lie in this year (or from begins).", KeyPresence.Required),
            Of("begins", new V.Date(), "通知的第一个假期始于上一年12月时，本块最早的日期（如2019年元旦：2018-12-29）。须为上一年12月的某日。", "When the notice's first break starts in December of the year before, the first date of the block (2019: 2018-12-29). Must be a day in December of the year before."),
            Of("note", new V.Text(), "说明。", "A note on the year."),
            Of("notices", new V.ListOf(new V.Mapping("notice")), "本年度的通知：先列原通知，后列修订通知（amends: true）。例外日期按修订后的结果记录。全国日历必填。", "The year's notices: the original first, then any amendments (amends: true). Exceptions are recorded as they stand after amendment. Required in a national calendar.", KeyPresence.RequiredUnlessOverlay),
            Of("exceptions", new V.ListOf(new V.Mapping("exception")), "例外日：周一至周五放假（off）、周六周日上班（work），叠加日历还可取消基础日历的调休上班日（cancel）。", "Exception days: Monday–Friday days off (off), Saturday/Sunday working days (work); an overlay may also cancel a make-up working day of its base (cancel)."),
            Of("unknown", new V.ListOf(new V.Mapping("unknown")), "放假日期不详的节日（叠加日历）：记为不详，不作猜测；期间按基础日历计算。", "Holidays whose days off are not known (overlays): recorded as unknown, never guessed; the base calendar's days apply there."),
        ]);

    /// <summary>A notice of a year block (an item of <c>notices</c>).</summary>
    public static readonly MappingGrammar Notice = new(
        "notice",
        "a notice",
        new("一份放假安排通知。", "One notice of the holiday arrangements."),
        [
            Of("title", new V.Text(), "通知标题。", "The notice's title.", KeyPresence.Required),
            Of("number", new V.Text(), "文号（已知时），如 国办发明电〔2022〕16号。", "The document number, when known."),
            Of("published", new V.Date(), "发布日期。", "The publication date.", KeyPresence.Required),
            Of("url", new V.Text(), "通知地址。", "Where the notice is published.", KeyPresence.Required),
            Of("amends", new V.Flag(), "是否为修订此前通知的通知（如2020年延长春节假期）。", "Whether this notice amends the one before (such as the 2020 Spring Festival extension)."),
            Of("summary", new V.Text(), "修订内容摘要。", "What the notice changed."),
        ]);

    /// <summary>An exception day (an item of <c>exceptions</c>).</summary>
    public static readonly MappingGrammar Exception = new(
        "exception",
        "an exception day",
        new("一个例外日。", "One exception day."),
        [
            Of("date", new V.Date(), "日期。", "The day.", KeyPresence.Required),
            Of("kind", new V.Choice(EntryKinds), "off：周一至周五放假；work：周六或周日调休上班；cancel：取消基础日历在该日的调休上班（叠加日历）。", "off: a Monday–Friday day off; work: a Saturday/Sunday make-up working day; cancel: the base calendar's make-up working day on this date becomes a rest day (overlays).", KeyPresence.Required),
            Of("holiday", new V.Text(), "节日名称，按通知原文，如 春节、中秋节、国庆节。", "The holiday as its notice names it.", KeyPresence.Required),
            Of("confidence", new V.Choice(Confidences), "可信度（叠加日历必填；全国日历默认 high）。", "How well the day is established (required in overlays; high by default in a national calendar).", KeyPresence.RequiredInOverlay),
            Of("sources", SourceKeys, "所依据的来源代号（见顶层 sources）。", "The keys of the sources this rests on (see the top-level sources)."),
            Of("note", new V.Text(), "说明。", "A note on the day."),
        ]);

    /// <summary>A holiday whose days off are not known (an item of <c>unknown</c>).</summary>
    public static readonly MappingGrammar Unknown = new(
        "unknown",
        "an unknown holiday",
        new("放假日期不详的节日。", "A holiday whose days off are not known."),
        [
            Of("holiday", new V.Text(), "节日名称，如 肉孜节。", "The holiday, such as 肉孜节.", KeyPresence.Required),
            Of("note", new V.Text(), "已知情况（如节日日期）及缺失内容。", "What is known (such as the festival date) and what is missing.", KeyPresence.Required),
            Of("sources", SourceKeys, "所依据的来源代号（见顶层 sources）。", "The keys of the sources this rests on (see the top-level sources)."),
            Of("around", new V.Mapping("around"), "放假日期可能落在的范围（含首尾），如按乌姆古拉历推算的节日日期前3天至节日天数后3天。只有跨越此范围的工作日计算才提示不确定；未给出时全年均提示。", "The window in which the holiday's days off could fall, both ends included, such as the festival date computed by the Umm al-Qura calendar from 3 days before to the festival's length plus 3 days after. Only working-day counts that overlap it are flagged as uncertain; without it the whole year is."),
        ]);

    /// <summary>The window of an unknown holiday (<c>around:</c>).</summary>
    public static readonly MappingGrammar Around = new(
        "around",
        "the window of an unknown holiday",
        new("放假日期可能落在的范围（含首尾）。", "The window in which the holiday's days off could fall, both ends included."),
        [
            Of("from", new V.Date(), "范围的第一天。", "The window's first day.", KeyPresence.Required),
            Of("to", new V.Date(), "范围的最后一天（不早于 from）。", "The window's last day (not before from).", KeyPresence.Required),
        ]);

    private static GrammarValue CalendarId => new V.Pattern(IdPattern, []);

    private static GrammarValue SourceKeys => new V.ListOf(new V.Text());
}
