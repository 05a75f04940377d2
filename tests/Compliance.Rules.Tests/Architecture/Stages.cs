using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Compliance.Rules.Tests.Architecture;

/// <summary>
/// The library's stages and the arrows allowed between them: which stage each namespace (and each type of the root
/// namespace) belongs to, and which stages a stage may use.
/// </summary>
/// <remarks>
/// <para>
/// The pipeline: Authoring (rule language → model) → Compilation (model → NRules session factories and compiled
/// selectors) → Evaluation (sessions, scopes, partitioning, parallelism, resolving scoring parameters) → Results (plain
/// data) ← Scoring (a pure function of a scoring table, a subject's parameters and its findings); Forecasting evaluates
/// again at later dates; Impact and Reporting read results; Testing runs regression cases through all of it; the facade (<c>RuleSet</c>, <c>CompiledRuleSet</c>)
/// puts the stages together. Beneath them: Facts (subjects and observations), Facts.Input (their readers), the
/// vocabulary both rules and results speak (<c>IndicatorKind</c>, <c>IndicatorProvenance</c>), and the neutral
/// Diagnostics, PlainText, Yaml, Resources and Calendar; beneath all of them Labels (the form of the words of enumeration
/// members and the bilingual texts of the documentation) and Grammar (the building blocks every document's grammar is
/// written in: mappings, keys, values, choices), so that each stage can own the grammar of its own documents.
/// </para>
/// <para>
/// Results use only Facts, the vocabulary, Labels and Diagnostics; no stage uses a later one. A known backward arrow outside
/// these stages is listed in <see cref="KnownBackwardArrows"/> with the work that removes it, to one type, so that no
/// other use of that stage slips in beside it.
/// </para>
/// </remarks>
internal static class Stages
{
    public const string Root = TypeDependencies.RootNamespace;

    /// <summary>The stage of each type of the root namespace, which holds the facade and a few shared types.</summary>
    public static FrozenDictionary<string, string> RootTypes { get; } = new Dictionary<string, string>
    {
        ["RuleSet"] = "Facade",
        ["CompiledRuleSet"] = "Facade",
        ["EvaluationOptions"] = "Evaluation",
        ["EvaluationException"] = "Evaluation",
        ["IndicatorKind"] = "Vocabulary",
        ["IndicatorProvenance"] = "Vocabulary",
        ["IndicatorVocabulary"] = "Vocabulary",
        ["ChineseLabels"] = "Vocabulary",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The stages each stage may use (besides itself).</summary>
    public static FrozenDictionary<string, ImmutableHashSet<string>> Allowed { get; } = new Dictionary<string, string[]>
    {
        ["PlainText"] = [],
        ["Resources"] = [],
        ["Labels"] = [],
        ["Diagnostics"] = ["Labels", "PlainText"],
        ["Yaml"] = ["Diagnostics", "PlainText"],
        ["Grammar"] = ["Labels", "Yaml", "Diagnostics", "PlainText"],
        ["Calendar"] = ["Grammar", "Labels", "Diagnostics", "Resources", "Yaml"],
        ["Facts"] = ["Grammar", "Labels", "Diagnostics"],
        ["Facts.Input"] = ["Facts", "Grammar", "Labels", "Diagnostics", "Yaml", "PlainText"],
        ["Vocabulary"] = ["Facts", "Labels"],
        ["Results"] = ["Vocabulary", "Facts", "Labels", "Diagnostics"],
        ["Authoring"] = ["Vocabulary", "Facts", "Calendar", "Grammar", "Labels", "Diagnostics", "Yaml", "Resources", "PlainText"],
        ["Compilation"] = ["Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Labels", "Diagnostics"],
        ["Scoring"] = ["Results", "Vocabulary", "Facts", "Labels"],
        ["Evaluation"] = ["Compilation", "Scoring", "Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Labels", "Diagnostics", "PlainText"],
        ["Facade"] = ["Evaluation", "Compilation", "Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Labels", "Diagnostics", "Resources"],
        ["Forecasting"] = ["Facade", "Evaluation", "Compilation", "Scoring", "Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Labels", "Diagnostics", "PlainText"],
        ["Impact"] = ["Facade", "Evaluation", "Authoring", "Vocabulary", "Results", "Facts", "Labels", "Diagnostics"],
        ["Reporting"] = ["Forecasting", "Impact", "Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Labels", "Diagnostics", "PlainText"],
        ["Testing"] = ["Facade", "Evaluation", "Forecasting", "Impact", "Reporting", "Authoring", "Vocabulary", "Results", "Facts", "Facts.Input", "Calendar", "Grammar", "Labels", "Diagnostics", "Yaml", "Resources", "PlainText"],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The backward arrows that other work removes, each from a stage to one type, with that work.</summary>
    public static ImmutableArray<(string From, string To, string Why)> KnownBackwardArrows { get; } = [];

    /// <summary>Gets the stage of a type of the library.</summary>
    /// <param name="type">The type's full name.</param>
    /// <returns>The stage, or <see langword="null"/> for a type of the root namespace that no stage claims.</returns>
    public static string? Of(string type)
    {
        var dot = type.LastIndexOf('.');
        var ns = type[..dot];
        if (ns == Root)
        {
            return RootTypes.GetValueOrDefault(type[(dot + 1)..]);
        }

        var path = ns[(Root.Length + 1)..];
        return path == "Facts.Input" || path.StartsWith("Facts.Input.", StringComparison.Ordinal) ? "Facts.Input" : path.Split('.')[0];
    }

    /// <summary>Finds the arrows that run backwards among some type dependencies.</summary>
    /// <param name="dependencies">(user, used) pairs of the library's types.</param>
    /// <returns>Each use of a type of a stage the user's stage may not use, and not known, as "user → used (stages)".</returns>
    public static IEnumerable<string> BackwardArrows(IEnumerable<(string From, string To)> dependencies) =>
        from d in dependencies
        let user = Of(d.From)
        let used = Of(d.To)
        where user is not null && used is not null && user != used
        where !Allowed.TryGetValue(user, out var allowed) || !allowed.Contains(used)
        where !KnownBackwardArrows.Any(k => k.From == user && k.To == d.To)
        orderby d.From, d.To
        select $"{d.From} → {d.To} ({user} → {used})";
}
