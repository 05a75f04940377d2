namespace Compliance.Rules.Hosting;

/// <summary>
/// What a host serves: the rule sets, the host's calendar files, and whether edits are reloaded. Bound from the
/// <c>ComplianceRules</c> section of the host's configuration (<c>appsettings.json</c>) and validated at start-up.
/// </summary>
/// <remarks>
/// <code language="json">
/// "ComplianceRules": {
///   "RuleSets": [ "builtin:gb-2019", "rules/xjbt-2024" ],
///   "CalendarFiles": [ "rules/calendars/cn.yaml" ],
///   "DefaultRevision": "xjbt-2024",
///   "ReloadOnChange": true,
///   "ReloadDelay": "00:00:00.500"
/// }
/// </code>
/// A relative path is relative to the host's content root. Options are read once, at start-up: an edit of the
/// configuration itself takes effect when the host restarts; an edit of the rule files is reloaded while it runs.
/// </remarks>
public sealed class ComplianceRulesOptions
{
    /// <summary>The configuration section the options are bound from: <c>ComplianceRules</c>.</summary>
    public const string SectionName = "ComplianceRules";

    /// <summary>
    /// Gets the rule sets to serve, named as the command line names them: <c>builtin:&lt;id&gt;</c> or the path of a
    /// revision folder. Each is served under the id its <c>revision.yaml</c> gives; two may not give the same id.
    /// </summary>
    public IList<string> RuleSets { get; } = [];

    /// <summary>
    /// Gets the host's calendar files (such as a <c>cn.yaml</c> that adds 2027 to the built-in <c>cn</c>): each
    /// replaces the calendar of its id for every rule set, as the command line's <c>--calendar-file</c> does.
    /// </summary>
    public IList<string> CalendarFiles { get; } = [];

    /// <summary>
    /// Gets or sets the revision id served when a caller names none; <see langword="null"/> when there is only one
    /// rule set (then that one is the default).
    /// </summary>
    public string? DefaultRevision { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the revision folders and calendar files are watched, and reloaded in the
    /// background when they change (<see langword="true"/> by default). Built-in rule sets never change.
    /// </summary>
    public bool ReloadOnChange { get; set; } = true;

    /// <summary>
    /// Gets or sets how long the files must be quiet after a change before they are reloaded (half a second by
    /// default), so that an editor's save, or a copy of many files, is reloaded once. At most one hour.
    /// </summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
