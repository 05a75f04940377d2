using Compliance.Rules.Diagnostics;
using Compliance.Rules.Hosting.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Compliance.Rules.Hosting.Tests.Startup;

/// <summary>Start-up: options bound from configuration and validated, rule sets loaded, the host refusing to start on an error.</summary>
public sealed class StartupTest : IDisposable
{
    private readonly XjbtRuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Start_RuleSetsFromConfiguration_ServesEachByRevisionIdAndTheDefault()
    {
        await using var host = RulesHost.Build(new Dictionary<string, string?>
        {
            ["RuleSets:0"] = "builtin:gb-2019",
            ["RuleSets:1"] = _folder.Revision,
            ["DefaultRevision"] = "xjbt-2024",
            ["ReloadOnChange"] = "false",
        });

        await host.StartHostAsync();

        host.Rules.Get().RevisionId.Should().Be("xjbt-2024");
        host.Rules.Get().Source.Should().Be(_folder.Revision);
        host.Rules.Get("gb-2019").ContentHash.Should().Be(RuleSet.BuiltIn("gb-2019").Revision.ContentHash);
        host.Rules.Get("xjbt-2024").ContentHash.Should().Be(RuleSet.BuiltIn("xjbt-2024").Revision.ContentHash, "the copied folder has the built-in overlay's content");
        host.Rules.State.IsStale.Should().BeFalse();
        host.Logs.Entries.Where(e => e.EventId.Id == 1).Select(e => e.Message).Should().HaveCount(2)
            .And.Contain(m => m.Contains("Loaded rule set gb-2019", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_RevisionNotServed_ThrowsNamingTheRevisionsServed()
    {
        await using var host = await RulesHost.StartAsync("builtin:gb-2019");

        var act = () => host.Rules.Get("gb-2015");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'gb-2015'*served: gb-2019*");
        host.Rules.TryGet("gb-2015", out _).Should().BeFalse();
        host.Rules.Get().RevisionId.Should().Be("gb-2019", "a single rule set is the default");
    }

    [Fact]
    public async Task Start_RuleFolderWithErrors_RefusesToStartAndListsEveryError()
    {
        _folder.Break();
        var messages = Path.Combine(_folder.Revision, "indicators", "2-messages.yaml");
        var lines = File.ReadAllLines(messages);
        var line = Array.FindIndex(lines, l => l.Contains("in: working_days, gt: 5", StringComparison.Ordinal));
        lines[line] = lines[line].Replace("in: working_days", "in: workdays", StringComparison.Ordinal);
        File.WriteAllLines(messages, lines);
        await using var host = RulesHost.Build(new Dictionary<string, string?> { ["RuleSets:0"] = _folder.Revision });

        var act = () => host.StartHostAsync();

        var thrown = (await act.Should().ThrowAsync<DiagnosticsException>()).Which;
        var errors = thrown.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        errors.Should().Contain(d => d.Location.File == _folder.NewMediaFile && d.Location.Line == _folder.WindowLine);
        errors.Should().Contain(d => d.Location.File == messages && d.Location.Line == line + 1);
        var logged = host.Logs.Entries;
        logged.Where(e => e.EventId.Id == 13 && e.Level == LogLevel.Error).Select(e => e.Message)
            .Should().Contain(m => m.StartsWith($"{_folder.NewMediaFile}:{_folder.WindowLine}:", StringComparison.Ordinal));
        logged.Should().ContainSingle(e => e.EventId.Id == 2 && e.Level == LogLevel.Critical);
    }

    [Fact]
    public async Task Start_InvalidOptions_RefusesToStartWithEveryFailureAtOnce()
    {
        await using var host = RulesHost.Build(new Dictionary<string, string?>
        {
            ["ReloadDelay"] = "-00:00:01",
            ["CalendarFiles:0"] = " ",
        });

        var act = () => host.StartHostAsync();

        var thrown = (await act.Should().ThrowAsync<OptionsValidationException>()).Which;
        thrown.Failures.Should().HaveCount(3);
        thrown.Failures.Should().Contain(f => f.StartsWith("ComplianceRules:RuleSets names no rule set", StringComparison.Ordinal))
            .And.Contain(f => f.StartsWith("ComplianceRules:ReloadDelay", StringComparison.Ordinal))
            .And.Contain(f => f.StartsWith("ComplianceRules:CalendarFiles:0 is blank", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_TwoRuleSetsOfOneRevision_RefusesToStart()
    {
        await using var host = RulesHost.Build(new Dictionary<string, string?> { ["RuleSets:0"] = "builtin:xjbt-2024", ["RuleSets:1"] = _folder.Revision });

        var act = () => host.StartHostAsync();

        (await act.Should().ThrowAsync<DiagnosticsException>()).Which.Diagnostics
            .Should().ContainSingle(d => d.Code == "CR6002" && d.Location.File == _folder.Revision && d.Message.Contains("builtin:xjbt-2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_DefaultRevisionNotServed_RefusesToStart()
    {
        await using var host = RulesHost.Build(new Dictionary<string, string?> { ["RuleSets:0"] = "builtin:gb-2019", ["DefaultRevision"] = "xjbt-2024" });

        var act = () => host.StartHostAsync();

        (await act.Should().ThrowAsync<DiagnosticsException>()).Which.Diagnostics
            .Should().ContainSingle(d => d.Code == "CR6003" && d.Message.Contains("'xjbt-2024'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddComplianceRules_ConfigureAfterConfiguration_AddsToTheBoundRuleSets()
    {
        await using var host = RulesHost.Build(
            new Dictionary<string, string?> { ["RuleSets:0"] = "builtin:gb-2019", ["ReloadOnChange"] = "false" },
            o =>
            {
                o.RuleSets.Add("builtin:xjbt-2024");
                o.DefaultRevision = "gb-2019";
            });

        await host.StartHostAsync();

        host.Rules.State.Sources.Select(s => s.Active.RevisionId).Should().Equal("gb-2019", "xjbt-2024");
    }
}
