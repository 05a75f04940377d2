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
/// data) ← Scoring (a pure function of a scoring table, a subject's parameters and its findings); Impact and Reporting
/// read results; Testing runs regression cases through all of it; the facade (<c>RuleSet</c>, <c>CompiledRuleSet</c>)
/// puts the stages together. Beneath them: Facts (subjects and observations), Facts.Input (their readers), the
/// vocabulary both rules and results speak (<c>IndicatorKind</c>, <c>IndicatorProvenance</c>), and the neutral
/// Diagnostics, PlainText, Yaml, Resources and Calendar.
/// </para>
/// <para>
/// Results use only Facts, the vocabulary and Diagnostics; no stage uses a later one. A known backward arrow outside
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
        ["ChineseLabels"] = "Vocabulary",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The stages each stage may use (besides itself).</summary>
    public static FrozenDictionary<string, ImmutableHashSet<string>> Allowed { get; } = new Dictionary<string, string[]>
    {
        ["PlainText"] = [],
        ["Resources"] = [],
        ["Diagnostics"] = ["PlainText"],
        ["Yaml"] = ["Diagnostics", "PlainText"],
        ["Calendar"] = ["Diagnostics", "Resources", "Yaml"],
        ["Facts"] = ["Diagnostics"],
        ["Facts.Input"] = ["Facts", "Diagnostics", "Yaml", "PlainText"],
        ["Vocabulary"] = ["Facts"],
        ["Results"] = ["Vocabulary", "Facts", "Diagnostics"],
        ["Authoring"] = ["Vocabulary", "Facts", "Calendar", "Diagnostics", "Yaml", "Resources", "PlainText"],
        ["Compilation"] = ["Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Diagnostics"],
        ["Scoring"] = ["Results", "Vocabulary", "Facts"],
        ["Evaluation"] = ["Compilation", "Scoring", "Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Diagnostics", "PlainText"],
        ["Facade"] = ["Evaluation", "Compilation", "Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Diagnostics", "Resources"],
        ["Impact"] = ["Facade", "Evaluation", "Authoring", "Vocabulary", "Results", "Facts", "Diagnostics"],
        ["Reporting"] = ["Impact", "Authoring", "Vocabulary", "Results", "Facts", "Calendar", "Diagnostics", "PlainText"],
        ["Testing"] = ["Facade", "Evaluation", "Impact", "Reporting", "Authoring", "Vocabulary", "Results", "Facts", "Facts.Input", "Calendar", "Diagnostics", "Yaml", "Resources", "PlainText"],
    }.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The backward arrows that other work removes, each from a stage to one type, with that work.</summary>
    public static ImmutableArray<(string From, string To, string Why)> KnownBackwardArrows { get; } =
    [
        ("Authoring", Root + ".Results.Verdict", "the grammar of regression-case files (CaseGrammar, kept in the core for the schema generator) names the verdicts a case may expect, until the case grammar moves to the testing package with its own schema step"),
        ("Authoring", Root + ".Results.FailureCause", "the grammar of regression-case files names the failure causes a case may expect, as above"),
        ("Authoring", Root + ".Facts.Input.CsvVocabulary", "the facts schema's writer takes the CSV column names from the facts reader's table, until the vocabulary (names, labels, CSV headers) is one table of the Facts stage"),
        ("Authoring", Root + ".Facts.Input.FactConstructor", "the facts schema's writer lists a fact type's fields through the facts reader's field table, as above"),
        ("Authoring", Root + ".Facts.Input.FactDocumentReader", "the grammar of facts documents takes their limits and key names from the facts document reader, as above"),
        ("Calendar", Root + ".Authoring.Grammar.CalendarGrammar", "the calendar file reader takes its key lists from the calendar's grammar, which lives with the other grammars for the schema generator, until the grammar's building blocks sit beneath both stages"),
        ("Calendar", Root + ".Authoring.Grammar.Choice", "the calendar file reader reads its choices (kinds, confidences) from the calendar's grammar, as above"),
        ("Calendar", Root + ".Authoring.Grammar.ChoiceOption", "as above"),
        ("Calendar", Root + ".Authoring.Grammar.MappingGrammar", "as above"),
        ("Facts", Root + ".Authoring.Grammar.Bilingual", "the fact vocabulary's descriptions are the grammar's bilingual texts, until that text type sits beneath both stages"),
        ("Facts.Input", Root + ".Authoring.Grammar.FactsGrammar", "the facts document and coverage readers take their key lists from the facts grammar, which lives with the other grammars for the schema generator, until the grammar's building blocks sit beneath both stages"),
        ("Facts.Input", Root + ".Authoring.Grammar.MappingGrammar", "as above"),
        ("Calendar", Root + ".Facts.LabelAttribute", "the Chinese labels of the calendar's enumerations (放假, 调休上班, 高…) use the label attribute of the Facts stage, until the labels are a vocabulary beneath every stage"),
        ("Diagnostics", Root + ".Facts.LabelAttribute", "the Chinese labels of DiagnosticSeverity (错误, 警告) use the label attribute of the Facts stage, as above"),
    ];

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
