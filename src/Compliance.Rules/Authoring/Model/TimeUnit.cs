namespace Compliance.Rules.Authoring.Model;

/// <summary>The units in which rule files count time.</summary>
internal enum TimeUnit
{
    /// <summary>Calendar days (自然日).</summary>
    CalendarDays,

    /// <summary>Working days (工作日) of the revision's calendar.</summary>
    WorkingDays,

    /// <summary>Calendar months.</summary>
    Months,

    /// <summary>Calendar years.</summary>
    Years,
}
