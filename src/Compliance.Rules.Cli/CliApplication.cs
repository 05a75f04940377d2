using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using Compliance.Rules.Cli.CommandLine;
using Compliance.Rules.Cli.Commands;
using Compliance.Rules.Cli.Texts;

namespace Compliance.Rules.Cli;

/// <summary>Builds the <c>compliance-rules</c> command tree in the run's language and runs it.</summary>
/// <remarks>
/// The language is Chinese on a Chinese user interface culture and English on any other, unless <c>--lang zh|en</c>
/// says otherwise (<see cref="CliLanguages"/>). Help, the commands' messages and headings and the parse errors are
/// written in it; the reports are Chinese notices in every language, and the library's diagnostics
/// (<c>file:line:col: error CODE: …</c>) are English with stable codes.
/// </remarks>
internal static class CliApplication
{
    /// <summary>The exit code of an unexpected failure of the tool itself (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;

    /// <summary>The exit code of arguments that do not parse.</summary>
    private const int UsageError = 1;

    /// <summary>Runs the command line with the given arguments and writers, in the language of the current UI culture.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, CultureInfo.CurrentUICulture);

    /// <summary>Runs the command line with the given arguments and writers.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="uiCulture">The user interface culture, which chooses the language unless <c>--lang</c> is given.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, CultureInfo uiCulture)
    {
        ArgumentNullException.ThrowIfNull(args);
        var language = CliLanguages.Of(uiCulture);
        var forced = CliLanguages.FindOption(args);
        if (forced is not null && !CliLanguages.TryParse(forced, out language))
        {
            var texts = CommonTexts.For(CliLanguages.Of(uiCulture));
            error.WriteLine(TerminalText.Of(texts.ErrorPrefix + texts.LangInvalid(forced)));
            return UsageError;
        }

        var common = CommonTexts.For(language);
        try
        {
            var parse = Build(language).Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
            {
                return ParseErrors(parse, common, error);
            }

            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The commands report every expected problem themselves; what reaches here is a defect of the tool. The user
            // gets one line saying so, never a stack trace.
            error.WriteLine(TerminalText.Of(common.ErrorPrefix + common.InternalError(ex.Message.Split('\n', 2)[0].TrimEnd())));
            return InternalError;
        }
    }

    private static RootCommand Build(CliLanguage language)
    {
        var common = CommonTexts.For(language);
        var root = new RootCommand(common.RootDescription);
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = common.HelpOption;
                help.Action = new LocalizedHelpAction(common);
            }
            else if (option is VersionOption version)
            {
                version.Description = common.VersionOption;
            }
        }

        root.Options.Add(new Option<string>(CliLanguages.OptionName) { Description = common.LangOption, HelpName = "zh|en", Recursive = true });
        root.Subcommands.Add(CalendarCommand.Create(language));
        root.Subcommands.Add(EvaluateCommand.Create(language));
        root.Subcommands.Add(ValidateCommand.Create(language));
        root.Subcommands.Add(TestCommand.Create(language));
        root.Subcommands.Add(DiffCommand.Create(language));
        root.Subcommands.Add(ImpactCommand.Create(language));
        root.Subcommands.Add(ForecastCommand.Create(language));
        root.Subcommands.Add(CodesCommand.Create(language));
        return root;
    }

    private static int ParseErrors(ParseResult parse, CommonTexts texts, TextWriter error)
    {
        foreach (var message in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            error.WriteLine(TerminalText.Of(texts.ErrorPrefix + ParseErrorText.Of(message, texts)));
        }

        var path = new List<string>();
        for (var result = parse.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            path.Insert(0, result.Command.Name);
        }

        error.WriteLine(TerminalText.Of(texts.HelpHint(HelpWriter.CommandPath(path))));
        return UsageError;
    }
}
