using System.Globalization;
using Compliance.Rules.Cli;

namespace Compliance.Rules.Tests.Cli;

/// <summary>
/// Runs the command line in process and captures what it writes. By default in the invariant culture, so the command
/// line speaks English whatever the culture of the machine running the tests; <see cref="RunIn"/> chooses the culture.
/// </summary>
internal static class CliRun
{
    public static (int Exit, string Output, string Error) Run(params string[] args) => RunIn(CultureInfo.InvariantCulture, args);

    public static (int Exit, string Output, string Error) RunIn(CultureInfo uiCulture, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApplication.Run(args, output, error, uiCulture);
        return (exit, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
