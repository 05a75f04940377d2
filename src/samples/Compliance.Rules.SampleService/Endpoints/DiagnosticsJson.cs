using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.SampleService.Endpoints;

/// <summary>Diagnostics as the service's JSON shows them: one object each, with the position in its own fields.</summary>
internal static class DiagnosticsJson
{
    public static object[] Of(IEnumerable<Diagnostic> diagnostics) =>
    [
        .. diagnostics.Select(d => new
        {
            Severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            d.Code,
            d.Message,
            d.Location.File,
            d.Location.Line,
            d.Location.Column,
            d.Subject,
        }),
    ];
}
