using System.CommandLine;
using Compliance.Rules.Calendar;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// Turns a rule-set argument (<c>--rules</c> or a positional argument) into a compiled rule set: <c>builtin:id</c> for a
/// revision built into the library, or the path of a revision folder (or of its <c>revision.yaml</c>), with the host
/// calendar files given by <c>--calendar-file</c>.
/// </summary>
internal static class RuleSetResolver
{
    /// <summary>Gets the help text of a rule-set argument.</summary>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The text, listing the built-in rule sets.</returns>
    public static string Description(CommonTexts texts) =>
        texts.RulesDescription(string.Join(", ", RuleSet.BuiltInIds.Select(id => "builtin:" + id)));

    /// <summary>Builds the <c>--calendar-file</c> option, which may be given several times.</summary>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The option.</returns>
    public static Option<string[]> CalendarFileOption(CommonTexts texts) => new("--calendar-file")
    {
        Description = texts.CalendarFileOption,
        HelpName = "path",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Normalises a rule-set argument: a path to a <c>revision.yaml</c> names its folder.</summary>
    /// <param name="value">The argument as given.</param>
    /// <returns><c>builtin:id</c> or a folder path.</returns>
    public static string Normalize(string value) =>
        File.Exists(value) && string.Equals(Path.GetFileName(value), "revision.yaml", StringComparison.Ordinal)
            ? Path.GetDirectoryName(Path.GetFullPath(value))!
            : value;

    /// <summary>Loads the rule set an argument names, with every diagnostic.</summary>
    /// <param name="value">The argument.</param>
    /// <returns>The compiled rule set with its warnings, or every diagnostic found.</returns>
    public static LoadResult<CompiledRuleSet> TryResolve(string value) => RuleSet.TryLoad(Normalize(value));

    /// <summary>Loads the rule set an argument names with the host's calendar files, with every diagnostic of both.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="calendarFiles">The paths given by <c>--calendar-file</c>; a calendar among them with the id of the revision's calendar replaces it.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>
    /// The compiled rule set with its warnings, or every diagnostic found: an error in a calendar file is reported as
    /// that error, with its file, line and column, and the rule set is then not loaded.
    /// </returns>
    /// <exception cref="CommandInputException">Two calendar files define the same calendar id.</exception>
    public static LoadResult<CompiledRuleSet> TryResolve(string value, IReadOnlyList<string> calendarFiles, CommonTexts texts)
    {
        var calendars = LoadCalendarFiles(calendarFiles, texts);
        if (!calendars.TryGetValue(out var loaded))
        {
            return LoadResult<CompiledRuleSet>.Failed(calendars.Diagnostics);
        }

        var rules = RuleSet.TryLoad(Normalize(value), loaded);
        var diagnostics = calendars.Diagnostics.Concat(rules.Diagnostics);
        return rules.TryGetValue(out var compiled) ? LoadResult<CompiledRuleSet>.Ok(compiled, diagnostics) : LoadResult<CompiledRuleSet>.Failed(diagnostics);
    }

    /// <summary>Loads the rule set an argument names.</summary>
    /// <param name="value">The argument.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The compiled rule set.</returns>
    /// <exception cref="CommandInputException">The rule set does not exist or has errors (every error is in the message).</exception>
    public static CompiledRuleSet Resolve(string value, CommonTexts texts)
    {
        var result = TryResolve(value);
        if (result.TryGetValue(out var rules))
        {
            return rules;
        }

        var errors = result.Errors.ToList();
        throw new CommandInputException(texts.RuleSetHasErrors(value, errors.Count) + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    /// <summary>Loads the host's calendar files, each with its own diagnostics.</summary>
    /// <param name="paths">The paths given by <c>--calendar-file</c>.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The calendars in the order given, or every problem of every file.</returns>
    /// <exception cref="CommandInputException">Two files define the same calendar id.</exception>
    public static LoadResult<IReadOnlyList<WorkingDayCalendar>> LoadCalendarFiles(IReadOnlyList<string> paths, CommonTexts texts)
    {
        var diagnostics = new List<Diagnostic>();
        var calendars = new List<WorkingDayCalendar>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var result = WorkingDayCalendars.LoadFile(path);
            diagnostics.AddRange(result.Diagnostics);
            if (!result.TryGetValue(out var calendar))
            {
                continue;
            }

            if (!files.TryAdd(calendar.Id, path))
            {
                throw new CommandInputException(texts.CalendarFilesDefineTheSameId(files[calendar.Id], path, calendar.Id));
            }

            calendars.Add(calendar);
        }

        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error)
            ? LoadResult<IReadOnlyList<WorkingDayCalendar>>.Failed(diagnostics)
            : LoadResult<IReadOnlyList<WorkingDayCalendar>>.Ok(calendars, diagnostics);
    }
}
