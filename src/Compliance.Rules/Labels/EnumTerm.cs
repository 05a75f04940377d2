namespace Compliance.Rules.Labels;

/// <summary>
/// The words of the language for one enumeration member: the name rule files, facts and JSON output write, and the
/// Chinese label reports write and every reader also reads. One row of an <see cref="EnumTerms"/> table.
/// </summary>
/// <param name="Value">The member, written as the value itself so that renaming the C# member leaves the words as they are.</param>
/// <param name="Name">The language name (<c>policy_documents</c>): lower-case letters and digits in words joined by <c>_</c> (or, where a file format has always written it so, <c>-</c>).</param>
/// <param name="Label">The Chinese label (<c>政策文件</c>).</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record EnumTerm(Enum Value, string Name, string Label);
