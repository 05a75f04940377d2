using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Compliance.Rules.Hosting.Tests.SampleService;

/// <summary>
/// The sample service in-process, serving a rule folder on disk instead of its built-in 兵团 overlay (the first rule set of
/// its appsettings.json), with file watching on and a short reload delay.
/// </summary>
internal sealed class SampleServiceFactory(string ruleFolder) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ComplianceRules:RuleSets:0"] = ruleFolder,
            ["ComplianceRules:ReloadOnChange"] = "true",
            ["ComplianceRules:ReloadDelay"] = "00:00:00.200",
        }));
    }
}
