using System.CommandLine;
using Compliance.Rules.Calendar;
using Compliance.Rules.Cli.Texts;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The options by which a <c>calendar</c> subcommand is told its calendar: <c>--calendar</c>, or <c>--rules</c> for the
/// calendar a rule set names (found as evaluating with it would find it: its host calendar files, the
/// <c>calendars</c> folder beside a revision folder, the built-in calendars), and <c>--calendar-file</c>.
/// </summary>
internal sealed class CalendarChoice
{
    private readonly (CommonTexts Common, CalendarTexts Own) _texts;
    private readonly Option<string?> _calendar;
    private readonly Option<string?> _rules;
    private readonly Option<string[]> _calendarFiles;

    /// <summary>Initializes a new instance of the <see cref="CalendarChoice"/> class.</summary>
    /// <param name="texts">The texts of the run's language.</param>
    public CalendarChoice((CommonTexts Common, CalendarTexts Own) texts)
    {
        _texts = texts;
        _calendar = new Option<string?>("--calendar") { Description = texts.Own.CalendarOption(CalendarResolver.BuiltInIds), HelpName = "id" };
        _rules = new Option<string?>("--rules") { Description = texts.Own.RulesOption(RuleSetResolver.Description(texts.Common)), HelpName = "rules" };
        _calendarFiles = RuleSetResolver.CalendarFileOption(texts.Common);
    }

    /// <summary>Adds the options to a subcommand.</summary>
    /// <param name="command">The subcommand.</param>
    public void AddTo(Command command)
    {
        command.Options.Add(_calendar);
        command.Options.Add(_rules);
        command.Options.Add(_calendarFiles);
    }

    /// <summary>Finds the calendar the options name: <c>--calendar</c> first, then the calendar of <c>--rules</c>.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CommandInputException">Neither option is given, or what they name does not exist or has errors.</exception>
    public WorkingDayCalendar Resolve(ParseResult parse)
    {
        var files = parse.GetValue(_calendarFiles) ?? [];
        if (parse.GetValue(_calendar) is { } calendar)
        {
            return CalendarResolver.Resolve(calendar, files, _texts.Common);
        }

        if (parse.GetValue(_rules) is not { } rules)
        {
            throw new CommandInputException(_texts.Own.NoCalendar);
        }

        var loaded = RuleSetResolver.TryResolve(rules, files, _texts.Common);
        if (loaded.TryGetValue(out var compiled))
        {
            return compiled.Calendar;
        }

        var errors = loaded.Errors.ToList();
        throw new CommandInputException(_texts.Common.RuleSetHasErrors(rules, errors.Count) + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }
}
