using System.Globalization;

namespace Compliance.Rules.Cli.Texts;

/// <summary>
/// Chooses the <see cref="CliLanguage"/> of a run: <c>--lang zh</c> or <c>--lang en</c> when given, otherwise Chinese on a
/// Chinese user interface culture and English on any other.
/// </summary>
/// <remarks>
/// The language is chosen before the command tree is built, because every description in it is written in that
/// language; the option itself is then accepted by every command (see <see cref="OptionName"/>).
/// </remarks>
internal static class CliLanguages
{
    /// <summary>The option that forces a language.</summary>
    public const string OptionName = "--lang";

    /// <summary>Gets the language of a culture: Chinese for any zh culture (zh, zh-CN, zh-Hans, zh-TW…), English otherwise.</summary>
    /// <param name="culture">The user interface culture.</param>
    /// <returns>The language.</returns>
    public static CliLanguage Of(CultureInfo culture) =>
        culture.Name.Equals("zh", StringComparison.OrdinalIgnoreCase) || culture.Name.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
            ? CliLanguage.Chinese
            : CliLanguage.English;

    /// <summary>Reads a value of <c>--lang</c>: <c>zh</c> or <c>en</c> (a culture name such as <c>zh-CN</c> or <c>en-US</c> also does).</summary>
    /// <param name="text">The value.</param>
    /// <param name="language">The language when the value names one.</param>
    /// <returns>Whether the value names a language.</returns>
    public static bool TryParse(string? text, out CliLanguage language)
    {
        var value = text?.Trim() ?? string.Empty;
        language = CliLanguage.English;
        if (value.Equals("zh", StringComparison.OrdinalIgnoreCase) || value.StartsWith("zh-", StringComparison.OrdinalIgnoreCase))
        {
            language = CliLanguage.Chinese;
            return true;
        }

        return value.Equals("en", StringComparison.OrdinalIgnoreCase) || value.StartsWith("en-", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Finds the value of <c>--lang</c> among the arguments (<c>--lang zh</c>, <c>--lang=zh</c> or <c>--lang:zh</c>).</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The last value given, or <see langword="null"/> when the option is not given; an empty string when it lacks its value.</returns>
    public static string? FindOption(IReadOnlyList<string> args)
    {
        string? found = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                break;
            }

            if (arg == OptionName)
            {
                found = i + 1 < args.Count ? args[i + 1] : string.Empty;
            }
            else if (arg.Length > OptionName.Length && arg.StartsWith(OptionName, StringComparison.Ordinal) && arg[OptionName.Length] is '=' or ':')
            {
                found = arg[(OptionName.Length + 1)..];
            }
        }

        return found;
    }
}
