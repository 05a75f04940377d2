namespace Compliance.Rules.Labels;

/// <summary>
/// A text of the language's documentation in Chinese and English: what a key, a value or an operator means. The
/// generated JSON Schemas show it to editors on hover, Chinese first.
/// </summary>
/// <param name="Chinese">The Chinese text.</param>
/// <param name="English">The English text.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal readonly record struct Bilingual(string Chinese, string English)
{
    /// <summary>Gets the text as a schema description: the Chinese line, then the English line.</summary>
    public string Description => Chinese + "\n" + English;
}
