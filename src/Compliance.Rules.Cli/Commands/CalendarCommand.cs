using System.CommandLine;
using System.Globalization;
using Compliance.Rules.Calendar;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>calendar</c> command: lists the exception days of a working-day calendar and answers working-day questions.
/// </summary>
/// <remarks>
/// Every subcommand takes <c>--calendar</c> (a built-in id such as <c>cn</c> or <c>cn-xj</c>, or a calendar file or
/// folder) and any number of <c>--calendar-file</c> (host calendar files; one whose id <c>--calendar</c> names is used,
/// so <c>--calendar cn --calendar-file cn.yaml</c> answers on a host's <c>cn</c> that adds 2027). Results go to standard output, one per line; problems go to standard error with exit code 1.
/// </remarks>
internal static class CalendarCommand
{
    /// <summary>The exit code for success.</summary>
    private const int Success = 0;

    /// <summary>The exit code for an argument that cannot be used or a date outside the calendar.</summary>
    private const int Failure = 1;

    /// <summary>Builds the <c>calendar</c> command and its subcommands.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var command = new Command("calendar", "Query the working-day calendar: national 调休 days and regional overlays such as Xinjiang's.");
        command.Subcommands.Add(ExceptionsCommand());
        command.Subcommands.Add(AddWorkingDaysCommand());
        command.Subcommands.Add(BetweenCommand());
        command.Subcommands.Add(IsWorkingDayCommand());
        command.Subcommands.Add(DeadlineCommand());
        return command;
    }

    private static Command ExceptionsCommand()
    {
        var calendarOption = CalendarOption();
        var calendarFileOption = RuleSetResolver.CalendarFileOption();
        var fromOption = new Option<int?>("--from") { Description = "The first year to list (default: the calendar's first year)." };
        var toOption = new Option<int?>("--to") { Description = "The last year to list, inclusive (default: the calendar's last year)." };
        var command = new Command(
            "exceptions",
            "List the exception days of whole years, sorted by date, one per line: 'YYYY-MM-DD off NAME' for a Monday–Friday day off, 'YYYY-MM-DD work NAME' for a Saturday/Sunday working day.")
        {
            calendarOption, calendarFileOption, fromOption, toOption,
        };
        command.SetAction(parse => Run(parse, calendarOption, calendarFileOption, (calendar, output) =>
        {
            var from = parse.GetValue(fromOption) ?? calendar.CoveredRange.Start.Year;
            var to = parse.GetValue(toOption) ?? calendar.CoveredRange.End.Year;
            if (to < from)
            {
                throw new CommandInputException(Invariant($"--to {to} is before --from {from}"));
            }

            foreach (var day in calendar.ExceptionsBetween(FirstDayOf(from, "--from"), LastDayOf(to, "--to")))
            {
                output.WriteLine(day.ToString());
            }
        }));
        return command;
    }

    private static Command AddWorkingDaysCommand()
    {
        var calendarOption = CalendarOption();
        var calendarFileOption = RuleSetResolver.CalendarFileOption();
        var dateArgument = DateArgument("date", "The date to count from (YYYY-MM-DD); it is never counted itself.");
        var daysArgument = new Argument<int>("working-days") { Description = "How many working days to move: forward when positive, back when negative." };
        var command = new Command("add-working-days", "Print the N-th working day after a date (before it when N is negative; the date itself when N is 0).")
        {
            calendarOption, calendarFileOption, dateArgument, daysArgument,
        };
        command.SetAction(parse => Run(parse, calendarOption, calendarFileOption, (calendar, output) =>
            output.WriteLine(Iso(calendar.AddWorkingDays(ParseDate(parse.GetValue(dateArgument)), parse.GetValue(daysArgument))))));
        return command;
    }

    private static Command BetweenCommand()
    {
        var calendarOption = CalendarOption();
        var calendarFileOption = RuleSetResolver.CalendarFileOption();
        var startArgument = DateArgument("start", "The exclusive start (YYYY-MM-DD), such as the date a request was received.");
        var endArgument = DateArgument("end", "The inclusive end (YYYY-MM-DD), such as the date it was answered.");
        var command = new Command("between", "Print the number of working days d with start < d <= end (negative when end is before start).")
        {
            calendarOption, calendarFileOption, startArgument, endArgument,
        };
        command.SetAction(parse => Run(parse, calendarOption, calendarFileOption, (calendar, output) =>
            output.WriteLine(calendar
                .WorkingDaysBetween(ParseDate(parse.GetValue(startArgument)), ParseDate(parse.GetValue(endArgument)))
                .ToString(CultureInfo.InvariantCulture))));
        return command;
    }

    private static Command IsWorkingDayCommand()
    {
        var calendarOption = CalendarOption();
        var calendarFileOption = RuleSetResolver.CalendarFileOption();
        var dateArgument = DateArgument("date", "The date (YYYY-MM-DD).");
        var command = new Command("is-working-day", "Print 'true' when the date is a working day, 'false' when it is not.")
        {
            calendarOption, calendarFileOption, dateArgument,
        };
        command.SetAction(parse => Run(parse, calendarOption, calendarFileOption, (calendar, output) =>
            output.WriteLine(calendar.IsWorkingDay(ParseDate(parse.GetValue(dateArgument))) ? "true" : "false")));
        return command;
    }

    private static Command DeadlineCommand()
    {
        var calendarOption = CalendarOption();
        var calendarFileOption = RuleSetResolver.CalendarFileOption();
        var dateArgument = DateArgument("received-on", "The date of receipt (YYYY-MM-DD); counting starts on the next working day.");
        var daysArgument = new Argument<int>("working-days") { Description = "The limit: answer within this many working days (0 or more)." };
        var command = new Command("deadline", "Print the last day allowed by 'answer within N working days' for something received on a date.")
        {
            calendarOption, calendarFileOption, dateArgument, daysArgument,
        };
        command.SetAction(parse => Run(parse, calendarOption, calendarFileOption, (calendar, output) =>
        {
            var workingDays = parse.GetValue(daysArgument);
            if (workingDays < 0)
            {
                throw new CommandInputException(Invariant($"the number of working days must be 0 or more, found {workingDays}"));
            }

            output.WriteLine(Iso(calendar.Deadline(ParseDate(parse.GetValue(dateArgument)), workingDays)));
        }));
        return command;
    }

    private static Option<string> CalendarOption() => new("--calendar") { Description = CalendarResolver.Description, Required = true };

    private static Argument<string> DateArgument(string name, string description) => new(name) { Description = description };

    private static int Run(ParseResult parse, Option<string> calendarOption, Option<string[]> calendarFileOption, Action<WorkingDayCalendar, TextWriter> body)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            var calendar = CalendarResolver.Resolve(parse.GetRequiredValue(calendarOption), parse.GetValue(calendarFileOption) ?? []);
            body(calendar, parse.InvocationConfiguration.Output);
            return Success;
        }
        catch (Exception ex) when (ex is CommandInputException or CalendarRangeException)
        {
            error.WriteLine($"error: {ex.Message}");
            return Failure;
        }
    }

    private static LocalDate ParseDate(string? text)
    {
        var result = LocalDatePattern.Iso.Parse(text ?? string.Empty);
        return result.Success
            ? result.Value
            : throw new CommandInputException($"'{text}' is not a date: expected YYYY-MM-DD, such as 2024-06-14");
    }

    private static LocalDate FirstDayOf(int year, string option) => new(CheckYear(year, option), 1, 1);

    private static LocalDate LastDayOf(int year, string option) => new(CheckYear(year, option), 12, 31);

    private static int CheckYear(int year, string option) =>
        year is >= 1 and <= 9999 ? year : throw new CommandInputException(Invariant($"{option} {year} is not a year"));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
