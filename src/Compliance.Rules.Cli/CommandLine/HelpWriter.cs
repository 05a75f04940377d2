using System.CommandLine;
using System.CommandLine.Help;
using Compliance.Rules.Cli.Texts;

namespace Compliance.Rules.Cli.CommandLine;

/// <summary>
/// Writes a command's help in the run's language: description, usage, arguments, options (with those its parents give
/// every command, such as <c>--help</c> and <c>--lang</c>) and subcommands.
/// </summary>
/// <remarks>
/// Written here rather than by System.CommandLine's help builder, whose titles, <c>(REQUIRED)</c> marks and default-value
/// labels come from its own resources in its own choice of language. Descriptions are not wrapped: the terminal wraps
/// them, and a column width counted in characters would be wrong for Chinese text.
/// </remarks>
internal static class HelpWriter
{
    /// <summary>The name of the tool, as users type it.</summary>
    public const string ToolName = "compliance-rules";

    /// <summary>Writes the help of a command.</summary>
    /// <param name="command">The command.</param>
    /// <param name="path">The command's names from the root, such as <c>["calendar", "deadline"]</c>; empty for the root.</param>
    /// <param name="inherited">The options its parents give to every command (<see cref="Option.Recursive"/>).</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(Command command, IReadOnlyList<string> path, IEnumerable<Option> inherited, CommonTexts texts, TextWriter output)
    {
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = command.Options.Concat(inherited).Where(o => !o.Hidden).Distinct().ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();
        if (!string.IsNullOrEmpty(command.Description))
        {
            output.WriteLine(command.Description);
            output.WriteLine();
        }

        output.WriteLine(texts.UsageTitle);
        var usage = new List<string> { CommandPath(path) };
        usage.AddRange(arguments.Select(Placeholder));
        if (subcommands.Count > 0)
        {
            usage.Add(texts.UsageCommand);
        }

        if (options.Count > 0)
        {
            usage.Add(texts.UsageOptions);
        }

        output.WriteLine("  " + string.Join(' ', usage));
        WriteSection(texts.ArgumentsTitle, arguments.Select(a => (Placeholder(a), a.Description ?? string.Empty)), output);
        WriteSection(texts.OptionsTitle, options.Select(o => (Label(o, texts), o.Description ?? string.Empty)), output);
        WriteSection(texts.CommandsTitle, subcommands.Select(c => (c.Name, c.Description ?? string.Empty)), output);
    }

    /// <summary>Gets the text users type to run a command, such as <c>compliance-rules calendar deadline</c>.</summary>
    /// <param name="path">The command's names from the root.</param>
    /// <returns>The text.</returns>
    public static string CommandPath(IEnumerable<string> path) => string.Join(' ', path.Prepend(ToolName));

    private static void WriteSection(string title, IEnumerable<(string Label, string Description)> rows, TextWriter output)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine(title);
        var width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in list)
        {
            output.WriteLine(("  " + label.PadRight(width) + description).TrimEnd());
        }
    }

    private static string Placeholder(Argument argument)
    {
        var name = $"<{argument.HelpName ?? argument.Name}>";
        return argument.Arity.MaximumNumberOfValues > 1 ? $"[{name}...]" : argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }

    private static string Label(Option option, CommonTexts texts)
    {
        var names = option.Aliases.Append(option.Name)
            .Where(n => n.StartsWith('-'))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n.Length)
            .ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool) && option is not HelpOption)
        {
            label += $" <{option.HelpName ?? option.Name.TrimStart('-')}>";
        }

        return option.Required ? $"{label} {texts.RequiredLabel}" : label;
    }
}
