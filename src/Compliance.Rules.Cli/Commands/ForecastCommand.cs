using System.CommandLine;
using Compliance.Rules.Cli.Texts;
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
    /// <param name="language">The language of its help and messages.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language)
    {
        var common = CommonTexts.For(language);
        var texts = ForecastTexts.For(language);
        var rulesOption = new Option<string>("--rules") { Description = RuleSetResolver.Description(common), HelpName = "rules", Required = true };
        var daysOption = new Option<int>("--days") { Description = texts.DaysOption, HelpName = "n", DefaultValueFactory = _ => 14 };
        var options = new ReportOptions(common, (texts.FactsOption, texts.AsOfOption, texts.AssumeCompleteOption));
        var command = new Command("forecast", texts.Description) { rulesOption };
        options.AddTo(command);
        command.Options.Add(daysOption);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var run = options.Read(parse, (texts.ReportName, "forecast", Notice: false), strict: false, interactive: false);
                var days = parse.GetValue(daysOption);
                if (days is < 1 or > ForecastAnalysis.MaxDays)
                {
                    throw new CommandInputException(texts.DaysOutOfRange(days, ForecastAnalysis.MaxDays));
                }

                return Run(parse.GetRequiredValue(rulesOption), parse.GetRequiredValue(options.Facts), days, run, (common, texts), output, error);
            }
            catch (Exception ex) when (ex is CommandInputException or ArgumentOutOfRangeException or EvaluationException or IOException or UnauthorizedAccessException)
            {
                error.WriteLine(TerminalText.Lines(common.ErrorPrefix + ex.Message));
                return Failure;
            }
        });
        return command;
    }

    private static int Run(string rulesValue, string factsPath, int days, EvaluateRun run, (CommonTexts Common, ForecastTexts Own) texts, TextWriter output, TextWriter error)
    {
        var rules = RuleSetResolver.TryResolve(rulesValue, run.CalendarFiles, texts.Common);
        if (!rules.TryGetValue(out var compiled))
        {
            return CommandInput.Refuse(error, rules.Errors, texts.Common.RuleSetNotLoaded(rulesValue), texts.Common);
        }

        if (CommandInput.ReadFacts(factsPath, error, texts.Common, out var refused) is not { } batch)
        {
            return refused;
        }

        var findingErrors = compiled.Check(batch);
        if (!findingErrors.IsEmpty)
        {
            return CommandInput.Refuse(error, findingErrors, texts.Own.FindingsDoNotFit(findingErrors.Length, factsPath, rulesValue), texts.Common);
        }

        var forecast = ForecastAnalysis.Run(compiled, batch, run.AsOf, days, new EvaluationOptions { AssumeComplete = run.AssumeComplete });
        ReportOutput.Write(ForecastReport.Create(forecast, compiled.Revision), run.Format, run.File, output);
        foreach (var warning in forecast.Current.Warnings)
        {
            error.WriteLine(TerminalText.Of(warning.ToString()));
        }

        return Success;
    }
}
