using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Facts.Input;

/// <summary>One data row of a CSV facts file: the fact it made (if its values were good) and its identity as written.</summary>
/// <remarks>The identity is kept even when the fact could not be made, so that ids are checked on every row.</remarks>
/// <param name="Type">The fact type of the file.</param>
/// <param name="Fact">The fact, or <see langword="null"/> when a value of the row was wrong.</param>
/// <param name="Id">The id as written (or made from the file and line), if any.</param>
/// <param name="IdAt">Where the id is.</param>
/// <param name="SubjectId">For an observation, the subject id as written, if any.</param>
/// <param name="SubjectIdAt">Where the subject id is.</param>
internal sealed record CsvRecord(FactTypeInfo Type, object? Fact, string? Id, SourceLocation IdAt, string? SubjectId, SourceLocation SubjectIdAt)
{
    /// <summary>Gets whether the row is a subject (a website or an account) rather than an observation.</summary>
    public bool IsSubject => Type.SubjectKind is not null;
}
