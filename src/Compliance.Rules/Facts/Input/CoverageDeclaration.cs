using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Reads a producer's declaration of which observation types it observed in full (<c>observed:</c>), so that a type with
/// no facts counts as "observed, and there were none" rather than "not observed". It is the <c>observed</c> key of a
/// facts document, or the file <c>coverage.yaml</c> in a facts folder.
/// </summary>
/// <remarks>
/// A type is named as rule files name it (<c>service_guide</c>; the deprecated <c>ServiceGuide</c> with warning CR2101), by its CSV file name (<c>service_guides</c>) or by its
/// Chinese name (办事指南); <c>all</c> declares every observation type.
/// </remarks>
internal static class CoverageDeclaration
{
    /// <summary>The key of the declaration, in a facts document and in <c>coverage.yaml</c>.</summary>
    public const string Key = FactsGrammar.ObservedKey;

    /// <summary>The file names of a folder's declaration.</summary>
    public static readonly string[] FileNames = ["coverage.yaml", "coverage.yml"];

    private const string All = "all";
    private const string What = "the observed fact types (a list such as [service_guide, availability_probe], or all)";

    /// <summary>Reads the declaration under <see cref="Key"/> of a mapping, if it has one.</summary>
    /// <param name="map">The mapping (a facts document, or the root of <c>coverage.yaml</c>).</param>
    /// <returns>The observation types' names; empty when the key is absent or wrong (the errors then go to the map's diagnostics).</returns>
    public static ImmutableArray<string> Read(YamlMap map)
    {
        if (map.Get(Key) is not { } node)
        {
            return [];
        }

        if (node is YamlDotNet.RepresentationModel.YamlScalarNode { Value: All })
        {
            return AllTypes;
        }

        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var (text, item) in map.TextList(Key, false, What))
        {
            if (Resolve(text, map.At(item), map.Diagnostics) is { } name)
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>Resolves one name of the declaration to an observation type's name, reporting a name that is none.</summary>
    /// <param name="text">The name as written.</param>
    /// <param name="at">Where it is written.</param>
    /// <param name="diagnostics">Receives the error.</param>
    /// <returns>The type's name, or <see langword="null"/> after reporting an error.</returns>
    public static string? Resolve(string text, SourceLocation at, ICollection<Diagnostic> diagnostics)
    {
        var type = FactCatalog.FindObservation(text, at, diagnostics) ?? CsvVocabulary.TypeOfFile(text + ".csv");
        if (type is null || type.SubjectKind is not null)
        {
            diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.InvalidCoverage,
                $"'{text}' in '{Key}' is not an observation type{YamlMap.Suggest(FactCatalog.ToSnakeCase(text), FactCatalog.ObservationTypes.Select(t => t.Name))}; the observation types are: {FactCatalog.ObservationTypeList}, or write all",
                at));
            return null;
        }

        return type.Name;
    }

    /// <summary>Gets every observation type's name, for <c>observed: all</c>.</summary>
    public static ImmutableArray<string> AllTypes => [.. FactCatalog.ObservationTypes.Select(t => t.Name)];

    /// <summary>Tells whether a scalar declares every type.</summary>
    /// <param name="text">The scalar.</param>
    /// <returns>Whether it is <c>all</c>.</returns>
    public static bool IsAll(string? text) => text == All;

    /// <summary>Reads a folder's <c>coverage.yaml</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="diagnostics">Receives every problem.</param>
    /// <returns>The declared types.</returns>
    public static ImmutableArray<string> ReadFile(string path, ICollection<Diagnostic> diagnostics)
    {
        // A coverage file is a few lines: it gets the checks and limits of a rule file (size, line length, UTF-8).
        if (SourceFile.Read(path, InputLimits.RuleFile, null, DiagnosticCodes.UnreadableInput, diagnostics) is not { } text)
        {
            return [];
        }

        var root = YamlSource.Parse(text, path, diagnostics);
        var map = YamlMap.From(root, path, "a coverage declaration (observed: [...])", null, diagnostics);
        if (map is null)
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.InvalidCoverage, $"the coverage file is empty: write {Key}: [ ... ]", SourceLocation.OfFile(path)));
            return [];
        }

        map.RejectUnknownKeys(FactsGrammar.Coverage.KeyNames, "a coverage declaration");
        _ = map.ReadBy(FactsGrammar.Coverage).String("note", "a coverage declaration");
        if (!map.Has(Key))
        {
            diagnostics.Add(Diagnostic.Create(DiagnosticCodes.InvalidCoverage, $"the coverage file needs the key '{Key}'", map.Location));
        }

        return Read(map);
    }
}
