using System.Collections.Immutable;

namespace Compliance.Rules.Diagnostics;

/// <summary>
/// Thrown when rule, calendar or facts input has errors; carries every diagnostic, not only the first.
/// </summary>
public sealed class DiagnosticsException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="DiagnosticsException"/> class.</summary>
    /// <param name="diagnostics">Every diagnostic found; the message lists the errors among them.</param>
    public DiagnosticsException(IEnumerable<Diagnostic> diagnostics)
        : this(diagnostics.ToImmutableArray())
    {
    }

    private DiagnosticsException(ImmutableArray<Diagnostic> diagnostics)
        : base(BuildMessage(diagnostics))
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic found, errors and warnings.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string BuildMessage(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return $"{errors.Count} error(s):{Environment.NewLine}" + string.Join(Environment.NewLine, errors);
    }
}
