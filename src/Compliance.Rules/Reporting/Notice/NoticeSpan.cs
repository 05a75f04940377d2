namespace Compliance.Rules.Reporting.Notice;

/// <summary>A piece of a notice paragraph: text the report states, or a placeholder that a person must write or check.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Text">The text; a placeholder is written in 【】 and says what belongs there.</param>
/// <param name="ForEditor">Whether the editor must replace or check it (a document shows it highlighted).</param>
internal sealed record NoticeSpan(string Text, bool ForEditor);
