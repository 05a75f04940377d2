using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;
using Compliance.Rules.Forecasting;
using Compliance.Rules.Grammar;
using Compliance.Rules.Results;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Testing;

/// <summary>
/// Reads one regression-case file: <c>cases:</c>, a list of cases, each with <c>name</c>, <c>as_of</c>, the facts
/// (<c>websites</c>, <c>new_media</c>, <c>supervisors</c>, <c>observations</c>, read by <see cref="FactDocumentReader"/>)
/// and <c>expect:</c>, a mapping from each subject id to its expectation.
/// </summary>
/// <remarks>Every problem is reported at once with file, line and column; a case with errors is left out.</remarks>
internal static class RegressionCaseReader
{

    /// <summary>Reads a case file.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="file">The file name for diagnostics.</param>
    /// <param name="revision">The revision the cases are for, to check the indicator ids they name; <see langword="null"/> to skip that check.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The cases that could be read.</returns>
    public static ImmutableArray<RegressionCase> Read(string text, string file, RuleRevision? revision, ICollection<Diagnostic> diagnostics)
    {
        var root = YamlSource.Parse(text, file, diagnostics);
        var map = YamlMap.From(root, file, "a regression-case file (cases: [...])", null, diagnostics);
        if (map is null)
        {
            if (root is null && !diagnostics.Any(d => d.Location.File == file))
            {
                diagnostics.Add(Diagnostic.Create(RegressionDiagnosticCodes.MissingCases, "the case file is empty", SourceLocation.OfFile(file)));
            }

            return [];
        }

        map.RejectUnknownKeys(CaseGrammar.File);
        var keys = map.ReadBy(CaseGrammar.File);
        _ = keys.String("note", "a regression-case file");
        var cases = ImmutableArray.CreateBuilder<RegressionCase>();
        var names = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var node in keys.List("cases", "a regression-case file"))
        {
            // Diagnostics inside a case carry the case's name, read before the case is opened.
            var caseName = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode("name"), out var nameNode) && nameNode is YamlScalarNode { Value: { } written }
                ? written
                : null;
            var caseMap = YamlMap.From(node, file, "a regression case", caseName, diagnostics);
            if (caseMap is null)
            {
                continue;
            }

            var name = caseMap.ReadBy(CaseGrammar.Case).String("name", "a regression case");
            var repeated = name is not null && !names.TryAdd(name, caseMap.ValueLocation("name"));
            if (repeated)
            {
                caseMap.Diagnostics.Add(Diagnostic.Create(
                    RegressionDiagnosticCodes.DuplicateCaseName,
                    $"case name '{MessageExcerpt.Of(name)}' is used twice in this file (first at {names[name!]})",
                    caseMap.ValueLocation("name"),
                    name));
            }

