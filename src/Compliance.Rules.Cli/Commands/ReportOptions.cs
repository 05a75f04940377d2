using System.CommandLine;
using Compliance.Rules.Cli.Texts;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The options the commands that evaluate facts and write a report share (<c>evaluate</c>, <c>impact</c>):
/// <c>--facts</c>, <c>--as-of</c>, <c>--format</c>, <c>--out</c>, <c>--assume-complete</c> and <c>--calendar-file</c>,
/// and how their values become an <see cref="EvaluateRun"/>.
/// </summary>
internal sealed class ReportOptions
{
    private readonly CommonTexts _texts;
    private readonly Option<string> _asOf;
    private readonly Option<string> _format;
    private readonly Option<string?> _out;
    private readonly Option<bool> _assumeComplete;
    private readonly Option<string[]> _calendarFiles;

    /// <summary>Initializes a new instance of the <see cref="ReportOptions"/> class.</summary>
    /// <param name="texts">The texts of the run's language.</param>
    /// <param name="descriptions">The command's own descriptions of <c>--facts</c>, <c>--as-of</c> and <c>--assume-complete</c>.</param>
    public ReportOptions(CommonTexts texts, (string Facts, string AsOf, string AssumeComplete) descriptions)
    {
        _texts = texts;
        Facts = new Option<string>("--facts") { Description = descriptions.Facts, HelpName = "path", Required = true };
        _asOf = new Option<string>("--as-of") { Description = descriptions.AsOf, HelpName = "date", Required = true };
        _format = new Option<string>("--format") { Description = texts.FormatOption, HelpName = "md|csv|json|xlsx|docx", DefaultValueFactory = _ => "md" };
        _out = new Option<string?>("--out") { Description = texts.OutOption, HelpName = "file" };
        _assumeComplete = new Option<bool>("--assume-complete") { Description = descriptions.AssumeComplete };
        _calendarFiles = RuleSetResolver.CalendarFileOption(texts);
    }

    /// <summary>Gets the <c>--facts</c> option.</summary>
    public Option<string> Facts { get; }

    /// <summary>Adds the options to a command, after the options it has.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Facts, _asOf, _format, _out, _assumeComplete, _calendarFiles })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Reads the options' values.</summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="report">What the report is called (for the message refusing docx), the stem of an example file for a binary format, and whether the command writes a notice draft (docx).</param>
    /// <param name="strict">Whether any warning fails the run.</param>
    /// <param name="interactive">Whether standard error is an interactive terminal.</param>
    /// <returns>The run's settings.</returns>
    /// <exception cref="CommandInputException">A date or format that cannot be used, or xlsx without <c>--out</c>.</exception>
    public EvaluateRun Read(ParseResult parse, (string Name, string Example, bool Notice) report, bool strict, bool interactive)
    {
        var asOf = CommandInput.ParseDate(parse.GetRequiredValue(_asOf), "--as-of", _texts);
        var format = CommandInput.ParseFormat(parse.GetValue(_format), (report.Name, report.Notice), _texts);
        var file = parse.GetValue(_out);
        if (file is null && format.TextFormat() is null)
        {
            throw new CommandInputException(_texts.BinaryNeedsOut(format.Name(), $"{report.Example}.{format.Name()}"));
        }

        return new EvaluateRun(asOf, format, file, parse.GetValue(_assumeComplete), strict, interactive)
        {
            CalendarFiles = parse.GetValue(_calendarFiles) ?? [],
        };
    }
}
