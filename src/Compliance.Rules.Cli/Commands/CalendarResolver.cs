using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Cli.Commands;

/// <summary>Turns the value of <c>--calendar</c> into a calendar: a built-in id, a calendar file, or a folder holding one calendar.</summary>
internal static class CalendarResolver
{
    /// <summary>The help text of <c>--calendar</c>.</summary>
    public static readonly string Description =
        $"The calendar: a built-in id ({string.Join(", ", WorkingDayCalendars.BuiltInIds)}), a calendar file (<id>.yaml, whose 'extends' may name a file next to it or a built-in), or a folder holding one calendar.";

    /// <summary>Finds the calendar a <c>--calendar</c> value names.</summary>
    /// <param name="value">The value: a built-in id first, otherwise a path.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CommandInputException">No such calendar, or its files have errors (every diagnostic is in the message).</exception>
    public static WorkingDayCalendar Resolve(string value) => Resolve(value, []);

    /// <summary>Finds the calendar a <c>--calendar</c> value names, among the host calendar files of <c>--calendar-file</c> first.</summary>
    /// <param name="value">The value: the id of a calendar in <paramref name="calendarFiles"/>, else a built-in id, else a path.</param>
    /// <param name="calendarFiles">The paths given by <c>--calendar-file</c>; every one is loaded and checked.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CommandInputException">No such calendar, or a file has errors (every diagnostic is in the message).</exception>
    public static WorkingDayCalendar Resolve(string value, IReadOnlyList<string> calendarFiles)
    {
        var hosted = Loaded("--calendar-file", RuleSetResolver.LoadCalendarFiles(calendarFiles)).FirstOrDefault(c => c.Id == value);
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
            return Loaded($"the calendar '{value}'", WorkingDayCalendars.LoadFile(value));
        }

        if (Directory.Exists(value))
        {
            var calendars = Loaded($"the calendar '{value}'", WorkingDayCalendars.LoadFolder(value));
            return calendars.Count == 1
                ? calendars[0]
                : throw new CommandInputException(
                    $"the folder '{value}' holds {calendars.Count} calendars ({string.Join(", ", calendars.Select(c => c.Id))}); give the file of the one wanted, such as {Path.Combine(value, calendars[^1].Id + ".yaml")}");
        }

        throw new CommandInputException(
            $"unknown calendar '{value}': it is neither a built-in calendar ({string.Join(", ", WorkingDayCalendars.BuiltInIds)}) nor an existing calendar file or folder");
    }

    private static T Loaded<T>(string what, LoadResult<T> result)
        where T : class
    {
        if (result.TryGetValue(out var value))
        {
            return value;
        }

        var errors = result.Errors.ToList();
        throw new CommandInputException(
            $"{what} has {errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors));
    }
}
