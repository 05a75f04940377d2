using System.Collections.Immutable;
using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>
/// Generates the JSON Schemas of the files the language reads (<c>rules/schema/*.schema.json</c>) from the grammar and
/// the fact catalogue, so that editors complete and check exactly what the loaders read. <c>eng/generate-schemas.sh</c>
/// writes them; a test fails when a committed schema differs from the generated one.
/// </summary>
/// <remarks>
/// The schemas of the JSON reports (<c>report.schema.json</c>, <c>impact.schema.json</c>) describe what the tool writes,
/// not a language it reads, and stay written by hand. This type is thread-safe.
/// </remarks>
internal static class SchemaGenerator
{
    /// <summary>The schemas generated, by file name: each file's title, its root mapping and the key that makes a file an overlay.</summary>
    private static readonly ImmutableArray<(string FileName, string Title, MappingGrammar? Root, string? OverlayKey)> Documents =
    [
        ("revision.schema.json", "规则修订版 Rule-set revision (revision.yaml)", RuleGrammar.Revision, "extends"),
        ("indicators.schema.json", "指标文件 Indicator file (indicators/*.yaml)", RuleGrammar.IndicatorFile, null),
        ("tests.schema.json", "回归用例 Regression cases (tests/*.yaml)", CaseGrammar.File, null),
        ("calendar.schema.json", "工作日日历 Working-day calendar (rules/calendars/*.yaml)", CalendarGrammar.Calendar, "extends"),
        ("coverage.schema.json", "事实覆盖声明 Facts coverage (coverage.yaml in a facts folder)", FactsGrammar.Coverage, null),
        (FactsSchemaWriter.FileName, "检查事实 Facts of one evaluation", null, null),
    ];

    /// <summary>Gets the file names of the generated schemas.</summary>
    public static IEnumerable<string> FileNames => Documents.Select(d => d.FileName);

    /// <summary>Generates every schema.</summary>
    /// <returns>Each schema's file name and text.</returns>
    public static IReadOnlyList<(string FileName, string Text)> Generate() =>
        [.. Documents.Select(d =>
        {
            var document = new SchemaDocument();
            var root = d.Root is { } grammar
                ? new GrammarSchemaWriter(document).Root(grammar, d.OverlayKey)
                : new FactsSchemaWriter(document).Root();
            return (d.FileName, document.Write(d.FileName, d.Title, root));
        })];

    /// <summary>Writes every schema into a folder, replacing the files there.</summary>
    /// <param name="folder">The folder, such as <c>rules/schema</c>.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(string folder)
    {
        var written = new List<string>();
        foreach (var (fileName, text) in Generate())
        {
            var path = Path.Combine(folder, fileName);
            File.WriteAllText(path, text);
            written.Add(path);
        }

        return written;
    }
}