            // A case with a repeated name is still read, so its other problems are reported too; it is not kept.
            if (ReadCase(caseMap, name, revision) is { } read && !repeated)
            {
                cases.Add(read);
            }
        }

        return cases.ToImmutable();
    }

    private static RegressionCase? ReadCase(YamlMap map, string? name, RuleRevision? revision)
    {
        // The facts reader decides on errors by looking at its sink, so each case's facts get a sink of their own.
        var factDiagnostics = new List<Diagnostic>();
        var factsMap = YamlMap.From(map.Node, map.File, "a regression case", map.Subject, factDiagnostics, map.SourceMap)!;
        var facts = FactDocumentReader.Read(factsMap, CaseGrammar.Case.KeyNames);
        foreach (var diagnostic in factDiagnostics.Concat(facts.Diagnostics).Distinct().Where(d => !map.Diagnostics.Contains(d)).ToList())
        {
            map.Diagnostics.Add(diagnostic);
        }

        var keys = map.ReadBy(CaseGrammar.Case);
        var asOf = keys.Date("as_of", "a regression case (the monitoring time point, such as 2019-06-20)");
        var note = keys.String("note", "a regression case");
        var assumeComplete = keys.Boolean("assume_complete", "a regression case") ?? true;
        facts.TryGetValue(out var batch);
        var impactNode = map.Get("impact");
        var impact = impactNode is null ? null : ReadImpact(map, impactNode, batch);
        var warnings = map.Has("warnings") ? ReadWarnings(map, batch, revision) : null;
        var forecastDays = ReadForecastDays(keys);

        // A case states what it expects, its impact or its warnings (at least one; the grammar's alternatives say so).
        var statesMore = impactNode is not null || map.Has("warnings");
        var expectNode = keys.Node("expect", "a regression case (subject id: { verdict, violations, ... })");
        ImmutableArray<SubjectExpectation>? expectations = expectNode is null ? (statesMore ? [] : null) : ReadExpectations(map, expectNode, batch, revision);
        if (name is null || asOf is null || batch is null || expectations is null || (impactNode is not null && impact is null)
            || (map.Has("warnings") && warnings is null) || (map.Has("forecast_days") && forecastDays is null))
        {
            return null;
        }

        return new RegressionCase
        {
            Name = name,
            Location = map.Location,
            AsOf = asOf.Value,
            Note = note,
            Facts = batch,
            AssumeComplete = assumeComplete,
            Expectations = expectations.Value,
            Impact = impact,
            Warnings = warnings,
            ForecastDays = forecastDays,
        };
    }

    private static ImmutableArray<ExpectedWarning>? ReadWarnings(YamlMap map, FactBatch? batch, RuleRevision? revision)
    {
        if (map.Get("warnings") is { } node and not YamlSequenceNode)
        {
            map.Error(node, "'warnings' must be a list of { subject, indicator, date, text }, or [] for none");
            return null;
        }

        var warnings = ImmutableArray.CreateBuilder<ExpectedWarning>();
        var ok = true;
        foreach (var item in map.ReadBy(CaseGrammar.Case).List("warnings", "a regression case"))
        {
            var warning = map.Nested(item, "an expected warning ({ subject, indicator, date, text })");
            if (warning is null)
            {
                ok = false;
                continue;
            }

            warning.RejectUnknownKeys(CaseGrammar.Warning);
            var warningKeys = warning.ReadBy(CaseGrammar.Warning);
            var subject = warningKeys.String("subject", "an expected warning (the subject's id)");
            var indicator = warningKeys.String("indicator", "an expected warning (the indicator that will fire)");
            var date = warningKeys.Date("date", "an expected warning (the date the indicator fires, such as 2024-07-05)");
            var text = warningKeys.String("text", "an expected warning");
            var known = subject is not null && (batch is null || CheckSubject(warning, warning.Get("subject")!, subject, batch));
            var indicatorKnown = indicator is not null && CheckIndicator(warning, warning.Get("indicator")!, indicator, revision, null, null);
            if (!known || !indicatorKnown || date is null)
            {
                ok = false;
                continue;
            }

            warnings.Add(new ExpectedWarning(subject!, indicator!, date.Value, text, warning.Location));
        }

        return ok ? warnings.ToImmutable() : null;
    }

    private static int? ReadForecastDays(GrammarMapReader keys)
    {
        var map = keys.Map;
        if (!map.Has("forecast_days"))
        {
            return null;
        }

        var days = keys.Integer("forecast_days", "a regression case");
        if (days is null)
        {
            return null;
        }

        if (days is < 1 or > ForecastAnalysis.MaxDays)
        {
            map.Error(map.Get("forecast_days")!, $"'forecast_days' is the number of days to look ahead: 1 to {ForecastAnalysis.MaxDays}, found {days}");
            return null;
        }

        if (!map.Has("warnings"))
        {
            map.Error(map.Get("forecast_days")!, "'forecast_days' says how far the case's 'warnings' look ahead: write the warnings expected too");
            return null;
        }

        return days;
    }

    private static bool CheckSubject(YamlMap map, YamlNode node, string id, FactBatch batch)
    {
        if (batch.Subjects.Any(s => s.Id == id))
        {
            return true;
        }

        var known = batch.Subjects.Select(s => s.Id).ToList();
        map.Diagnostics.Add(Diagnostic.Create(
            RegressionDiagnosticCodes.UnknownSubject,
            $"the case has no subject '{MessageExcerpt.Of(id)}'{YamlMap.Suggest(id, known)}",
            map.At(node),
            map.Subject));
        return false;
    }

    private static ExpectedImpact? ReadImpact(YamlMap parent, YamlNode node, FactBatch? batch)
    {
        var map = parent.Nested(node, "the expected impact ({ base, newly_failing, newly_passing })");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(CaseGrammar.Impact);
        var reference = map.ReadBy(CaseGrammar.Impact).String("base", "the expected impact (the revision to compare with, such as builtin:xjbt-2024)");
        var failing = SubjectIds(map, "newly_failing", batch);
        var passing = SubjectIds(map, "newly_passing", batch);
        return reference is null || failing is null || passing is null ? null : new ExpectedImpact(reference, failing.Value, passing.Value, map.Location);
    }

    private static ImmutableArray<string>? SubjectIds(YamlMap map, string key, FactBatch? batch)
    {
        if (map.Get(key) is { } node and not YamlSequenceNode)
        {
            map.Error(node, $"'{key}' must be a list of subject ids, or [] for none");
            return null;
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var ok = map.Has(key);
        foreach (var (id, item) in map.TextList(key, true, "the expected impact (the exact set of subject ids; [] for none)"))
        {
            ok &= batch is null || CheckSubject(map, item, id, batch);
            ids.Add(id);
        }

        return ok ? [.. ids] : null;
    }

    private static ImmutableArray<SubjectExpectation>? ReadExpectations(YamlMap parent, YamlNode node, FactBatch? batch, RuleRevision? revision)
    {
        var map = parent.Nested(node, "the expectations (subject id: { verdict, violations, ... })");
        if (map is null)
        {
            return null;
        }

        var before = map.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var bySubject = new Dictionary<string, SubjectExpectation>(StringComparer.Ordinal);
        foreach (var subjectId in map.Keys)
        {
            if (batch is not null && !batch.Subjects.Any(s => s.Id == subjectId))
            {
                var ids = batch.Subjects.Select(s => s.Id).ToList();
                map.Diagnostics.Add(Diagnostic.Create(
                    RegressionDiagnosticCodes.UnknownSubject,
                    $"the case has no subject '{MessageExcerpt.Of(subjectId)}'{YamlMap.Suggest(subjectId, ids)}; its subjects are: {string.Join(", ", ids)}",
                    map.KeyLocation(subjectId),
                    map.Subject));
                continue;
            }

            var expectationMap = map.Nested(map.Get(subjectId), $"the expectation for '{MessageExcerpt.Of(subjectId)}'");
            if (expectationMap is not null && ReadExpectation(expectationMap, subjectId, revision) is { } expectation)
            {
                bySubject[subjectId] = expectation;
            }
        }

        foreach (var subject in batch?.Subjects ?? [])
        {
            if (!map.Has(subject.Id))
            {
                map.Diagnostics.Add(Diagnostic.Create(
                    RegressionDiagnosticCodes.MissingExpectation,
                    $"subject '{subject.Id}' has no expectation: every subject of a case needs one",
                    map.Location,
                    map.Subject));
            }
        }

        if (batch is null || map.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) > before)
        {
            return null;
        }

        return [.. batch.Subjects.Select(s => bySubject[s.Id])];
    }

    private static SubjectExpectation? ReadExpectation(YamlMap map, string subjectId, RuleRevision? revision)
    {
        map.RejectUnknownKeys(CaseGrammar.Expectation, $"the expectation for '{MessageExcerpt.Of(subjectId)}'");
        var verdict = Label<Verdict>(map, "verdict", required: true);
        var cause = Label<FailureCause>(map, "failure_cause", required: false);
        var hasNotices = map.Has("notices");
        var violations = Ids(map, "violations", required: true, revision, kind => kind is IndicatorKind.Veto or IndicatorKind.Deduction || (kind == IndicatorKind.Notice && !hasNotices), "not a veto or deduction indicator: list it under 'bonuses' or 'notices'");
        var notices = hasNotices ? Ids(map, "notices", required: false, revision, kind => kind == IndicatorKind.Notice, "not a notice: list it under 'violations' or 'bonuses'") : null;
        if (!hasNotices && violations is { } listed && revision is not null)
        {
            (violations, notices) = SplitDeprecatedNotices(map, listed, revision);
        }

        var bonuses = map.Has("bonuses")
            ? Ids(map, "bonuses", required: false, revision, kind => kind == IndicatorKind.Bonus, "not a bonus indicator: list it under 'violations'")
            : null;
        var reasons = Reasons(map, revision);
        var notAssessed = map.Has("not_assessed") ? Ids(map, "not_assessed", required: false, revision, _ => true, string.Empty) : null;
        var deduction = Score(map, "deduction_score");
        var bonus = Score(map, "bonus");
        var total = Score(map, "total");
        if (verdict is null || violations is null)
        {
            return null;
        }

        return new SubjectExpectation
        {
            SubjectId = subjectId,
            Verdict = verdict.Value,
            FailureCause = cause,
            Violations = violations.Value,
            Bonuses = bonuses,
            Notices = notices,
            DeductionScore = deduction,
            Bonus = bonus,
            Total = total,
            Reasons = reasons,
            NotAssessed = notAssessed,
            Location = map.Location,
        };
    }

    private static T? Label<T>(YamlMap map, string key, bool required)
        where T : struct, Enum
    {
        var text = map.String(key, required, "an expectation");
        if (text is null)
        {
            return null;
        }

        if (EnumVocabulary.TryParse(typeof(T), text, out var value))
        {
            return (T)value!;
        }

        map.Error(map.Get(key)!, $"'{key}' must be one of: {string.Join(", ", EnumVocabulary.LabelsOf(typeof(T)))}; found '{MessageExcerpt.Of(text)}'");
        return null;
    }

    // Notices were once written as deductions of 0 points and listed under 'violations': such a case still runs, with a
    // warning that says where a notice is listed now.
    private static (ImmutableArray<string>? Violations, ImmutableArray<string>? Notices) SplitDeprecatedNotices(YamlMap map, ImmutableArray<string> listed, RuleRevision revision)
    {
        var notices = listed.Where(id => revision.FindIndicator(id)?.Kind == IndicatorKind.Notice).ToImmutableArray();
        if (notices.IsEmpty)
        {
            return (listed, null);
        }

        map.Diagnostics.Add(Diagnostic.Create(
            DiagnosticCodes.Deprecated,
            $"{string.Join(", ", notices)} {(notices.Length == 1 ? "is a notice" : "are notices")}: list {(notices.Length == 1 ? "it" : "them")} under 'notices' rather than 'violations' (a deprecated form)",
            map.KeyLocation("violations"),
            map.Subject));
        return ([.. listed.Except(notices, StringComparer.Ordinal)], notices);
    }

    private static ImmutableArray<string>? Ids(YamlMap map, string key, bool required, RuleRevision? revision, Func<IndicatorKind, bool> fits, string misfit)
    {
        if (map.Get(key) is { } node and not YamlSequenceNode)
        {
            map.Error(node, $"'{key}' must be a list of indicator ids, or [] for none");
            return null;
        }

        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (id, item) in map.TextList(key, required, "an expectation (the exact set of indicator ids; [] for none)"))
        {
            ok &= CheckIndicator(map, item, id, revision, fits, misfit);
            ids.Add(id);
        }

        return ok && (map.Has(key) || !required) ? [.. ids] : null;
    }

    private static bool CheckIndicator(YamlMap map, YamlNode node, string id, RuleRevision? revision, Func<IndicatorKind, bool>? fits, string? misfit)
    {
        if (revision is null)
        {
            return true;
        }

        var indicator = revision.FindIndicator(id);
        if (indicator is null)
        {
            map.Diagnostics.Add(Diagnostic.Create(
                RegressionDiagnosticCodes.UnknownIndicator,
                $"revision '{revision.Id}' has no indicator '{MessageExcerpt.Of(id)}'{YamlMap.Suggest(id, revision.Indicators.Select(i => i.Id))}",
                map.At(node),
                map.Subject));
            return false;
        }

        if (fits is not null && !fits(indicator.Kind))
        {
            map.Diagnostics.Add(Diagnostic.Create(RegressionDiagnosticCodes.UnknownIndicator, $"'{MessageExcerpt.Of(id)}' is {misfit}", map.At(node), map.Subject));
            return false;
        }

        return true;
    }

    private static ImmutableArray<ExpectedReason> Reasons(YamlMap map, RuleRevision? revision)
    {
        var reasons = ImmutableArray.CreateBuilder<ExpectedReason>();
        foreach (var item in map.ReadBy(CaseGrammar.Expectation).List("reasons", "an expectation"))
        {
            var reasonMap = map.Nested(item, "an expected reason ({ indicator, reason, detail })");
            if (reasonMap is null)
            {
                continue;
            }

            reasonMap.RejectUnknownKeys(CaseGrammar.Reason);
            var reasonKeys = reasonMap.ReadBy(CaseGrammar.Reason);
            var indicator = reasonKeys.String("indicator", "an expected reason");
            var reason = reasonKeys.String("reason", "an expected reason (the exact rendered text)");
            var detail = reasonKeys.String("detail", "an expected reason");
            if (indicator is not null && CheckIndicator(reasonMap, reasonMap.Get("indicator")!, indicator, revision, null, null) && reason is not null)
            {
                reasons.Add(new ExpectedReason(indicator, reason, detail, reasonMap.Location));
            }
        }

        return reasons.ToImmutable();
    }

    private static ExpectedScore? Score(YamlMap map, string key)
    {
        var node = map.Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: null or "" or "~" or "null", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) })
        {
            return new ExpectedScore(null);
        }

        var value = map.DecimalOf(node, key);
        return value is null ? null : new ExpectedScore(value);
    }
}
