namespace Compliance.Rules.Cli.Texts;

/// <summary>System.CommandLine's parse errors in our words, in one language (see <see cref="CommonTexts.Parse"/>).</summary>
internal sealed record ParseErrorTexts
{
    /// <summary>Gets the message for a required option that was not given.</summary>
    public required Func<string, string> OptionRequired { get; init; }

    /// <summary>Gets the message for a required argument that was not given, given the argument and the command.</summary>
    public required Func<string, string, string> ArgumentRequired { get; init; }

    /// <summary>Gets the message for an option given without its value.</summary>
    public required Func<string, string> OptionNeedsValue { get; init; }

    /// <summary>Gets the message for an option of one value given several, given the option and the count.</summary>
    public required Func<string, string, string> OptionTakesOneValue { get; init; }

    /// <summary>Gets the message for a token that is not a command, argument or option of the command.</summary>
    public required Func<string, string> Unrecognized { get; init; }

    /// <summary>Gets the message for a command that needs a subcommand.</summary>
    public required string CommandRequired { get; init; }

    /// <summary>Gets the message for a value of the wrong kind, given the value, the option (or <see langword="null"/> for an argument) and the kind's word.</summary>
    public required Func<string, string?, string, string> NotOfKind { get; init; }

    /// <summary>Gets the message for a value outside a list of choices.</summary>
    public required Func<string, string, string> NotOneOf { get; init; }

    /// <summary>Gets the message for a response file (<c>@file</c>) that does not exist.</summary>
    public required Func<string, string> ResponseFileNotFound { get; init; }

    /// <summary>Gets the message for a response file that cannot be read, given the file and the reason.</summary>
    public required Func<string, string, string> ResponseFileUnreadable { get; init; }

    /// <summary>Gets the message for <c>--version</c> given with other arguments.</summary>
    public required Func<string, string> NotWithOtherArguments { get; init; }
}
