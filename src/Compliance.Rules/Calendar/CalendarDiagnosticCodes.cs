namespace Compliance.Rules.Calendar;

/// <summary>
/// The stable codes of the problems a calendar file can have, beyond the YAML ones (CR0001 syntax, CR0002 unknown key,
/// CR0003 missing key, CR0004 wrong type, CR0005 key given twice). Documented in <c>rules/calendars/README.md</c>.
/// </summary>
internal static class CalendarDiagnosticCodes
{
    /// <summary>A <c>work</c> day that is not a Saturday or Sunday.</summary>
    public const string WorkOnWeekday = "CR1001";

    /// <summary>An <c>off</c> day that is a Saturday or Sunday (an ordinary rest day, not an exception).</summary>
    public const string OffOnWeekend = "CR1002";

    /// <summary>One date listed with two different kinds (off and working, or cancelled and working).</summary>
    public const string ConflictingKinds = "CR1003";

    /// <summary>One date listed twice with the same kind.</summary>
    public const string DuplicateDate = "CR1004";

    /// <summary>A date outside its year block (its year, from <c>begins</c> when given).</summary>
    public const string DateOutsideYear = "CR1005";

    /// <summary>An <c>extends</c> that names no calendar.</summary>
    public const string UnknownBase = "CR1006";

    /// <summary>A <c>cancel</c> of a make-up working day the base calendar does not have.</summary>
    public const string CancelWithoutMakeUpDay = "CR1007";

    /// <summary>A year with two blocks.</summary>
    public const string DuplicateYear = "CR1008";

    /// <summary>A national (base) calendar with no years, or with a gap between its years or between an overlay's added years and its base.</summary>
    public const string MissingYear = "CR1009";

    /// <summary>A <c>begins</c> that is not in December of the year before, or that would start before the covered range.</summary>
    public const string BeginsOutOfBounds = "CR1010";

    /// <summary>A source key that the file's <c>sources</c> does not define.</summary>
    public const string UnknownSource = "CR1011";

    /// <summary>An overlay day that the base calendar already has with the same kind.</summary>
    public const string RepeatsBase = "CR1012";

    /// <summary>Notices not in order: the first is an amendment, or a later one is not an amendment published after the one before.</summary>
    public const string NoticeOrder = "CR1013";

    /// <summary>Calendars that extend one another in a circle.</summary>
    public const string ExtendsCycle = "CR1014";

    /// <summary>An <c>id</c> that differs from the file's name.</summary>
    public const string IdMismatch = "CR1015";

    /// <summary>A holiday marked unknown in a year that also records days for it.</summary>
    public const string UnknownHolidayRecorded = "CR1016";

    /// <summary>A holiday marked unknown twice in one year.</summary>
    public const string UnknownHolidayTwice = "CR1017";

    /// <summary>An overlay year before the range of the calendar it extends, or a date outside the composed range.</summary>
    public const string OutsideBase = "CR1018";

    /// <summary>A calendar file or folder that cannot be read.</summary>
    public const string CannotRead = "CR1019";
}
