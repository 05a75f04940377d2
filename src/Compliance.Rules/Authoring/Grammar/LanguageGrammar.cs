using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Calendar;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>
/// Every mapping of the language in one table, by name: the rule files (<see cref="RuleGrammar"/>), the calendar files
/// (<see cref="CalendarGrammar"/>) and the facts documents (<see cref="FactsGrammar"/>). A <see cref="GrammarValue.Mapping"/>
/// names one of them. The regression-case files have their grammar in the testing package, which reads them.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class LanguageGrammar
{
    /// <summary>Every mapping of the language.</summary>
    public static readonly ImmutableArray<MappingGrammar> All =
    [
        RuleGrammar.Applicability, RuleGrammar.Revision, RuleGrammar.Scoring, RuleGrammar.Rescaling, RuleGrammar.NotChecked, RuleGrammar.Group, RuleGrammar.GroupDefaults,
        RuleGrammar.Report, RuleGrammar.MessageLine,
        RuleGrammar.IndicatorFile, RuleGrammar.Indicator, RuleGrammar.Override, RuleGrammar.SubRule, RuleGrammar.CapFor, RuleGrammar.Sample, RuleGrammar.Points,
        RuleGrammar.Condition, RuleGrammar.Selection, RuleGrammar.RatioSelection, RuleGrammar.SumSelection, RuleGrammar.AgeSelection,
        RuleGrammar.Filter, RuleGrammar.Elapsed, RuleGrammar.FieldTests, RuleGrammar.Size, RuleGrammar.Window, RuleGrammar.WarnAhead,
        CalendarGrammar.Calendar, CalendarGrammar.Source, CalendarGrammar.Year, CalendarGrammar.Notice, CalendarGrammar.Exception, CalendarGrammar.Unknown, CalendarGrammar.Around,
        FactsGrammar.Document, FactsGrammar.Coverage,
    ];

    private static readonly FrozenDictionary<string, MappingGrammar> ByName = All.ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);

    /// <summary>Gets a mapping by name.</summary>
    /// <param name="name">The mapping's name.</param>
    /// <returns>The mapping.</returns>
    public static MappingGrammar Mapping(string name) => ByName[name];

    /// <summary>Gets the mapping a value is, if it is one (or may be written as one, as points may).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The mapping, or <see langword="null"/>.</returns>
    public static MappingGrammar? MappingOf(GrammarValue? value) => value switch
    {
        GrammarValue.Mapping m => ByName[m.Name],
        GrammarValue.Construct { Kind: ConstructKind.Applicability } => RuleGrammar.Applicability,
        GrammarValue.Construct { Kind: ConstructKind.Condition } => RuleGrammar.Condition,
        GrammarValue.Construct { Kind: ConstructKind.FactFilter or ConstructKind.SubjectFilter } => RuleGrammar.Filter,
        _ => null,
    };
}
