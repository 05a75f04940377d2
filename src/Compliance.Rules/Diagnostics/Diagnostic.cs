using System.Globalization;

namespace Compliance.Rules.Diagnostics;

/// <summary>
/// One problem found while loading rule, calendar or facts input: where it is, what is wrong and what was expected.
/// </summary>
/// <remarks>
/// Loaders report every problem they find at once as a list of diagnostics, never only the first one.
/// This type is immutable and thread-safe.
/// </remarks>
/// <param name="Severity">Whether the problem prevents the input from being used.</param>
/// <param name="Code">A stable code such as <c>CR1001</c>, for documentation and tests.</param>
/// <param name="Message">What is wrong, in words a policy editor understands, including what was expected.</param>
/// <param name="Location">Where the problem is.</param>
/// <param name="Subject">The id of the indicator, calendar year or facts row concerned, when there is one.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    string Message,
    SourceLocation Location,
    string? Subject = null)
{
    /// <summary>Creates a diagnostic of a catalogued code, with the code's severity.</summary>
    /// <param name="descriptor">The code, from <see cref="DiagnosticCodes"/> or the catalogue of the package that reports it.</param>
    /// <param name="message">What is wrong and what was expected.</param>
    /// <param name="location">Where the problem is.</param>
    /// <param name="subject">The indicator, calendar year or row concerned, if any.</param>
    /// <returns>The diagnostic, of the descriptor's <see cref="DiagnosticDescriptor.DefaultSeverity"/>.</returns>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, string message, SourceLocation location, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new(descriptor.DefaultSeverity, descriptor.Code, message, location, subject);
    }

    /// <summary>
    /// Formats the diagnostic as <c>file:line:col: error CODE: message</c>, followed by <c>[subject]</c> when there is one.
    /// </summary>
    /// <returns>The formatted diagnostic.</returns>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var subject = Subject is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" [{Subject}]");
        return string.Create(CultureInfo.InvariantCulture, $"{Location}: {severity} {Code}: {Message}{subject}");
    }

    /// <summary>
    /// Formats the diagnostic as <see cref="ToString"/> does, with every control character made visible (ESC as ␛, a
    /// line break as ␊, a bidirectional override as <c>\u202E</c>), so that text quoted from a hostile file cannot act on
    /// the terminal or log viewer that shows it.
    /// </summary>
    /// <returns>The formatted diagnostic, on one line.</returns>
    public string ToDisplayString() => PlainText.VisibleText.Of(ToString());
}
