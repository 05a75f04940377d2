namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A yes-or-no flag: <c>true</c> or <c>false</c> (also <c>True</c>/<c>TRUE</c>, <c>False</c>/<c>FALSE</c> as YAML and
/// spreadsheets write them) or 是/否; written <c>true</c> or <c>false</c>.
/// </summary>
internal sealed class FlagCodec : FieldCodec
{
    /// <summary>Gets the words read as <see langword="true"/>.</summary>
    public static IReadOnlyList<string> TrueWords { get; } = ["true", "True", "TRUE", "是"];

    /// <summary>Gets the words read as <see langword="false"/>.</summary>
    public static IReadOnlyList<string> FalseWords { get; } = ["false", "False", "FALSE", "否"];

    /// <summary>Gets the codec.</summary>
    public static FlagCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Boolean;

    /// <inheritdoc/>
    public override string Expected => "true or false";

    /// <inheritdoc/>
    public override string? Pattern => $"^({string.Join("|", TrueWords.Concat(FalseWords))})$";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        value = TrueWords.Contains(text) ? true : FalseWords.Contains(text) ? false : null;
        return value is not null;
    }

    /// <inheritdoc/>
    public override string Format(object value) => (bool)value ? "true" : "false";
}
