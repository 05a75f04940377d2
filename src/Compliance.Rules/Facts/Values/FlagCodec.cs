namespace Compliance.Rules.Facts.Values;

/// <summary>
/// A yes-or-no flag: <c>true</c> or <c>false</c> (also <c>True</c>/<c>TRUE</c>, <c>False</c>/<c>FALSE</c> as YAML and
/// spreadsheets write them) or 是/否; written <c>true</c> or <c>false</c>.
/// </summary>
internal sealed class FlagCodec : FieldCodec
{
    /// <summary>Gets the codec.</summary>
    public static FlagCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Boolean;

    /// <inheritdoc/>
    public override string Expected => "true or false";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        value = text switch
        {
            "true" or "True" or "TRUE" or "是" => true,
            "false" or "False" or "FALSE" or "否" => false,
            _ => null,
        };
        return value is not null;
    }

    /// <inheritdoc/>
    public override string Format(object value) => (bool)value ? "true" : "false";
}
