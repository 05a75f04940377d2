using Compliance.Rules.Calendar;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Cli.Commands;

/// <summary>Turns the value of <c>--calendar</c> into a calendar: a built-in id, a calendar file, or a folder holding one calendar.</summary>
internal static class CalendarResolver
{
    /// <summary>Gets the built-in calendar ids as help and messages list them.</summary>
    public static string BuiltInIds => string.Join(", ", WorkingDayCalendars.BuiltInIds);

    /// <summary>Finds the calendar a <c>--calendar</c> value names, among the host calendar files of <c>--calendar-file</c> first.</summary>
    /// <param name="value">The value: the id of a calendar in <paramref name="calendarFiles"/>, else a built-in id, else a path.</param>
    /// <param name="calendarFiles">The paths given by <c>--calendar-file</c>; every one is loaded and checked.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CommandInputException">No such calendar, or a file has errors (every diagnostic is in the message).</exception>
    public static WorkingDayCalendar Resolve(string value, IReadOnlyList<string> calendarFiles, CommonTexts texts)
    {
        var hosted = Loaded(texts.CalendarFileHasErrors, RuleSetResolver.LoadCalendarFiles(calendarFiles, texts)).FirstOrDefault(c => c.Id == value);
        if (hosted is not null)
        {
            return hosted;
        }

        if (WorkingDayCalendars.BuiltInIds.Contains(value))
        {
            return WorkingDayCalendars.BuiltIn(value);
        }

        if (File.Exists(value))
        {
            return Loaded(count => texts.CalendarHasErrors(value, count), WorkingDayCalendars.LoadFile(value));
        }

        if (Directory.Exists(value))
        {
            var calendars = Loaded(count => texts.CalendarHasErrors(value, count), WorkingDayCalendars.LoadFolder(value));
            return calendars.Count == 1
                ? calendars[0]
                : throw new CommandInputException(texts.CalendarFolderHoldsSeveral(
                    value, calendars.Count, string.Join(", ", calendars.Select(c => c.Id)), Path.Combine(value, calendars[^1].Id + ".yaml")));
        }

        throw new CommandInputException(texts.UnknownCalendar(value, BuiltInIds));
    }

    private static T Loaded<T>(Func<int, string> heading, LoadResult<T> result)
        where T : class
    {
        if (result.TryGetValue(out var value))
        {
            return value;
        }

        var errors = result.Errors.ToList();
        throw new CommandInputException(heading(errors.Count) + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }
}
