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
    /// <summary>The schemas of the language's own files: rule, calendar, coverage and facts files.</summary>
    private static readonly ImmutableArray<SchemaSource> Documents =
    [
        new("revision.schema.json", "规则修订版 Rule-set revision (revision.yaml)", RuleGrammar.Revision, "extends"),
        new("indicators.schema.json", "指标文件 Indicator file (indicators/*.yaml)", RuleGrammar.IndicatorFile, null),
        new("calendar.schema.json", "工作日日历 Working-day calendar (rules/calendars/*.yaml)", CalendarGrammar.Calendar, "extends"),
        new("coverage.schema.json", "事实覆盖声明 Facts coverage (coverage.yaml in a facts folder)", FactsGrammar.Coverage, null),
        new(FactsSchemaWriter.FileName, "检查事实 Facts of one evaluation", null, null),
    ];

    /// <summary>Gets the file names of the generated schemas.</summary>
    /// <param name="more">Schemas of grammars kept outside the core (the case files').</param>
    /// <returns>The file names.</returns>
    public static IEnumerable<string> FileNames(IEnumerable<SchemaSource> more) => Documents.Concat(more).Select(d => d.FileName);

    /// <summary>Generates every schema.</summary>
    /// <param name="more">Schemas of grammars kept outside the core (the case files').</param>
    /// <returns>Each schema's file name and text.</returns>
    public static IReadOnlyList<(string FileName, string Text)> Generate(IEnumerable<SchemaSource> more) =>
        [.. Documents.Concat(more).Select(d =>
        {
            var document = new SchemaDocument();
            var root = d.Root is { } grammar
                ? new GrammarSchemaWriter(document, d.OwnMappings.IsDefault ? [] : d.OwnMappings).Root(grammar, d.OverlayKey)
                : new FactsSchemaWriter(document).Root();
            return (d.FileName, document.Write(d.FileName, d.Title, root));
        })];

    /// <summary>Writes every schema into a folder, replacing the files there.</summary>
    /// <param name="folder">The folder, such as <c>rules/schema</c>.</param>
    /// <param name="more">Schemas of grammars kept outside the core (the case files').</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(string folder, IEnumerable<SchemaSource> more)
    {
        var written = new List<string>();
        foreach (var (fileName, text) in Generate(more))
        {
            var path = Path.Combine(folder, fileName);
            File.WriteAllText(path, text);
            written.Add(path);
        }

        return written;
    }
}
