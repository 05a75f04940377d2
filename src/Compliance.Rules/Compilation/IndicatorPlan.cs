using System.Collections.Immutable;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Templates;
using Compliance.Rules.Facts;
using Compliance.Rules.Results;
using NodaTime;

namespace Compliance.Rules.Compilation;

/// <summary>
/// The runtime side of one compiled indicator: turns the values a rule action receives into a <see cref="Finding"/>
/// with its points, rendered reason and detail, and evidence.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
internal sealed class IndicatorPlan
{
    private readonly HashSet<string> _placeholders;

    // What each finding needs of the parts and the subject, worked out once: a forecast of a national batch makes a
    // finding for most of its accounts.
    private readonly BindingPlan[] _bindings;
    private readonly PartBinding[] _eachParts;
    private readonly FactField[] _subjectFields;

    // The names the indicator's warning template reads: all a forecast keeps of a finding's values. A forecast keeps its
    // findings to the end, and keeping every value (the measured ones, the extremes, each under its alias too) made them
    // a large part of what its garbage collections had to copy.
    private readonly string[] _warnNames;

    // Room for a finding's values: as_of, the measured values of the parts (under their aliases too), the extremes and the
    // subject's fields; a dictionary made with room enough is not resized while it fills.
    private const int ValueCapacity = 16;

