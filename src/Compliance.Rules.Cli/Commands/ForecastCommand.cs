using System.CommandLine;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Reporting;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>forecast</c> command (预警): what will fail, and when, if no new facts arrive. Evaluates a batch at the as-of
/// date and at the later dates where something can change, up to <c>--days</c> days ahead, and writes the warnings by
/// date and unit in the notice's style (将于{date}因{reason}不合格, or the indicator's own <c>warn</c> wording), the
/// messages waiting for an answer with their deadlines and working days left, and each subject's first change.
/// </summary>
/// <remarks>
/// Exit code 0 when the report was written (whatever it shows); 1 for an argument that cannot be used (a date that does
/// not parse, days out of range, an unknown format, a date of the forecast outside the calendar); 2 when the rule set or
/// the facts have errors, or the facts' inspector findings do not fit the rule set (nothing is forecast). Texts are in
/// <see cref="ForecastTexts"/>; no stack trace is ever printed.
/// </remarks>
internal static class ForecastCommand
{
    private const int Success = 0;
    private const int Failure = 1;

    /// <summary>Builds the <c>forecast</c> command.</summary>
    /// <returns>The command.</returns>
    public static Command Create()
    {
        var rulesOption = new Option<string>("--rules") { Description = RuleSetResolver.Description, Required = true };
        var factsOption = new Option<string>("--facts") { Description = ForecastTexts.Facts, Required = true };
        var asOfOption = new Option<string>("--as-of") { Description = ForecastTexts.AsOf, Required = true };
        var daysOption = new Option<int>("--days") { Description = ForecastTexts.Days, DefaultValueFactory = _ => 14 };
        var formatOption = new Option<string>("--format") { Description = ForecastTexts.Format, DefaultValueFactory = _ => "md" };
        var outOption = new Option<string?>("--out") { Description = ForecastTexts.Out };
        var completeOption = new Option<bool>("--assume-complete") { Description = ForecastTexts.AssumeComplete };
        var calendarOption = RuleSetResolver.CalendarFileOption();
        var command = new Command("forecast", ForecastTexts.Command)
        {
            rulesOption, factsOption, asOfOption, daysOption, formatOption, outOption, completeOption, calendarOption,
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var asOf = CommandInput.ParseDate(parse.GetRequiredValue(asOfOption));
                var days = parse.GetValue(daysOption);
                if (days is < 1 or > ForecastAnalysis.MaxDays)
                {
                    throw new CommandInputException(ForecastTexts.DaysOutOfRange(days));
                }

                var format = CommandInput.ParseFormat(parse.GetValue(formatOption), ForecastTexts.ReportName);
                var file = parse.GetValue(outOption);
                if (file is null && format is null)
                {
                    throw new CommandInputException(ForecastTexts.XlsxNeedsOut);
                }

                var run = new EvaluateRun(asOf, format, file, parse.GetValue(completeOption), Strict: false, Interactive: false)
                {
                    CalendarFiles = parse.GetValue(calendarOption) ?? [],
                };
                return Run(parse.GetRequiredValue(rulesOption), parse.GetRequiredValue(factsOption), days, run, output, error);
            }
            catch (Exception ex) when (ex is CommandInputException or ArgumentOutOfRangeException or EvaluationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(TerminalText.Of($"error: {ex.Message}"));
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string rulesValue, string factsPath, int days, EvaluateRun run, TextWriter output, TextWriter error)
    {
        var rules = RuleSetResolver.TryResolve(rulesValue, run.CalendarFiles);
        if (!rules.TryGetValue(out var compiled))
        {
            return CommandInput.Refuse(error, rules.Errors, ForecastTexts.RulesNotLoaded(rulesValue));
        }

        if (CommandInput.ReadFacts(factsPath, error, out var refused) is not { } batch)
        {
            return refused;
        }

        var findingErrors = compiled.Check(batch);
        if (!findingErrors.IsEmpty)
        {
            return CommandInput.Refuse(error, findingErrors, ForecastTexts.FindingsMisfit(findingErrors.Length, factsPath, rulesValue));
        }

        var forecast = ForecastAnalysis.Run(compiled, batch, run.AsOf, days, new EvaluationOptions { AssumeComplete = run.AssumeComplete });
        var report = ForecastReport.Create(forecast, compiled.Revision);
        ReportOutput.Write(run, output, (format, writer) => ReportWriter.Write(report, format, writer), (format, stream) => ReportWriter.Write(report, format, stream), report.Tables);
        foreach (var warning in forecast.Current.Warnings)
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        return Success;
    }
}
