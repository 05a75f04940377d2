using Compliance.Rules.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddComplianceRules();                    // the "ComplianceRules" section of appsettings.json
builder.Services.AddHealthChecks().AddComplianceRules();  // unhealthy while the latest edit of a rule set is rejected
var app = builder.Build();
app.MapHealthChecks("/health");

app.MapGet("/revision", (IRuleSetProvider rules) =>
{
    var active = rules.Get(); // one rule set for the whole request: a reload never changes it under an evaluation
    return $"{active.RevisionId} {active.ContentHash}";
});
app.Run();
