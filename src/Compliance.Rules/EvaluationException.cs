namespace Compliance.Rules;

/// <summary>
/// Thrown when a subject cannot be evaluated, for example because one of its facts carries a date outside the
/// calendar's covered range; names the subject so that nothing fails silently.
/// </summary>
public sealed class EvaluationException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="EvaluationException"/> class.</summary>
    /// <param name="subjectId">The subject that could not be evaluated.</param>
    /// <param name="message">What went wrong.</param>
    /// <param name="inner">The underlying exception.</param>
    internal EvaluationException(string subjectId, string message, Exception? inner)
        : base(message, inner)
    {
        SubjectId = subjectId;
    }

    /// <summary>Gets the id of the subject that could not be evaluated.</summary>
    public string SubjectId { get; }
}
