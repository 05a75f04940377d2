using System.Text.Json;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Impact;
using Compliance.Rules.Results;
using NodaTime.Text;

namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes an impact report as JSON: both revisions with their as-of dates, the summary per kind, the indicators whose
/// findings changed with their text changes, the tables, and every subject whose result changed or that only one side
/// assesses, with both verdicts and scores and the findings added and removed. Names are snake_case like the facts input.
/// </summary>
internal static class ImpactJsonWriter
{
    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ImpactReport report, Stream output)
    {
        var result = report.Result;
        using var escaping = new InvisibleEscapingStream(output);
        using var json = new Utf8JsonWriter(escaping, JsonReportWriter.Options);
        json.WriteStartObject();
        WriteSide("baseline", report.Baseline, result.Before, json);
        WriteSide("candidate", report.Candidate, result.After, json);
        json.WriteStartArray("summary");
        foreach (var kind in result.ByKind)
        {
            json.WriteStartObject();
            json.WriteString("kind", ReportText.Label(kind.Kind));
            json.WriteNumber("compared", kind.Compared);
            json.WriteNumber("newly_failing", kind.NewlyFailing);
            json.WriteNumber("newly_passing", kind.NewlyPassing);
            json.WriteNumber("score_changed", kind.ScoreChanged);
            json.WriteNumber("findings_changed", kind.FindingsChanged);
            json.WriteNumber("not_comparable", kind.NotComparable);
            json.WriteNumber("pass_rate_before", kind.Before.PassRate);
            json.WriteNumber("pass_rate_after", kind.After.PassRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("indicators");
        foreach (var indicator in result.ByIndicator)
        {
            json.WriteStartObject();
            json.WriteString("indicator", indicator.IndicatorId);
            json.WriteString("name", indicator.IndicatorName);
            WriteIds("gained", indicator.Gained, json);
            WriteIds("lost", indicator.Lost, json);
            json.WriteString("text_change", ImpactReport.TextChange(indicator.IndicatorId, report.Baseline, report.Candidate));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("tables");
        foreach (var table in report.Tables)
        {
            JsonReportWriter.WriteTable(table, json);
        }

        json.WriteEndArray();
        json.WriteStartArray("subjects");
        foreach (var subject in result.Subjects.Where(s => s.Change is not (ImpactChange.Unchanged or ImpactChange.NotAssessedInEither)))
        {
            WriteSubject(subject, json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSide(string name, RuleRevision revision, BatchResult result, Utf8JsonWriter json)
    {
        json.WriteStartObject(name);
        json.WriteString("revision", revision.Id);
        json.WriteString("title", revision.Title);
        json.WriteString("content_hash", revision.ContentHash);
        json.WriteString("as_of", LocalDatePattern.Iso.Format(result.AsOf));

        // What each evaluation could not do (missing data, subjects not assessed, plausibility) belongs beside the changes.
        JsonReportWriter.WriteWarnings(result.Warnings, json);
        json.WriteEndObject();
    }

    private static void WriteIds(string name, IEnumerable<SubjectImpact> subjects, Utf8JsonWriter json)
    {
        json.WriteStartArray(name);
        foreach (var subject in subjects)
        {
            json.WriteStringValue(subject.Subject.Id);
        }

        json.WriteEndArray();
    }

    private static void WriteSubject(SubjectImpact subject, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", subject.Subject.Id);
        json.WriteString("name", subject.Subject.Name);
        json.WriteString("kind", ReportText.Label(subject.Subject.Kind));
        json.WriteString("change", Change(subject.Change));
        json.WriteString("verdict_before", ReportText.Label(subject.Before.Verdict));
        json.WriteString("verdict_after", ReportText.Label(subject.After.Verdict));
        WriteNumber("total_before", subject.Before.Total, json);
        WriteNumber("total_after", subject.After.Total, json);
        WriteNumber("score_delta", subject.ScoreDelta, json);
        WriteFindings("findings_added", subject.FindingsAdded, json);
        WriteFindings("findings_removed", subject.FindingsRemoved, json);
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes findings as a list of their indicator, sub-rule (when the indicator has sub-rules), reason, detail and points
    /// (and, when asked, the ids of their facts).
    /// </summary>
    /// <param name="name">The list's property name.</param>
    /// <param name="findings">The findings.</param>
    /// <param name="json">The writer.</param>
    /// <param name="withFacts">Whether to write the ids of each finding's evidence facts.</param>
    internal static void WriteFindings(string name, IEnumerable<Finding> findings, Utf8JsonWriter json, bool withFacts = false)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("indicator", finding.IndicatorId);
            if (finding.Rule is { } rule)
            {
                json.WriteString("rule", rule);
            }

            json.WriteString("reason", finding.Reason);
            if (finding.Detail is { } detail)
            {
                json.WriteString("detail", detail);
            }

            json.WriteNumber("points", finding.Points);
            if (withFacts)
            {
                json.WriteStartArray("facts");
                foreach (var fact in finding.Evidence.Facts)
                {
                    json.WriteStringValue(fact.Id);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a number, or null.</summary>
    /// <param name="name">The property name.</param>
    /// <param name="value">The number, or <see langword="null"/>.</param>
    /// <param name="json">The writer.</param>
    internal static void WriteNumber(string name, decimal? value, Utf8JsonWriter json)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Gets a change's snake_case name, as the JSON writes it (newly_failing).</summary>
    /// <param name="change">The change.</param>
    /// <returns>The name.</returns>
    internal static string Change(ImpactChange change) => ReportText.Name(change);
}
