using System.Text.Json;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Facts.Input;

/// <summary>One token of a JSON facts file, with its text and where it starts.</summary>
/// <param name="Type">The kind of token.</param>
/// <param name="Text">A property name or string (unescaped), a number as written, <c>true</c>, <c>false</c> or <c>null</c>; otherwise <see langword="null"/>.</param>
/// <param name="At">Where the token starts (for a string, its opening quote).</param>
internal readonly record struct JsonToken(JsonTokenType Type, string? Text, SourceLocation At);
