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
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).Invoke(configuration);
    }
}
