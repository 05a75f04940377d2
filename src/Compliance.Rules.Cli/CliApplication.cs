using System.CommandLine;

namespace Compliance.Rules.Cli;

/// <summary>Builds the <c>compliance-rules</c> command tree and runs it.</summary>
internal static class CliApplication
{
    /// <summary>Runs the command line with the given arguments and writers.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("compliance-rules: checks Chinese government websites and new-media accounts against the national indicators.");
        root.Subcommands.Add(Commands.CalendarCommand.Create());
        root.Subcommands.Add(Commands.EvaluateCommand.Create());
        root.Subcommands.Add(Commands.ValidateCommand.Create());
        root.Subcommands.Add(Commands.TestCommand.Create());
        root.Subcommands.Add(Commands.DiffCommand.Create());
        root.Subcommands.Add(Commands.ImpactCommand.Create());
        root.Subcommands.Add(Commands.ForecastCommand.Create());
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The commands report every expected problem themselves; what reaches here is a defect of the tool. The user
            // gets one line saying so, never a stack trace.
            error.WriteLine(Commands.TerminalText.Of($"internal error ({ex.GetType().Name}): {ex.Message.Split('\n', 2)[0]}; please report it with the command that was run"));
            return InternalError;
        }
    }

    /// <summary>The exit code of an unexpected failure of the tool itself (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;
}
