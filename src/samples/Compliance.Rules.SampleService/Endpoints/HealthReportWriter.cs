using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Compliance.Rules.SampleService.Endpoints;

/// <summary>
/// Writes <c>GET /health</c> as JSON with each check's description and data, so that a stale rule set says why (the
/// rejected edit's diagnostics with file:line:col), not only "Unhealthy".
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            Status = report.Status.ToString(),
            Checks = report.Entries.Select(e => new
            {
                Name = e.Key,
                Status = e.Value.Status.ToString(),
                e.Value.Description,
                Data = e.Value.Data,
            }),
        };
        return JsonSerializer.SerializeAsync(http.Response.Body, body, SnakeCaseJson.Options, http.RequestAborted);
    }
}
