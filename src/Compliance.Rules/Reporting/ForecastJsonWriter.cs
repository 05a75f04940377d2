using System.Text.Json;
using Compliance.Rules.Facts;
using Compliance.Rules.Forecasting;
using NodaTime;
using NodaTime.Text;

namespace Compliance.Rules.Reporting;

/// <summary>
/// Writes a forecast report as JSON (documented by <c>rules/schema/forecast.schema.json</c>): the revision, the as-of and
/// last dates, the summary per kind, every warning, the pending messages, the tables, and every subject whose result
/// changes with each change's date, verdict, scores and findings started and stopped. Names are snake_case like the facts input.
/// </summary>
internal static class ForecastJsonWriter
{
    /// <summary>Writes the report as UTF-8 JSON.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">Where to write.</param>
    public static void Write(ForecastReport report, Stream output)
    {
        var result = report.Result;
        using var escaping = new InvisibleEscapingStream(output);
        using var json = new Utf8JsonWriter(escaping, JsonReportWriter.Options);
        json.WriteStartObject();
        json.WriteStartObject("revision");
        json.WriteString("id", report.Revision.Id);
        json.WriteString("title", report.Revision.Title);
        json.WriteString("content_hash", report.Revision.ContentHash);
        json.WriteEndObject();
        json.WriteString("as_of", Iso(result.AsOf));
        json.WriteString("until", Iso(result.Until));
        json.WriteNumber("days", result.Days);
        JsonReportWriter.WriteWarnings(result.Current.Warnings, json);
        WriteSummary(report, json);
        WriteWarnings(result, json);
        WritePending(result, json);
        json.WriteStartArray("tables");
        foreach (var table in report.Tables)
        {
            JsonReportWriter.WriteTable(table, json);
        }

        json.WriteEndArray();
        json.WriteStartArray("subjects");
        foreach (var subject in result.Changes)
        {
            WriteSubject(subject, json);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteSummary(ForecastReport report, Utf8JsonWriter json)
    {
        json.WriteStartArray("summary");
        foreach (var kind in report.Kinds)
        {
            json.WriteStartObject();
            json.WriteString("kind", ReportText.Label(kind.Kind));
            json.WriteNumber("passed_now", kind.PassedNow);
            json.WriteNumber("failed_now", kind.FailedNow);
            json.WriteNumber("passed_then", kind.PassedThen);
            json.WriteNumber("failed_then", kind.FailedThen);
            json.WriteNumber("newly_failing", kind.NewlyFailing);
            json.WriteNumber("changing", kind.Changing);
            json.WriteNumber("warnings", kind.Warnings);
            json.WriteNumber("due_warnings", kind.DueWarnings);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteWarnings(ForecastResult result, Utf8JsonWriter json)
    {
        json.WriteStartArray("early_warnings");
        foreach (var warning in result.Warnings)
        {
            json.WriteStartObject();
            json.WriteString("date", Iso(warning.Date));
            json.WriteString("subject", warning.Subject.Id);
            json.WriteString("name", warning.Subject.Name);
            json.WriteString("unit", warning.Unit);
            json.WriteString("indicator", warning.IndicatorId);
            if (warning.Finding.Rule is { } rule)
            {
                json.WriteString("rule", rule);
            }

            json.WriteString("event", Event(warning.Event));
            json.WriteString("text", warning.Text);
            json.WriteNumber("days", warning.Days);
            json.WriteNumber("working_days", warning.WorkingDays);
            json.WriteBoolean("due", warning.IsDue);
            json.WriteString("verdict_then", ReportText.Label(warning.Change.After.Verdict));
            ImpactJsonWriter.WriteNumber("total_then", warning.Change.After.Total, json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WritePending(ForecastResult result, Utf8JsonWriter json)
    {
        json.WriteStartArray("pending_messages");
        foreach (var pending in result.PendingMessages)
        {
            json.WriteStartObject();
            json.WriteString("message", pending.Message.Id);
            json.WriteString("subject", pending.Subject.Id);
            json.WriteString("channel", ReportText.Label(pending.Message.Channel));
            json.WriteString("received", LocalDateTimePattern.GeneralIso.Format(pending.Message.Received));
            json.WriteString("indicator", pending.IndicatorId);
            json.WriteString("deadline", Iso(pending.Deadline));
            json.WriteNumber("working_days_left", pending.WorkingDaysLeft);
            json.WriteString("overdue_from", Iso(pending.OverdueFrom));
            json.WriteBoolean("overdue_within_forecast", pending.OverdueFrom <= result.Until);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteSubject(SubjectForecast subject, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("id", subject.Subject.Id);
        json.WriteString("name", subject.Subject.Name);
        json.WriteString("kind", FactCatalog.NameOf(subject.Subject.Kind));
        json.WriteString("unit", ForecastWarning.UnitOf(subject.Subject));
        json.WriteString("verdict_now", ReportText.Label(subject.Current.Verdict));
        ImpactJsonWriter.WriteNumber("total_now", subject.Current.Total, json);
        json.WriteStartArray("changes");
        foreach (var change in subject.Changes)
        {
            json.WriteStartObject();
            json.WriteString("date", Iso(change.Date));
            json.WriteString("verdict", ReportText.Label(change.After.Verdict));
            ImpactJsonWriter.WriteNumber("deduction_score", change.After.DeductionScore, json);
            ImpactJsonWriter.WriteNumber("bonus", change.After.Bonus, json);
            ImpactJsonWriter.WriteNumber("total", change.After.Total, json);
            ImpactJsonWriter.WriteFindings("started", change.Started, json, withFacts: true);
            ImpactJsonWriter.WriteFindings("stopped", change.Stopped, json, withFacts: true);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Event(ForecastEvent what) => ReportText.Name(what);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
