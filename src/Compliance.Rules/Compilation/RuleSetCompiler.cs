using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Calendar;
using Compliance.Rules.Scoring;
using NRules;

namespace Compliance.Rules.Compilation;

/// <summary>Compiles a validated revision into NRules rules (one per enabled indicator) and a scorer.</summary>
internal static class RuleSetCompiler
{
    /// <summary>Compiles a revision.</summary>
    /// <param name="revision">The revision.</param>
    /// <param name="calendar">Its calendar.</param>
    /// <returns>The compiled rule set.</returns>
    public static CompiledRuleSet Compile(RuleRevision revision, WorkingDayCalendar calendar)
    {
        var slots = new WindowSlots();
        var predicates = new PredicateCompiler(slots);
        var builder = new IndicatorRuleBuilder(predicates);
        var rules = revision.Indicators
            .Where(i => i.Enabled)
            .Select(i => builder.Build(i, revision.Id).Rule)
            .ToList();
        var sessions = new RuleCompiler().Compile(rules);
        return new CompiledRuleSet(revision, calendar, sessions, slots.Windows, new Scorer(revision, predicates), rules.Count);
    }
}
