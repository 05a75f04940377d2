using Microsoft.Extensions.Logging;

namespace Compliance.Rules.Hosting.Observability;

/// <summary>Every log message of the package, with its event id (listed in <see cref="ComplianceRulesTelemetry"/>).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "RuleSetLoaded", Level = LogLevel.Information,
        Message = "Loaded rule set {RevisionId} (content hash {ContentHash}) from {Source}: {RuleCount} rules, {WarningCount} warnings (logged at debug level), generation {Generation}")]
    public static partial void Loaded(ILogger logger, string revisionId, string contentHash, string source, int ruleCount, int warningCount, long generation);

    [LoggerMessage(EventId = 2, EventName = "RuleSetLoadRefused", Level = LogLevel.Critical,
        Message = "The rule sets could not be loaded ({ErrorCount} errors, each logged above): the host does not start")]
    public static partial void StartRefused(ILogger logger, int errorCount);

    [LoggerMessage(EventId = 10, EventName = "RuleSetReloaded", Level = LogLevel.Information,
        Message = "Reloaded {Source}: now serving {RevisionId} (content hash {ContentHash}, generation {Generation}) instead of {OldRevisionId} (content hash {OldContentHash})")]
    public static partial void Reloaded(ILogger logger, string source, string revisionId, string contentHash, long generation, string oldRevisionId, string oldContentHash);

    [LoggerMessage(EventId = 11, EventName = "RuleSetUnchanged", Level = LogLevel.Debug,
        Message = "Reloaded {Source}: content unchanged (content hash {ContentHash}), still generation {Generation}")]
    public static partial void Unchanged(ILogger logger, string source, string contentHash, long generation);

    [LoggerMessage(EventId = 12, EventName = "RuleSetReloadRejected", Level = LogLevel.Error,
        Message = "Rejected the edit of {Source} ({ErrorCount} errors, each logged above): still serving {RevisionId} (content hash {ContentHash}, generation {Generation})")]
    public static partial void Rejected(ILogger logger, string source, int errorCount, string revisionId, string contentHash, long generation);

    [LoggerMessage(EventId = 13, EventName = "RuleSetDiagnostic", Message = "{Diagnostic}")]
    public static partial void Diagnostic(ILogger logger, LogLevel level, string diagnostic);

    [LoggerMessage(EventId = 14, EventName = "RuleSetReloadFailed", Level = LogLevel.Error,
        Message = "Reloading the rule sets failed; the active rule sets stay")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 15, EventName = "RuleFilesChanged", Level = LogLevel.Debug,
        Message = "{Path} changed; reloading when the files have been quiet for {Delay}")]
    public static partial void Changed(ILogger logger, string path, TimeSpan delay);

    [LoggerMessage(EventId = 16, EventName = "RuleFilesNotWatched", Level = LogLevel.Warning,
        Message = "{Path} cannot be watched for changes ({Reason}); its edits are loaded only by an explicit reload")]
    public static partial void NotWatched(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 20, EventName = "BatchEvaluated", Level = LogLevel.Information,
        Message = "Evaluated {SubjectCount} subjects with {RevisionId} (content hash {ContentHash}) at {AsOf}: {Passed} passed, {Failed} failed, {NotAssessed} not assessed, {Excluded} excluded, in {ElapsedMilliseconds} ms")]
    public static partial void Evaluated(ILogger logger, int subjectCount, string revisionId, string contentHash, string asOf, int passed, int failed, int notAssessed, int excluded, long elapsedMilliseconds);

    [LoggerMessage(EventId = 21, EventName = "BatchEvaluationFailed", Level = LogLevel.Error,
        Message = "Evaluating {SubjectCount} subjects with {RevisionId} (content hash {ContentHash}) at {AsOf} failed")]
    public static partial void EvaluationFailed(ILogger logger, Exception exception, int subjectCount, string revisionId, string contentHash, string asOf);
}