    /// <summary>Initializes a new instance of the <see cref="IndicatorPlan"/> class.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="parts">The bindings of its condition parts.</param>
    public IndicatorPlan(Indicator indicator, ImmutableArray<PartBinding> parts)
    {
        Indicator = indicator;
        Parts = parts;
        _placeholders = Placeholders(indicator).ToHashSet(StringComparer.Ordinal);
        _eachParts = [.. parts.Where(b => b.Each is not null)];
        _bindings = [.. parts.Select(PlanBinding)];
        _subjectFields = SubjectFields(indicator.SubjectKind);
        _warnNames = [.. (indicator.Warn?.Placeholders ?? []).Select(p => p.Name!).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the bindings of its condition parts.</summary>
    public ImmutableArray<PartBinding> Parts { get; }

    /// <summary>Gets the placeholder names the indicator's reason and detail use.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The names.</returns>
    public static IEnumerable<string> Placeholders(Indicator indicator) =>
        indicator.Reason.Placeholders.Concat(indicator.Detail?.Placeholders ?? []).Concat(indicator.Warn?.Placeholders ?? []).Select(p => p.Name!);

    /// <summary>
    /// Makes the findings of one firing: one for the firing, or, when the condition has <c>each</c> parts, one for every
    /// observation (every combination of observations) that passes them.
    /// </summary>
    /// <param name="scope">The evaluation scope.</param>
    /// <param name="subject">The subject.</param>
    /// <param name="matched">
    /// The bound values: the <see cref="SubjectFacts"/> of each part, by <see cref="PartBinding.Index"/>; the scope keeps the
    /// <see cref="Measurement"/> the rule's condition made of each.
    /// </param>
    /// <returns>The findings.</returns>
    public IEnumerable<Finding> CreateFindings(EvaluationScope scope, Subject subject, object[] matched)
    {
        if (_eachParts.Length == 0)
        {
            return [CreateFinding(scope, subject, matched, [])];
        }

        IEnumerable<Observation[]> combinations = [[]];
        foreach (var binding in _eachParts)
        {
            var candidates = scope.Measured(binding.Each!, (SubjectFacts)matched[binding.Index]).Facts;
            combinations = combinations.SelectMany(chosen => candidates.Select(c => (Observation[])[.. chosen, c]));
        }

        return combinations.Select(chosen => CreateFinding(scope, subject, matched, chosen)).ToList();
    }

    private Finding CreateFinding(EvaluationScope scope, Subject subject, object[] matched, Observation[] chosen)
    {
        var sink = new FindingValues(scope.AsOf, ValueCapacity);
        IReadOnlyList<Observation>? onlyFacts = null;
        List<Observation>? facts = null;
        Measurement? firstMeasurement = null;
        Observation? eachFact = null;
        ImmutableArray<string>.Builder? warnings = null;

        foreach (var plan in _bindings)
        {
            var binding = plan.Binding;
            sink.Prefix = plan.Prefix;
            switch (binding.Part)
            {
                case Aggregate aggregate:
                    var measurement = scope.Measured(binding.Aggregate!, (SubjectFacts)matched[binding.Index]);
                    firstMeasurement ??= measurement;
                    AddFacts(measurement.Facts, ref onlyFacts, ref facts);
                    PutMeasured(aggregate, measurement.Values(aggregate.Comparison?.Threshold), sink.PutEvidence);
                    plan.Extremes?.Put(((SubjectFacts)matched[binding.Index]).Items, sink.PutEvidence);
                    break;
                case EachFact each:
                    var fact = chosen[plan.EachPosition];
                    eachFact ??= fact;
                    AddFacts([fact], ref onlyFacts, ref facts);
                    foreach (var field in plan.FactFields)
                    {
                        sink.Put(field.Name, field.Property.GetValue(fact), false);
                    }

                    if (plan.Elapsed is { } elapsed)
                    {
                        PutMeasured(each, MeasureElapsed(elapsed, fact, scope, ref warnings), sink.PutEvidence);
                    }

                    break;
            }
        }

        var values = sink.Values;
        var subjectFields = subject.Kind == Indicator.SubjectKind ? _subjectFields : SubjectFields(subject.Kind);
        foreach (var field in subjectFields)
        {
            values["subject." + field.Name] = field.Property.GetValue(subject);
        }

        return new Finding
        {
            IndicatorId = Indicator.Id,
            Rule = Indicator.Rule,
            IndicatorName = Indicator.Name,
            Kind = Indicator.Kind,
            Group = Indicator.Group,
            Source = Indicator.Source,
            Provenance = Indicator.Provenance,
            Points = PointsOf(Indicator, firstMeasurement, eachFact),
            Reason = Indicator.Reason.Render(values),
            Detail = Indicator.Detail?.Render(values),
            Evidence = new Evidence(facts is not null ? [.. facts] : onlyFacts is not null ? [.. onlyFacts] : [], sink.SortedEvidence()),
            Warnings = warnings?.ToImmutable() ?? [],
            TemplateValues = scope.KeepsTemplateValues ? WarnValues(values) : null,
        };
    }

    // The facts of the parts, in part order: the first part's list as it is, a new list only when a second part adds some.
    private static void AddFacts(IReadOnlyList<Observation> more, ref IReadOnlyList<Observation>? only, ref List<Observation>? all)
    {
        if (more.Count == 0)
        {
            return;
        }

        if (all is not null)
        {
            all.AddRange(more);
        }
        else if (only is null)
        {
            only = more;
        }
        else
        {
            all = [.. only, .. more];
        }
    }

    // The values the warning template reads, or null when the indicator has no warning template.
    private NamedValues? WarnValues(Dictionary<string, object?> values)
    {
        if (_warnNames.Length == 0)
        {
            return null;
        }

        var kept = new List<KeyValuePair<string, object?>>(_warnNames.Length);
        foreach (var name in _warnNames)
        {
            if (values.TryGetValue(name, out var value))
            {
                kept.Add(new(name, value));
            }
        }

        return new NamedValues([.. kept]);
    }

    private BindingPlan PlanBinding(PartBinding binding)
    {
        var prefix = binding.Part switch { Aggregate a => a.Alias, EachFact e => e.Alias, _ => null };
        return binding.Part switch
        {
            Aggregate aggregate => new BindingPlan(binding, prefix, NeedsExtremes(aggregate) ? FactExtremes.Of(aggregate.Selection.Type) : null, [], null, -1),
            EachFact each => new BindingPlan(
                binding,
                prefix,
                null,
                [.. each.Selection.Type.Fields.Values.Where(f => _placeholders.Contains(f.Name) || (prefix is not null && _placeholders.Contains(prefix + "." + f.Name)))],
                Authoring.Grammar.Placeholders.ElapsedOf(each),
                Array.IndexOf(_eachParts, binding)),
            _ => new BindingPlan(binding, prefix, null, [], null, -1),
        };
    }

    private FactField[] SubjectFields(SubjectKind kind) =>
        [.. FactCatalog.Subject(kind).Fields.Values.Where(f => _placeholders.Contains("subject." + f.Name))];

    // The latest and earliest dates of all the subject's observations of the type, when a template asks for them.
    private bool NeedsExtremes(Aggregate aggregate) =>
        _placeholders.Any(p =>
        {
            var name = aggregate.Alias is not null && p.StartsWith(aggregate.Alias + ".", StringComparison.Ordinal) ? p[(aggregate.Alias.Length + 1)..] : p;
            return name.StartsWith("latest.", StringComparison.Ordinal) || name.StartsWith("earliest.", StringComparison.Ordinal);
        });

    private static void PutMeasured(Condition part, MeasuredValues measured, Action<string, object?> put)
    {
        foreach (var placeholder in Authoring.Grammar.Placeholders.Measured)
        {
            if (placeholder.Offer(part) is not null)
            {
                put(placeholder.Name, placeholder.Value(measured));
            }
        }
    }

    private static MeasuredValues MeasureElapsed(Elapsed elapsed, Observation fact, EvaluationScope scope, ref ImmutableArray<string>.Builder? warnings)
    {
        var from = AggregatePart.DateOf(elapsed.From.Property.GetValue(fact));
        var to = elapsed.To is null ? scope.AsOf : AggregatePart.DateOf(elapsed.To.Property.GetValue(fact)) ?? scope.AsOf;
        var limit = (int)elapsed.Comparison.Threshold;
        if (from is not { } start)
        {
            return new MeasuredValues(Limit: limit);
        }

        var measured = FactFunctions.Measure(elapsed.Unit, start, to, scope.Calendar);
        if (ElapsedLimit.LastAllowedDay(elapsed, start, scope.Calendar) is not { } deadline)
        {
            return new MeasuredValues(Elapsed: measured, Limit: limit);
        }

        if (elapsed.Unit == TimeUnit.WorkingDays)
        {
            var uncertain = scope.Calendar.UncertaintiesBetween(start, to > deadline ? to : deadline);
            if (!uncertain.IsEmpty)
            {
                (warnings ??= ImmutableArray.CreateBuilder<string>()).AddRange(uncertain);
            }
        }

        return new MeasuredValues(Elapsed: measured, Limit: limit, Deadline: deadline);
    }

    /// <summary>Gets the points of one finding of an indicator, before caps.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="measurement">The measurement of the condition's first aggregate, if it has one.</param>
    /// <param name="eachFact">The fact of the condition's first <c>each</c> part, if it has one.</param>
    /// <returns>The points.</returns>
    public static decimal PointsOf(Indicator indicator, Measurement? measurement, Observation? eachFact) => indicator.Points switch
    {
        null => 0m,
        FixedPoints f => f.Points,
        PerOccurrencePoints p when eachFact is InspectorFinding finding => p.Each * finding.Occurrences,
        PerOccurrencePoints p when eachFact is not null => p.Each,
        PerOccurrencePoints p => p.Each * (measurement?.Count ?? 0),
        PerUnitPoints u => u.Each * decimal.Floor(MeasureOf(u.Measure, measurement) / u.Unit),
        FieldPoints f when eachFact is not null => f.Field.Property.GetValue(eachFact) switch
        {
            decimal d => d,
            int i => i,
            _ => 0m,
        },
        _ => 0m,
    };

    private static decimal MeasureOf(string measure, Measurement? m) => measure switch
    {
        "count" => m?.Count ?? 0,
        "ratio" => m?.Ratio ?? 0m,
        "sum" => m?.Sum ?? 0m,
        _ => m?.Age ?? 0,
    };

    /// <summary>What a finding needs of one part, worked out when the indicator is compiled.</summary>
    /// <param name="Binding">The part's binding.</param>
    /// <param name="Prefix">The part's alias, which prefixes its placeholders, or <see langword="null"/>.</param>
    /// <param name="Extremes">For an aggregate whose templates ask for <c>latest.</c> or <c>earliest.</c> values, their reader.</param>
    /// <param name="FactFields">For an <c>each</c> part, the fields of its fact the templates name.</param>
    /// <param name="Elapsed">For an <c>each</c> part, its top-level <c>elapsed</c> test, if any.</param>
    /// <param name="EachPosition">For an <c>each</c> part, its position among the <c>each</c> parts; otherwise -1.</param>
    private sealed record BindingPlan(PartBinding Binding, string? Prefix, FactExtremes? Extremes, FactField[] FactFields, Elapsed? Elapsed, int EachPosition);
}
