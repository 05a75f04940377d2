namespace Compliance.Rules.Cli.Texts;

/// <summary>The language the command line speaks: its help, messages and headings (not the reports, which are Chinese notices).</summary>
internal enum CliLanguage
{
    /// <summary>English: the default outside a Chinese culture.</summary>
    English,

    /// <summary>Simplified Chinese: the default when the user interface culture is Chinese (zh, zh-CN, zh-Hans…).</summary>
    Chinese,
}
