using System.Text;
using System.Text.Json;
using Compliance.Rules.Facts;
using Compliance.Rules.Facts.Input;

namespace Compliance.Rules.Hosting.Tests.Support;

/// <summary>
/// The 兵团 2024 Q2 sample (CSV files with the notice's Chinese headers) as one JSON facts document, the shape a
/// monitoring system posts: each file becomes its section, each header its snake_case field through the library's CSV
/// vocabulary, each cell its text (the readers take the same text in CSV and JSON).
/// </summary>
internal static class SampleFactsJson
{
    private static readonly string[] SubjectSections = ["website", "new_media", "supervisor"];

    /// <summary>Gets the 兵团 2024 Q2 sample's folder: 41 websites and 618 accounts as CSV files.</summary>
    public static string XjbtSample => Path.Combine(TestPaths.Rules, "xjbt-2024", "samples", "2024q2");

    public static byte[] Xjbt2024Q2() => FromCsvFolder(XjbtSample);

    public static byte[] FromCsvFolder(string folder)
    {
        var sections = new SortedDictionary<string, List<Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var type = CsvVocabulary.TypeOfFile(file)!.Name;
            var lines = File.ReadAllLines(file, Encoding.UTF8).Where(l => l.Length > 0).ToList();
            var fields = lines[0].TrimStart('\uFEFF').Split(',').Select(header => FieldOf(type, header)).ToList();
            sections[type] = [.. lines.Skip(1).Select(line => line.Split(',')
                .Select((cell, i) => (Field: fields[i], Cell: cell))
                .Where(x => x.Cell.Length > 0)
                .ToDictionary(x => x.Field, x => x.Cell))];
        }

        var observed = FactsInput.Read(folder).GetValueOrThrow().DeclaredObserved;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            foreach (var (type, facts) in sections.Where(s => SubjectSections.Contains(s.Key)))
            {
                json.WritePropertyName(type == "new_media" ? type : type + "s");
                JsonSerializer.Serialize(json, facts);
            }

            json.WritePropertyName("observed");
            JsonSerializer.Serialize(json, observed);
            json.WriteStartObject("observations");
            foreach (var (type, facts) in sections.Where(s => !SubjectSections.Contains(s.Key)))
            {
                json.WritePropertyName(type);
                JsonSerializer.Serialize(json, facts);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static string FieldOf(string type, string header) =>
        FactCatalog.AllTypes.Single(t => t.Name == type).InputFields.First(f => f.Headers.Contains(header)).Name;
}
