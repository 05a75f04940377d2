using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Values;
using Compliance.Rules.Results;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes a report as JSON (documented by <c>rules/schema/report.schema.json</c>): the revision, the as-of date, the
/// summary, the tables, and every assessment with its scores, violations, bonuses, score lines and the evidence of each
/// finding. Chinese text is written as it is, not escaped; names are snake_case like the facts input.
/// </summary>
internal static class JsonReportWriter
{
    internal static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int FlushThreshold = 1 << 20;

    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(BatchReport report, Stream output)
    {
        using var escaping = new InvisibleEscapingStream(output);
        using var json = new Utf8JsonWriter(escaping, Options);
        json.WriteStartObject();
        WriteRevision(report, json);
        json.WriteString("as_of", LocalDatePattern.Iso.Format(report.AsOf));
        WriteSummary(report, json);
        WriteProvenance(report.Result, json);
        WriteCoverage(report.Result.Coverage, json);
        WriteWarnings(report.Result.Warnings, json);
        json.WriteStartArray("tables");
        foreach (var table in report.Tables)
        {
            WriteTable(table, json);
        }

        json.WriteEndArray();
        json.WriteStartArray("assessments");
        foreach (var assessment in report.Result.Assessments)
        {
            WriteAssessment(assessment, json);

            // Utf8JsonWriter keeps everything it writes until it is flushed: a national report would be held whole in
            // memory (6 GB for 680,000 accounts) before a byte reached the file.
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRevision(BatchReport report, Utf8JsonWriter json)
    {
        var revision = report.Revision;
        json.WriteStartObject("revision");
        json.WriteString("id", revision.Id);
        json.WriteString("title", revision.Title);
        json.WriteString("document", revision.Document);
        json.WriteString("effective_from", LocalDatePattern.Iso.Format(revision.EffectiveFrom));
        json.WriteString("calendar", revision.CalendarId);
        json.WriteString("jurisdiction", revision.Jurisdiction);
        if (revision.Extends is null)
        {
            json.WriteNull("extends");
        }
        else
        {
            json.WriteString("extends", revision.Extends);
        }

        json.WriteEndObject();
    }

    /// <summary>Writes an evaluation's warnings as the array <c>warnings</c>: code, severity, message and subject of each.</summary>
    /// <param name="warnings">The warnings.</param>
    /// <param name="json">The writer.</param>
    internal static void WriteWarnings(IEnumerable<Diagnostics.Diagnostic> warnings, Utf8JsonWriter json)
    {
        json.WriteStartArray("warnings");
        foreach (var warning in warnings)
        {
            json.WriteStartObject();
            json.WriteString("code", warning.Code);
            json.WriteString("severity", ReportText.Name(warning.Severity));
            json.WriteString("message", warning.Message);
            WriteText("subject", warning.Subject, json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteProvenance(BatchResult result, Utf8JsonWriter json)
    {
        if (result.Provenance is not { } provenance)
        {
            json.WriteNull("provenance");
            return;
        }

        json.WriteStartObject("provenance");
        json.WriteString("revision", provenance.RevisionId);
        json.WriteString("revision_hash", provenance.RevisionHash);
        json.WriteStartArray("calendars");
        foreach (var calendar in provenance.Calendars)
        {
            json.WriteStartObject();
            json.WriteString("id", calendar.Id);
            json.WriteString("start", LocalDatePattern.Iso.Format(calendar.CoveredRange.Start));
            json.WriteString("end", LocalDatePattern.Iso.Format(calendar.CoveredRange.End));
            json.WriteString("data_version", calendar.DataVersion);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("package_version", provenance.PackageVersion);
        json.WriteString("as_of", LocalDatePattern.Iso.Format(provenance.AsOf));
        json.WriteEndObject();
    }

    private static void WriteCoverage(DataCoverage coverage, Utf8JsonWriter json)
    {
        json.WriteStartObject("coverage");
        json.WriteBoolean("assumed_complete", coverage.AssumedComplete);
        json.WriteStartArray("observed");
        foreach (var type in coverage.Observed)
        {
            json.WriteStringValue(type);
        }

        json.WriteEndArray();
        json.WriteStartArray("missing");
        foreach (var missing in coverage.Missing)
        {
            json.WriteStartObject();
            json.WriteString("fact_type", missing.FactType);
            json.WriteString("label", missing.Label);
            json.WriteStartArray("indicators_not_assessed");
            foreach (var id in missing.IndicatorIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(BatchReport report, Utf8JsonWriter json)
    {
        var summary = report.Result.Summary;
        json.WriteStartObject("summary");
        json.WriteNumber("total", summary.Total);
        json.WriteNumber("passed", summary.Passed);
        json.WriteNumber("failed", summary.Failed);
        json.WriteNumber("pass_rate", summary.PassRate);
        json.WriteNumber("not_assessed", summary.NotAssessed);
        json.WriteNumber("excluded", summary.Excluded);
        json.WriteStartArray("subjects");
        foreach (var kind in summary.ByKind)
        {
            json.WriteStartObject();
            json.WriteString("kind", FactCatalog.NameOf(kind.Kind));
            json.WriteString("label", ReportText.Label(kind.Kind));
            json.WriteNumber("total", kind.Total);
            json.WriteNumber("passed", kind.Passed);
            json.WriteNumber("failed", kind.Failed);
            json.WriteNumber("pass_rate", kind.PassRate);
            json.WriteNumber("not_assessed", kind.NotAssessed);
            json.WriteNumber("excluded", kind.Excluded);
            json.WriteNumber("passed_on_partial_data", kind.PassedOnPartialData);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("messages");
        foreach (var line in report.Messages)
        {
            json.WriteStartObject();
            json.WriteString("channel", ReportText.Label(line.Channel));
            json.WriteNumber("received", line.Received);
            json.WriteNumber("answered_on_time", line.AnsweredOnTime);
            json.WriteNumber("overdue", line.Overdue);
            json.WriteNumber("pending", line.Pending);
            json.WriteNumber("on_time_rate", line.OnTimeRate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static void WriteTable(ReportTable table, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("title", table.Title);
        json.WriteStartArray("columns");
        foreach (var column in table.Columns)
        {
            json.WriteStringValue(column.Title);
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            json.WriteStartArray();
            foreach (var cell in row)
            {
                json.WriteStringValue(cell);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteAssessment(Assessment assessment, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WritePropertyName("subject");
        WriteFact(assessment.Subject, "kind", FactCatalog.NameOf(assessment.Subject.Kind), json);
        json.WriteString("verdict", ReportText.Label(assessment.Verdict));
        if (assessment.FailureCause == FailureCause.None)
        {
            json.WriteNull("failure_cause");
        }
        else
        {
            json.WriteString("failure_cause", ReportText.Label(assessment.FailureCause));
        }

        WriteText("verdict_note", assessment.VerdictNote, json);
        json.WriteBoolean("rests_on_partial_data", assessment.RestsOnPartialData);
        json.WriteStartArray("not_assessed");
        foreach (var item in assessment.NotAssessed)
        {
            json.WriteStartObject();
            json.WriteString("indicator_id", item.IndicatorId);
            json.WriteString("indicator_name", item.IndicatorName);
            json.WriteString("reason", item.Reason);
            json.WriteStartArray("missing_fact_types");
            foreach (var type in item.MissingFactTypes)
            {
                json.WriteStringValue(type);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteNumber("deduction_score", assessment.DeductionScore, json);
        WriteNumber("bonus", assessment.Bonus, json);
        WriteNumber("total", assessment.Total, json);
        WriteFindings("violations", assessment.Violations, json);
        WriteFindings("bonuses", assessment.Bonuses, json);
        WriteFindings("notices", assessment.Notices, json);
        json.WriteStartArray("score_lines");
        foreach (var line in assessment.ScoreLines)
        {
            json.WriteStartObject();
            json.WriteString("id", line.Id);
            json.WriteString("name", line.Name);
            json.WriteBoolean("is_group", line.IsGroup);
            json.WriteNumber("raw", line.Raw);
            json.WriteNumber("max", line.Max);
            json.WriteNumber("applied", line.Applied);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFindings(string name, IEnumerable<Finding> findings, Utf8JsonWriter json)
    {
        json.WriteStartArray(name);
        foreach (var finding in findings)
        {
            json.WriteStartObject();
            json.WriteString("indicator_id", finding.IndicatorId);
            WriteText("rule", finding.Rule, json);
            json.WriteString("indicator_name", finding.IndicatorName);
            json.WriteString("kind", ReportText.Name(finding.Kind));
            WriteText("group", finding.Group, json);
            json.WriteString("source", finding.Source);
            json.WriteString("provenance", ReportText.Name(finding.Provenance));
            json.WriteNumber("points", finding.Points);
            json.WriteString("reason", finding.Reason);
            WriteText("detail", finding.Detail, json);
            json.WriteStartArray("warnings");
            foreach (var warning in finding.Warnings)
            {
                json.WriteStringValue(warning);
            }

            json.WriteEndArray();
            json.WriteStartObject("evidence");
            json.WriteStartArray("facts");
            foreach (var fact in finding.Evidence.Facts)
            {
                WriteFact(fact, "type", FactCatalog.For(fact.GetType()).Name, json);
            }

            json.WriteEndArray();
            json.WriteStartObject("values");
            foreach (var (key, value) in finding.Evidence.Values)
            {
                json.WritePropertyName(key);
                WriteValue(value, json);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes a subject or an observation with its fields as the facts input names them.</summary>
    private static void WriteFact(object fact, string tagName, string tag, Utf8JsonWriter json)
    {
        var type = FactCatalog.For(fact.GetType());
        json.WriteStartObject();
        json.WriteString(tagName, tag);
        foreach (var field in type.InputFields)
        {
            json.WritePropertyName(field.Name);
            WriteValue(field.Property.GetValue(fact), json);
        }

        json.WriteEndObject();
    }

    private static void WriteValue(object? value, Utf8JsonWriter json)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case string s:
                json.WriteStringValue(s);
                break;
            case LocalDate or LocalDateTime or Instant or Duration or Enum:
                json.WriteStringValue(FactValues.Format(value));
                break;
            case IEnumerable members:
                json.WriteStartArray();
                foreach (var member in members)
                {
                    WriteValue(member, json);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(FactValues.Format(value));
                break;
        }
    }

    private static void WriteNumber(string name, decimal? value, Utf8JsonWriter json)
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

    private static void WriteText(string name, string? value, Utf8JsonWriter json)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
