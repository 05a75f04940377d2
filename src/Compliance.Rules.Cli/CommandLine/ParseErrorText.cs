using System.Text.RegularExpressions;
using Compliance.Rules.Cli.Texts;

namespace Compliance.Rules.Cli.CommandLine;

/// <summary>
/// Says a System.CommandLine parse error in our words and the run's language. Its own messages are English sentences
/// from its resources (the tool ships no satellite resources for it), some naming .NET types
/// (<c>Cannot parse argument 'abc' for option '--from' as expected type 'System.Int32'</c>); each known sentence is
/// matched and said again with a word for the kind of value (整数, a whole number) in place of the type.
/// </summary>
/// <remarks>
/// A sentence that matches none of the known forms (a newer System.CommandLine) is kept, with any .NET type name in it
/// replaced by the kind's word, so no type name ever reaches the user.
/// </remarks>
internal static partial class ParseErrorText
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly (Regex Pattern, Func<GroupCollection, CommonTexts, string> Say)[] KnownForms =
    [
        (Regex(@"^Option '(?<option>.+)' is required\.$"), (g, t) => t.Parse.OptionRequired(g["option"].Value)),
        (Regex(@"^Required argument '(?<argument>.+)' missing for command: '(?<command>.+)'\.$"), (g, t) => t.Parse.ArgumentRequired(g["argument"].Value, g["command"].Value)),
        (Regex(@"^Required argument missing for option: '(?<option>.+)'\.$"), (g, t) => t.Parse.OptionNeedsValue(g["option"].Value)),
        (Regex(@"^Option '(?<option>.+)' expects a single argument but (?<count>\d+) were provided\.$"), (g, t) => t.Parse.OptionTakesOneValue(g["option"].Value, g["count"].Value)),
        (Regex(@"^Unrecognized command or argument '(?<token>.*)'\.$"), (g, t) => t.Parse.Unrecognized(g["token"].Value)),
        (Regex(@"^Required command was not provided\.$"), (_, t) => t.Parse.CommandRequired),
        (Regex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>.+?)' as expected type '(?<type>.+?)'\.(?<choices> Did you mean one of the following\?.*)?$"), (g, t) => NotOfKind(g, g["option"].Value, t)),
        (Regex(@"^Cannot parse argument '(?<value>.*)' for command '(?<command>.+?)' as expected type '(?<type>.+?)'\.(?<choices> Did you mean one of the following\?.*)?$"), (g, t) => NotOfKind(g, null, t)),
        (Regex(@"^Cannot parse argument '(?<value>.*)' as expected type '(?<type>.+?)'\.$"), (g, t) => NotOfKind(g, null, t)),
        (Regex(@"^Argument '(?<value>.*)' not recognized\. Must be one of:(?<choices>.*)$"), (g, t) => t.Parse.NotOneOf(g["value"].Value, Choices(g["choices"].Value))),
        (Regex(@"^Response file not found '(?<file>.*)'\.$"), (g, t) => t.Parse.ResponseFileNotFound(g["file"].Value)),
        (Regex(@"^Error reading response file '(?<file>.*)': (?<reason>.*)$"), (g, t) => t.Parse.ResponseFileUnreadable(g["file"].Value, g["reason"].Value)),
        (Regex(@"^(?<option>\S+) option cannot be combined with other arguments\.$"), (g, t) => t.Parse.NotWithOtherArguments(g["option"].Value)),
    ];

    /// <summary>Says one parse error.</summary>
    /// <param name="message">System.CommandLine's message.</param>
    /// <param name="texts">The texts of the run's language.</param>
    /// <returns>The message to print (without the error prefix).</returns>
    public static string Of(string message, CommonTexts texts)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var (pattern, say) in KnownForms)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                return say(match.Groups, texts);
            }
        }

        return TypeName().Replace(message, m => Kind(m.Value, texts));
    }

    private static string NotOfKind(GroupCollection groups, string? option, CommonTexts texts)
    {
        var kind = Kind(groups["type"].Value, texts);
        var said = texts.Parse.NotOfKind(groups["value"].Value, option, kind);
        var choices = groups["choices"];
        return choices.Success ? $"{said}; {texts.Parse.NotOneOf(groups["value"].Value, Choices(choices.Value.Replace(" Did you mean one of the following?", string.Empty, StringComparison.Ordinal)))}" : said;
    }

    // The kind of value a .NET type holds, in words: System.Int32 and Nullable`1[System.Int32] are whole numbers.
    private static string Kind(string typeName, CommonTexts texts)
    {
        var name = typeName.Trim('\'');
        var inner = NullableOf().Match(name) is { Success: true } nullable ? nullable.Groups["inner"].Value : name;
        return inner switch
        {
            "System.Int32" or "System.Int64" or "System.Int16" or "System.Byte" or "System.SByte" or "System.UInt16" or "System.UInt32" or "System.UInt64" => texts.WholeNumber,
            "System.Decimal" or "System.Double" or "System.Single" => texts.Number,
            "System.Boolean" => texts.TrueOrFalse,
            "System.String" => texts.Text,
            _ => texts.Value,
        };
    }

    private static string Choices(string list) =>
        string.Join(", ", list.Split(['\r', '\n', '\t', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Regex Regex(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout);

    [GeneratedRegex(@"^System\.Nullable`1\[(?<inner>[^\]]+)\]$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NullableOf();

    [GeneratedRegex(@"'?System\.[A-Za-z0-9_.`]+(\[[^\]]*\])?'?", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex TypeName();
}
