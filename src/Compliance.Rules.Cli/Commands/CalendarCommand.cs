using System.CommandLine;
using System.Globalization;
using Compliance.Rules.Calendar;
using Compliance.Rules.Cli.Texts;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>calendar</c> command: lists the exception days of a working-day calendar and answers working-day questions.
/// </summary>
/// <remarks>
/// Every subcommand takes the calendar as <c>--calendar</c> (a built-in id such as <c>cn</c> or <c>cn-xj</c>, or a
/// calendar file or folder) or as the calendar of a rule set, <c>--rules builtin:xjbt-2024</c> (which names
/// <c>cn-xj</c>); <c>--calendar</c> wins when both are given. Any number of <c>--calendar-file</c> add host calendar
/// files: one whose id is the calendar's is used, so <c>--calendar cn --calendar-file cn.yaml</c> answers on a host's
/// <c>cn</c> that adds 2027. Results go to standard output, one per line, the same in every language; problems go to
/// standard error with exit code 1.
/// </remarks>
internal static class CalendarCommand
{
    /// <summary>The exit code for success.</summary>
    private const int Success = 0;

    /// <summary>The exit code for an argument that cannot be used or a date outside the calendar.</summary>
    private const int Failure = 1;

    /// <summary>Builds the <c>calendar</c> command and its subcommands.</summary>
    /// <param name="language">The language of its help and messages.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language)
    {
        var texts = (Common: CommonTexts.For(language), Own: CalendarTexts.For(language));
        var command = new Command("calendar", texts.Own.Description);
        command.Subcommands.Add(ExceptionsCommand(texts));
        command.Subcommands.Add(AddWorkingDaysCommand(texts));
        command.Subcommands.Add(BetweenCommand(texts));
        command.Subcommands.Add(IsWorkingDayCommand(texts));
        command.Subcommands.Add(DeadlineCommand(texts));
        return command;
    }

    private static Command ExceptionsCommand((CommonTexts Common, CalendarTexts Own) texts)
    {
        var choice = new CalendarChoice(texts);
        var fromOption = new Option<int?>("--from") { Description = texts.Own.FromOption, HelpName = "year" };
        var toOption = new Option<int?>("--to") { Description = texts.Own.ToOption, HelpName = "year" };
        var command = new Command("exceptions", texts.Own.ExceptionsDescription) { fromOption, toOption };
        choice.AddTo(command);
        command.SetAction(parse => Run(parse, choice, texts, (calendar, output) =>
        {
            var from = parse.GetValue(fromOption) ?? calendar.CoveredRange.Start.Year;
            var to = parse.GetValue(toOption) ?? calendar.CoveredRange.End.Year;
            if (to < from)
            {
                throw new CommandInputException(texts.Own.ToBeforeFrom(to, from));
            }

            foreach (var day in calendar.ExceptionsBetween(FirstDayOf(from, "--from", texts.Own), LastDayOf(to, "--to", texts.Own)))
            {
                output.WriteLine(day.ToString());
            }
        }));
        return command;
    }

    private static Command AddWorkingDaysCommand((CommonTexts Common, CalendarTexts Own) texts)
    {
        var choice = new CalendarChoice(texts);
        var dateArgument = DateArgument("date", texts.Own.CountFromArgument);
        var daysArgument = new Argument<int>("working-days") { Description = texts.Own.MoveArgument };
        var command = new Command("add-working-days", texts.Own.AddWorkingDaysDescription) { dateArgument, daysArgument };
        choice.AddTo(command);
        command.SetAction(parse => Run(parse, choice, texts, (calendar, output) =>
            output.WriteLine(Iso(calendar.AddWorkingDays(ParseDate(parse.GetValue(dateArgument), dateArgument, texts.Common), parse.GetValue(daysArgument))))));
        return command;
    }

    private static Command BetweenCommand((CommonTexts Common, CalendarTexts Own) texts)
    {
        var choice = new CalendarChoice(texts);
        var startArgument = DateArgument("start", texts.Own.StartArgument);
        var endArgument = DateArgument("end", texts.Own.EndArgument);
        var command = new Command("between", texts.Own.BetweenDescription) { startArgument, endArgument };
        choice.AddTo(command);
        command.SetAction(parse => Run(parse, choice, texts, (calendar, output) =>
            output.WriteLine(calendar
                .WorkingDaysBetween(ParseDate(parse.GetValue(startArgument), startArgument, texts.Common), ParseDate(parse.GetValue(endArgument), endArgument, texts.Common))
                .ToString(CultureInfo.InvariantCulture))));
        return command;
    }

    private static Command IsWorkingDayCommand((CommonTexts Common, CalendarTexts Own) texts)
    {
        var choice = new CalendarChoice(texts);
        var dateArgument = DateArgument("date", texts.Own.DateArgument);
        var command = new Command("is-working-day", texts.Own.IsWorkingDayDescription) { dateArgument };
        choice.AddTo(command);
        command.SetAction(parse => Run(parse, choice, texts, (calendar, output) =>
            output.WriteLine(calendar.IsWorkingDay(ParseDate(parse.GetValue(dateArgument), dateArgument, texts.Common)) ? "true" : "false")));
        return command;
    }

    private static Command DeadlineCommand((CommonTexts Common, CalendarTexts Own) texts)
    {
        var choice = new CalendarChoice(texts);
        var dateArgument = DateArgument("received-on", texts.Own.ReceivedArgument);
        var daysArgument = new Argument<int>("working-days") { Description = texts.Own.LimitArgument };
        var command = new Command("deadline", texts.Own.DeadlineDescription) { dateArgument, daysArgument };
        choice.AddTo(command);
        command.SetAction(parse => Run(parse, choice, texts, (calendar, output) =>
        {
            var workingDays = parse.GetValue(daysArgument);
            if (workingDays < 0)
            {
                throw new CommandInputException(texts.Own.NegativeWorkingDays(workingDays));
            }

            output.WriteLine(Iso(calendar.Deadline(ParseDate(parse.GetValue(dateArgument), dateArgument, texts.Common), workingDays)));
        }));
        return command;
    }

    private static Argument<string> DateArgument(string name, string description) => new(name) { Description = description };

    private static int Run(ParseResult parse, CalendarChoice choice, (CommonTexts Common, CalendarTexts Own) texts, Action<WorkingDayCalendar, TextWriter> body)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            body(choice.Resolve(parse), parse.InvocationConfiguration.Output);
            return Success;
        }
        catch (Exception ex) when (ex is CommandInputException or CalendarRangeException)
        {
            error.WriteLine(TerminalText.Lines(texts.Common.ErrorPrefix + ex.Message));
            return Failure;
        }
    }

    private static LocalDate ParseDate(string? text, Argument argument, CommonTexts texts) => CommandInput.ParseDate(text, $"<{argument.Name}>", texts);

    private static LocalDate FirstDayOf(int year, string option, CalendarTexts texts) => new(CheckYear(year, option, texts), 1, 1);

    private static LocalDate LastDayOf(int year, string option, CalendarTexts texts) => new(CheckYear(year, option, texts), 12, 31);

    private static int CheckYear(int year, string option, CalendarTexts texts) =>
        year is >= 1 and <= 9999 ? year : throw new CommandInputException(texts.NotAYear(option, year));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
