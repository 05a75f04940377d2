using Compliance.Rules.Diagnostics;
using Compliance.Rules.SampleService.Endpoints;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NodaTime;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddComplianceRules();
builder.Services.AddHealthChecks().AddComplianceRules();
builder.Services.AddProblemDetails();
builder.Services.AddSingleton<IClock>(SystemClock.Instance);

var app = builder.Build();
app.UseExceptionHandler();
app.MapPost("/evaluate", EvaluateEndpoint.HandleAsync);
app.MapGet("/rules", RulesEndpoint.Handle);
app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });

try
{
    await app.RunAsync();
    return 0;
}
catch (DiagnosticsException ex)
{
    // Every diagnostic was logged with its file, line and column: say why the service stopped, without a stack trace.
    await Console.Error.WriteLineAsync($"not started: the rule sets have {ex.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} errors");
    foreach (var diagnostic in ex.Diagnostics)
    {
        await Console.Error.WriteLineAsync(diagnostic.ToDisplayString());
    }

    return 1;
}
catch (OptionsValidationException ex)
{
    await Console.Error.WriteLineAsync("not started: " + string.Join("; ", ex.Failures));
    return 1;
}
catch (Exception ex) when (ex is IOException or InvalidOperationException)
{
    // A port already in use, for example. (The host's own "failed to start" log, which prints the stack trace, is
    // turned down to Critical in appsettings.json: the lines above say why.)
    await Console.Error.WriteLineAsync("not started: " + ex.Message);
    return 1;
}
