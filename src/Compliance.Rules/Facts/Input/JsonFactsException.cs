using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Thrown by <see cref="JsonTokenReader"/> when a JSON facts file cannot be read further (not well-formed, nested too
/// deep, a value too long); <see cref="JsonFactsReader"/> turns it into its diagnostic, so it never leaves the library.
/// </summary>
internal sealed class JsonFactsException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="JsonFactsException"/> class.</summary>
    public JsonFactsException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="JsonFactsException"/> class.</summary>
    /// <param name="message">The message.</param>
    public JsonFactsException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="JsonFactsException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public JsonFactsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the diagnostic to report.</summary>
    public Diagnostic? Diagnostic { get; init; }
}
