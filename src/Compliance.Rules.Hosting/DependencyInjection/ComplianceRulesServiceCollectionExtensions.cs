using System.Diagnostics.Metrics;
using Compliance.Rules.Hosting;
using Compliance.Rules.Hosting.Loading;
using Compliance.Rules.Hosting.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Compliance.Rules in a host's services.</summary>
public static class ComplianceRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IRuleSetProvider"/>: the rule sets of <see cref="ComplianceRulesOptions"/>, bound from the
    /// <c>ComplianceRules</c> section of the host's configuration and then from <paramref name="configure"/>, loaded
    /// when the host starts and reloaded when their files change.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets options beyond (or instead of) the configuration, such as <c>o =&gt; o.RuleSets.Add("builtin:gb-2019")</c>.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <remarks>
    /// When the host starts, the options are validated and the rule sets loaded: an invalid option or any error in the
    /// rule files (each logged with file:line:col) stops the host from starting, as <c>ValidateOnStart</c> does. Without
    /// a host, the rule sets are loaded when <see cref="IRuleSetProvider.State"/> is first read and reloaded only by
    /// <see cref="IRuleSetProvider.ReloadAsync"/>. Uses the host's <see cref="ILoggerFactory"/>,
    /// <see cref="IMeterFactory"/>, <see cref="TimeProvider"/> and content root when it has them. Calling it again only
    /// adds <paramref name="configure"/>.
    /// </remarks>
    public static IServiceCollection AddComplianceRules(this IServiceCollection services, Action<ComplianceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ComplianceRulesOptions>();
        if (!services.Any(d => d.ServiceType == typeof(RuleSetProvider)))
        {
            // Bound only when the host has a configuration, so that a bare service collection works too.
            services.AddSingleton<IConfigureOptions<ComplianceRulesOptions>>(sp => new ConfigureOptions<ComplianceRulesOptions>(
                o => sp.GetService<IConfiguration>()?.GetSection(ComplianceRulesOptions.SectionName).Bind(o)));
            options.ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ComplianceRulesOptions>, ComplianceRulesOptionsValidator>());
            services.TryAddSingleton(TimeProvider.System);
            services.TryAddSingleton(sp => new ComplianceRulesMetrics(sp.GetService<IMeterFactory>()));
            services.TryAddSingleton(sp => new RuleSetProvider(
                new RuleSourceSet(sp.GetRequiredService<IOptions<ComplianceRulesOptions>>().Value, ContentRoot(sp)),
                Logger(sp),
                sp.GetRequiredService<ComplianceRulesMetrics>(),
                sp.GetRequiredService<TimeProvider>()));
            services.TryAddSingleton<IRuleSetProvider>(sp => sp.GetRequiredService<RuleSetProvider>());
            services.AddSingleton<RuleSetLifetime>(sp => new RuleSetLifetime(
                sp.GetRequiredService<RuleSetProvider>(),
                sp.GetRequiredService<IOptions<ComplianceRulesOptions>>().Value,
                Logger(sp),
                sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<RuleSetLifetime>());
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        return services;
    }

    private static string ContentRoot(IServiceProvider services) =>
        services.GetService<IHostEnvironment>()?.ContentRootPath is { Length: > 0 } root ? root : Directory.GetCurrentDirectory();

    private static ILogger Logger(IServiceProvider services) =>
        (services.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger(ComplianceRulesTelemetry.LogCategory);
}
