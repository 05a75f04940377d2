using System.Collections.Frozen;
using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Facts;

/// <summary>
/// The subjects to assess and everything observed about them: the input of one evaluation.
/// </summary>
/// <remarks>
/// Creating a batch checks it: subject ids are unique across kinds, observation ids are unique within their type,
/// every observation names a subject of the batch, and every date lies in the years 1990–2100. A batch with errors is refused whole, never evaluated in part.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class FactBatch
{
    private readonly FrozenDictionary<string, SubjectObservations> _bySubject;

    private FactBatch(ImmutableArray<Subject> subjects, ImmutableArray<Observation> observations)
    {
        Subjects = subjects;
        Observations = observations;
        _bySubject = observations
            .GroupBy(o => o.SubjectId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => SubjectObservations.Of(g.ToImmutableArray()), StringComparer.Ordinal);
        PresentTypes = [.. observations.Select(o => o.GetType()).Distinct().Select(t => FactCatalog.For(t).Name).Order(StringComparer.Ordinal)];
        DeclaredObserved = [];
    }

    private FactBatch(FactBatch batch, ImmutableArray<string> declared)
    {
        Subjects = batch.Subjects;
        Observations = batch.Observations;
        _bySubject = batch._bySubject;
        PresentTypes = batch.PresentTypes;
        DeclaredObserved = declared;
        Locations = batch.Locations;
    }

    /// <summary>Gets the subjects, in the order results are reported.</summary>
    public ImmutableArray<Subject> Subjects { get; }

    /// <summary>Gets every observation.</summary>
    public ImmutableArray<Observation> Observations { get; }

    /// <summary>
    /// Gets the observation types the producer declared observed in full, even where the batch holds none of them
    /// ("observed, and there were none"), by name such as <c>service_guide</c>, in ordinal order.
    /// </summary>
    public ImmutableArray<string> DeclaredObserved { get; }

    /// <summary>
    /// Gets the observation types that were observed: those of which the batch holds at least one fact, and those declared
    /// observed, by name, in ordinal order.
    /// </summary>
    /// <remarks>
    /// A type absent from this list was not observed: the indicators that depend on it are not assessed (see
    /// <see cref="Results.DataCoverage"/>), unless the evaluation assumes the batch complete.
    /// </remarks>
    public ImmutableArray<string> ObservedTypes => [.. PresentTypes.Union(DeclaredObserved, StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Gets the observation types of which the batch holds at least one fact, by name.</summary>
    internal ImmutableArray<string> PresentTypes { get; }

    /// <summary>Gets where each observation was read from, when the batch was read from files.</summary>
    internal IReadOnlyDictionary<Observation, SourceLocation> Locations { get; private init; } = EmptyLocations;

    private static IReadOnlyDictionary<Observation, SourceLocation> EmptyLocations { get; } = new Dictionary<Observation, SourceLocation>(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Returns a batch that declares some observation types observed in full: a type listed here that has no fact in the
    /// batch was observed and there was none, so the indicators that depend on it are assessed on that absence.
    /// </summary>
    /// <param name="factTypes">
    /// The observation types' names, such as <c>service_guide</c> or <c>column</c> (the deprecated PascalCase names, such as
    /// <c>Column</c>, are read as the same types).
    /// </param>
    /// <returns>The batch with the declaration (added to any it had).</returns>
    /// <exception cref="ArgumentException">A name is not an observation type.</exception>
    public FactBatch DeclareObserved(IEnumerable<string> factTypes)
    {
        ArgumentNullException.ThrowIfNull(factTypes);
        var written = factTypes.Select(n => (Name: n, Type: FactCatalog.FindObservation(n, out _))).ToList();
        var unknown = written.Where(n => n.Type is null).Select(n => n.Name).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"not an observation type: {string.Join(", ", unknown)}; the observation types are: {FactCatalog.ObservationTypeList}",
                nameof(factTypes));
        }

        var names = written.Select(n => n.Type!.Name);
        return new FactBatch(this, [.. DeclaredObserved.Union(names, StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>Returns the batch with the source locations of its observations, for positioned diagnostics.</summary>
    /// <param name="locations">Where each observation was read from.</param>
    /// <returns>The batch.</returns>
    internal FactBatch WithLocations(IReadOnlyDictionary<Observation, SourceLocation> locations) =>
        new(this, DeclaredObserved) { Locations = locations };

    /// <summary>Checks and creates a batch.</summary>
    /// <param name="subjects">The subjects.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="source">How to name the input in diagnostics (a file or folder).</param>
    /// <returns>The batch, or every problem found.</returns>
    public static LoadResult<FactBatch> Create(IEnumerable<Subject> subjects, IEnumerable<Observation> observations, string source = "facts")
    {
        ArgumentNullException.ThrowIfNull(subjects);
        ArgumentNullException.ThrowIfNull(observations);
        var subjectList = subjects.ToImmutableArray();
        var observationList = observations.ToImmutableArray();
        var diagnostics = new List<Diagnostic>();
        var location = SourceLocation.OfFile(source);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var subject in subjectList)
        {
            if (!ids.Add(subject.Id))
            {
                diagnostics.Add(Diagnostic.Create(DiagnosticCodes.DuplicateSubject, $"subject id '{subject.Id}' is used twice ({subject.Name})", location, subject.Id));
            }
        }

        foreach (var fact in subjectList.Cast<object>().Concat(observationList))
        {
            CheckDates(fact, location, diagnostics);
        }

        var observationIds = new HashSet<(Type, string)>();
        foreach (var observation in observationList)
        {
            if (!observationIds.Add((observation.GetType(), observation.Id)))
            {
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.DuplicateObservation,
                    $"{FactCatalog.For(observation.GetType()).Name} id '{observation.Id}' is used twice",
                    location,
                    observation.Id));
            }

            if (!ids.Contains(observation.SubjectId))
            {
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.UnknownSubject,
                    $"{FactCatalog.For(observation.GetType()).Name} '{observation.Id}' names subject '{observation.SubjectId}', which the batch does not have",
                    location,
                    observation.Id));
            }
        }

        return diagnostics.Count > 0
            ? LoadResult<FactBatch>.Failed(diagnostics)
            : LoadResult<FactBatch>.Ok(new FactBatch(subjectList, observationList));
    }

    // A date near the ends of NodaTime's range (0001, 9999) would overflow when a window or a "next day" is computed:
    // facts hold dates of the years the inspections can concern, as the facts readers also require.
    private static void CheckDates(object fact, SourceLocation location, List<Diagnostic> diagnostics)
    {
        var (earliest, latest) = FactDates.Range(fact);
        CheckYear(fact, earliest, location, diagnostics);
        if (latest != earliest)
        {
            CheckYear(fact, latest, location, diagnostics);
        }
    }

    private static void CheckYear(object fact, NodaTime.LocalDate? value, SourceLocation location, List<Diagnostic> diagnostics)
    {
        if (value is { } date)
        {
            if (date.Year is < InputLimits.MinFactsYear or > InputLimits.MaxFactsYear)
            {
                var type = FactCatalog.For(fact.GetType()).Name;
                var id = fact switch { Subject s => s.Id, Observation o => o.Id, _ => string.Empty };
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.FactsInvalidValue,
                    $"{type} '{id}' carries the date {NodaTime.Text.LocalDatePattern.Iso.Format(date)}, outside the dates facts may hold (the years {InputLimits.MinFactsYear}–{InputLimits.MaxFactsYear})",
                    location,
                    id));
            }
        }
    }

    /// <summary>Checks and creates a batch, throwing when it has errors.</summary>
    /// <param name="subjects">The subjects.</param>
    /// <param name="observations">The observations.</param>
    /// <returns>The batch.</returns>
    /// <exception cref="DiagnosticsException">The batch has errors.</exception>
    public static FactBatch Of(IEnumerable<Subject> subjects, IEnumerable<Observation> observations) =>
        Create(subjects, observations).GetValueOrThrow();

    /// <summary>Gets the observations about one subject.</summary>
    /// <param name="subjectId">The subject's id.</param>
    /// <returns>The observations, possibly none.</returns>
    public ImmutableArray<Observation> ObservationsOf(string subjectId) => ObservationsBySubject(subjectId).All;

    /// <summary>Gets the observations about one subject, grouped by type.</summary>
    /// <param name="subjectId">The subject's id.</param>
    /// <returns>The observations, possibly none.</returns>
    internal SubjectObservations ObservationsBySubject(string subjectId) => _bySubject.GetValueOrDefault(subjectId, SubjectObservations.None);
}
