using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using Compliance.Rules.Cli.Texts;

namespace Compliance.Rules.Cli.CommandLine;

/// <summary>The action of <c>--help</c>: writes the help of the command given, in the run's language, on standard output.</summary>
internal sealed class LocalizedHelpAction : SynchronousCommandLineAction
{
    private readonly CommonTexts _texts;

    /// <summary>Initializes a new instance of the <see cref="LocalizedHelpAction"/> class.</summary>
    /// <param name="texts">The texts of the run's language.</param>
    public LocalizedHelpAction(CommonTexts texts) => _texts = texts;

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var chain = new List<CommandResult>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as CommandResult)
        {
            chain.Add(result);
        }

        chain.Reverse();
        var command = chain[^1].Command;
        var inherited = chain.Take(chain.Count - 1).SelectMany(c => c.Command.Options).Where(o => o.Recursive);
        HelpWriter.Write(command, [.. chain.Skip(1).Select(c => c.Command.Name)], inherited, _texts, parseResult.InvocationConfiguration.Output);
        return 0;
    }
}
