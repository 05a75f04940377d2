using Compliance.Rules.Reporting;
using Microsoft.AspNetCore.WebUtilities;

namespace Compliance.Rules.SampleService.Endpoints;

/// <summary>
/// Writes a report as JSON with the library's writer. The writer is synchronous, which Kestrel does not allow on the
/// response: the report is written to a buffer (a temporary file beyond 1 MiB) and copied out asynchronously.
/// </summary>
internal sealed class JsonReportResult(BatchReport report) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await using var buffer = new FileBufferingWriteStream(memoryThreshold: 1024 * 1024);
        ReportWriter.Write(report, ReportFormat.Json, buffer);
        await buffer.DrainBufferAsync(httpContext.Response.Body, httpContext.RequestAborted);
    }
}
