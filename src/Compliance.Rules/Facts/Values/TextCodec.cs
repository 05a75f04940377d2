namespace Compliance.Rules.Facts.Values;

/// <summary>Text: taken as written.</summary>
internal sealed class TextCodec : FieldCodec
{
    /// <summary>Gets the codec.</summary>
    public static TextCodec Instance { get; } = new();

    /// <inheritdoc/>
    public override FieldKind Kind => FieldKind.Text;

    /// <inheritdoc/>
    public override string Expected => "text";

    /// <inheritdoc/>
    public override bool TryParse(string text, out object? value)
    {
        value = text;
        return true;
    }

    /// <inheritdoc/>
    public override string Format(object value) => (string)value;
}
