using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Hosting;
using Compliance.Rules.Reporting;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.SampleService.Endpoints;

/// <summary>
/// <c>POST /evaluate?revision=&amp;as_of=&amp;assume_complete=</c> with a JSON facts document as the body
/// (<c>rules/schema/facts.schema.json</c>): the JSON report (<c>rules/schema/report.schema.json</c>).
/// </summary>
/// <remarks>
/// <c>revision</c> defaults to the default revision, <c>as_of</c> (ISO date) to today in Asia/Shanghai. Facts with errors,
/// inspector findings the rule set does not take, and an as-of date the calendar does not cover are refused with 400 and
/// every diagnostic (file <c>request</c>, line, column); an unknown revision is 404; a body over 64 MiB is 413.
/// </remarks>
internal static class EvaluateEndpoint
{
    /// <summary>The largest facts document taken, as Kestrel's limit in appsettings.json.</summary>
    public const long MaxFactsBytes = 64L * 1024 * 1024;

    private const string Source = "request";

    private static readonly DateTimeZone China = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static async Task<IResult> HandleAsync(HttpContext http, IRuleSetProvider provider, IClock clock)
    {
        var query = http.Request.Query;
        var revision = query["revision"].Count > 0 ? query["revision"].ToString() : null;
        if (!provider.TryGet(revision, out var rules))
        {
            var served = string.Join(", ", provider.State.Sources.Select(s => s.Active.RevisionId));
            return Problem(StatusCodes.Status404NotFound, $"no rule set of revision '{revision ?? "(default)"}' is served; served: {served}");
        }

        var asOf = clock.GetCurrentInstant().InZone(China).Date;
        if (query["as_of"].Count > 0)
        {
            var parsed = LocalDatePattern.Iso.Parse(query["as_of"].ToString());
            if (!parsed.Success)
            {
                return Problem(StatusCodes.Status400BadRequest, "as_of is not a date such as 2024-06-27");
            }

            asOf = parsed.Value;
        }

        if (!http.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "the facts must be a JSON document (Content-Type: application/json)");
        }

        var facts = await ReadFactsAsync(http.Request);
        if (facts is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, $"the facts document is larger than {MaxFactsBytes / (1024 * 1024)} MiB");
        }

        if (!facts.TryGetValue(out var batch))
        {
            return Refused("the facts have errors; nothing was evaluated", facts.Diagnostics);
        }

        var check = rules.RuleSet.Check(batch);
        if (!check.IsEmpty)
        {
            return Refused("the inspector findings do not fit the rule set; nothing was evaluated", check);
        }

        try
        {
            var options = new EvaluationOptions { AssumeComplete = query["assume_complete"] == "true", CancellationToken = http.RequestAborted };
            var result = rules.Evaluate(batch, asOf, options);
            return new JsonReportResult(BatchReport.Create(result, rules.RuleSet.Revision, batch));
        }
        catch (Exception ex) when (ex is CalendarRangeException or ArgumentOutOfRangeException)
        {
            return Problem(StatusCodes.Status400BadRequest, ex.Message);
        }
    }

    // The body, buffered (to a temporary file beyond 1 MiB) up to the limit, then read by the library's JSON facts reader.
    private static async Task<LoadResult<FactBatch>?> ReadFactsAsync(HttpRequest request)
    {
        request.EnableBuffering(bufferThreshold: 1024 * 1024, bufferLimit: MaxFactsBytes);
        try
        {
            await request.Body.DrainAsync(request.HttpContext.RequestAborted);
        }
        catch (IOException)
        {
            // Over the buffer's limit, or Kestrel's (BadHttpRequestException, an IOException, with 413).
            return null;
        }

        request.Body.Position = 0;
        return FactsInput.ReadJson(request.Body, Source);
    }

    private static IResult Problem(int status, string detail) => TypedResults.Problem(detail: detail, statusCode: status);

    private static IResult Refused(string detail, IEnumerable<Diagnostic> diagnostics) => TypedResults.Problem(
        detail: detail,
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["diagnostics"] = DiagnosticsJson.Of(diagnostics) });
}
