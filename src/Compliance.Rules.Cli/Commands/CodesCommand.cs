using System.CommandLine;
using Compliance.Rules.Cli.Texts;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Testing;

namespace Compliance.Rules.Cli.Commands;

/// <summary>
/// The <c>codes</c> command: lists every diagnostic code the tool can report — the core library's catalogue
/// (<see cref="DiagnosticCodes"/>) and the regression cases' (<see cref="RegressionDiagnosticCodes"/>) — one a line, as
/// <c>code, severity, English title, Chinese title</c> separated by tabs, in the order of the codes.
/// </summary>
/// <remarks>Exit code 0.</remarks>
internal static class CodesCommand
{
    /// <summary>Builds the <c>codes</c> command.</summary>
    /// <param name="language">The language of its help.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliLanguage language)
    {
        var command = new Command("codes", language == CliLanguage.Chinese
            ? "列出本工具可能报告的全部诊断代码：代码、严重程度（error 错误 / warning 警告）、英文标题和中文标题，以制表符分隔。"
            : "List every diagnostic code the tool can report: code, severity (error or warning), English title and Chinese title, separated by tabs.");
        command.SetAction(parse =>
        {
            foreach (var descriptor in Catalogue())
            {
                parse.InvocationConfiguration.Output.WriteLine(Line(descriptor));
            }

            return 0;
        });
        return command;
    }

    /// <summary>Gets every descriptor the tool can report, in the order of their codes.</summary>
    /// <returns>The core's descriptors and the regression cases'.</returns>
    internal static IEnumerable<DiagnosticDescriptor> Catalogue() =>
        DiagnosticCodes.All.Concat(RegressionDiagnosticCodes.All).OrderBy(d => d.Code, StringComparer.Ordinal);

    private static string Line(DiagnosticDescriptor descriptor)
    {
        var severity = descriptor.DefaultSeverity == DiagnosticSeverity.Error ? "error" : "warning";
        return $"{TerminalText.Of(descriptor.Code)}\t{severity}\t{TerminalText.Of(descriptor.Title)}\t{TerminalText.Of(descriptor.ChineseTitle)}";
    }
}
