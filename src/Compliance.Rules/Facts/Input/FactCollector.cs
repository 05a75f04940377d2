using Compliance.Rules.Diagnostics;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Facts.Input;

/// <summary>
/// Gathers the facts read from one or more files as they are read (one fact at a time, so that a large file is never
/// held twice), with each fact's identity as written, then checks the identities across every file and makes the batch.
/// </summary>
/// <remarks>
/// Identities are kept even for facts that could not be made, so that a row with a bad date still has its id checked.
/// Subjects are kept in groups (a document's sections: websites, then new media, then supervisors) and observations in
/// groups by type or file, in the order each group was first seen. Not thread-safe: one collector belongs to one read.
/// </remarks>
internal sealed class FactCollector
{
    // Each suggestion compares the id with every subject's: offered for the first few unknown subjects only, so that a
    // large batch whose observations all name missing subjects is still reported in linear time.
    private const int MaxSuggestions = 100;

    // The records an inspector makes, few per site: inspector findings and the samples a revision limits.
    private static readonly HashSet<Type> Positioned =
    [
        typeof(InspectorFinding), typeof(PolicyDocumentSample), typeof(InterpretationSample), typeof(ServiceItemSample),
        typeof(SimulatedConsultation), typeof(SearchTest), typeof(SiteCheck), typeof(PageCheck), typeof(FunctionCheck), typeof(Survey),
    ];

    private readonly SortedDictionary<int, List<Subject>> _subjects = [];
    private readonly Dictionary<string, List<Observation>> _observations = new(StringComparer.Ordinal);
    private readonly List<Identity> _identities = [];
    private readonly List<string> _declared = [];
    private readonly Dictionary<Observation, SourceLocation> _findingLocations = new(ReferenceEqualityComparer.Instance);

    /// <summary>Initializes a new instance of the <see cref="FactCollector"/> class.</summary>
    /// <param name="diagnostics">The sink for every diagnostic of the read (a caller's, when the facts are part of a larger file).</param>
    public FactCollector(ICollection<Diagnostic> diagnostics) => Diagnostics = diagnostics;

    /// <summary>Gets the sink for every diagnostic of the read.</summary>
    public ICollection<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// Gets or sets a value indicating whether some file could not be read to its end (unreadable, wrongly encoded, not
    /// well-formed): then an observation naming a subject that was not found is not reported, as that subject may be in
    /// the part that was not read.
    /// </summary>
    public bool Incomplete { get; set; }

    /// <summary>Adds a fact that was read, or the identity of one that could not be made.</summary>
    /// <param name="type">The fact type.</param>
    /// <param name="fact">The fact, or <see langword="null"/> when a value was wrong.</param>
    /// <param name="group">For a subject, the group it is listed in; for an observation, ignored.</param>
    /// <param name="observationGroup">For an observation, the group (type or file) it is listed in; for a subject, ignored.</param>
    /// <param name="id">The id as written, if any.</param>
    /// <param name="idAt">Where the id is.</param>
    /// <param name="subjectId">For an observation, the subject id as written, if any.</param>
    /// <param name="subjectIdAt">Where the subject id is.</param>
    public void Add(FactTypeInfo type, object? fact, int group, string observationGroup, string? id, SourceLocation idAt, string? subjectId, SourceLocation subjectIdAt)
    {
        _identities.Add(new Identity(type, id, idAt, subjectId, subjectIdAt));
        if (fact is Subject subject)
        {
            if (!_subjects.TryGetValue(group, out var list))
            {
                _subjects[group] = list = [];
            }

            list.Add(subject);
        }
        else if (fact is Observation observation)
        {
            if (Positioned.Contains(observation.GetType()))
            {
                // Only an inspector's records are checked against a revision later (findings CR3020-CR3022, samples CR3024),
                // so only they keep their place; the bulk monitoring data (publications, columns, probes) does not.
                _findingLocations[observation] = idAt;
            }

            if (!_observations.TryGetValue(observationGroup, out var list))
            {
                _observations[observationGroup] = list = [];
            }

            list.Add(observation);
        }
    }

    /// <summary>Records observation types the input declares observed in full (its <c>observed</c> key).</summary>
    /// <param name="names">The types' names.</param>
    public void Declare(IEnumerable<string> names) => _declared.AddRange(names);

    /// <summary>Checks the identities and makes the batch.</summary>
    /// <param name="source">How to name the input as a whole (the folder or file given).</param>
    /// <returns>The batch, or every problem found, ordered by file, line and column.</returns>
    public LoadResult<FactBatch> Build(string source)
    {
        CheckIdentities();
        var ordered = Ordered(Diagnostics);
        if (ordered.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return LoadResult<FactBatch>.Failed(ordered);
        }

        var batch = FactBatch.Create(_subjects.Values.SelectMany(s => s), _observations.Values.SelectMany(o => o), source);
        if (!batch.TryGetValue(out var value))
        {
            return batch;
        }

        value = value.DeclareObserved(_declared).WithLocations(_findingLocations);
        return LoadResult<FactBatch>.Ok(value, ordered.Count > 0 ? ordered : batch.Diagnostics);
    }

    /// <summary>Orders diagnostics by file, line and column (a stable sort: equal positions keep their order).</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    /// <returns>The ordered list.</returns>
    public static List<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)];

    private void CheckIdentities()
    {
        var subjects = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var identity in _identities.Where(r => r.IsSubject && r.Id is not null))
        {
            if (!subjects.TryAdd(identity.Id!, identity.IdAt))
            {
                Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.DuplicateSubject,
                    $"subject id '{identity.Id}' is used twice (first at {subjects[identity.Id!]})",
                    identity.IdAt,
                    identity.Id));
            }
        }

        var observations = new Dictionary<(string, string), SourceLocation>();
        var suggestions = MaxSuggestions;
        foreach (var identity in _identities.Where(r => !r.IsSubject))
        {
            if (identity.Id is { } id && !observations.TryAdd((identity.Type.Name, id), identity.IdAt))
            {
                Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.DuplicateObservation,
                    $"{identity.Type.Name} id '{id}' is used twice (first at {observations[(identity.Type.Name, id)]})",
                    identity.IdAt,
                    id));
            }

            if (!Incomplete && identity.SubjectId is { } subjectId && !subjects.ContainsKey(subjectId))
            {
                Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.UnknownSubject,
                    $"{identity.Type.Name} '{identity.Id}' names subject '{subjectId}', which no website or new-media account of the batch has{(suggestions-- > 0 ? YamlMap.Suggest(subjectId, subjects.Keys) : string.Empty)}",
                    identity.SubjectIdAt,
                    identity.Id));
            }
        }
    }

    private sealed record Identity(FactTypeInfo Type, string? Id, SourceLocation IdAt, string? SubjectId, SourceLocation SubjectIdAt)
    {
        public bool IsSubject => Type.SubjectKind is not null;
    }
}
