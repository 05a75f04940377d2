using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Resources;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Finds and loads working-day calendars: the built-in ones shipped in this assembly (<c>cn</c>, <c>cn-xj</c>), and
/// calendar files or folders on disk, which may extend the built-in ones.
/// </summary>
/// <remarks>
/// <para>
/// A calendar is found by its id, which is also its file's name: <c>extends: cn</c> means the file <c>cn.yaml</c> in the
/// same folder when there is one, otherwise the built-in calendar <c>cn</c>. The file format is documented in
/// <c>rules/calendars/README.md</c> and <c>rules/schema/calendar.schema.json</c>.
/// </para>
/// <para>
/// Loading reports every problem of every file read at once, as diagnostics with file, line and column (and the year
/// as <see cref="Diagnostic.Subject"/>), in a <see cref="LoadResult{T}"/>; the <c>…OrThrow</c> methods throw them as a
/// <see cref="DiagnosticsException"/> instead. All members are thread-safe.
/// </para>
/// </remarks>
public static class WorkingDayCalendars
{
    private const string BuiltInFolder = "rules/calendars/";
    private const string Extension = ".yaml";

    private static readonly Lazy<ImmutableDictionary<string, WorkingDayCalendar>> BuiltIns =
        new(LoadBuiltIns, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Gets the ids of the built-in calendars, sorted: <c>cn</c> (national) and <c>cn-xj</c> (Xinjiang).</summary>
    public static ImmutableArray<string> BuiltInIds { get; } =
        [.. BuiltInResources.List(BuiltInFolder)
            .Where(n => n.EndsWith(Extension, StringComparison.Ordinal) && n.IndexOf('/', BuiltInFolder.Length) < 0)
            .Select(n => n[BuiltInFolder.Length..^Extension.Length])
            .Order(StringComparer.Ordinal)];

    /// <summary>Gets a built-in calendar by id.</summary>
    /// <param name="id">The id, such as <c>cn</c> or <c>cn-xj</c>.</param>
    /// <returns>The calendar; a regional one is already composed with the national calendar it extends.</returns>
    /// <remarks>The built-in calendars are loaded once, on first use, and shared: every call returns the same instance.</remarks>
    /// <exception cref="ArgumentException">There is no built-in calendar with that id.</exception>
    public static WorkingDayCalendar BuiltIn(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return BuiltIns.Value.TryGetValue(id, out var calendar)
            ? calendar
            : throw new ArgumentException($"There is no built-in calendar '{id}'; the built-in calendars are: {string.Join(", ", BuiltInIds)}.", nameof(id));
    }

    /// <summary>Loads the calendar in one file.</summary>
    /// <param name="path">The path of a calendar file (<c>&lt;id&gt;.yaml</c>).</param>
    /// <returns>The calendar, or every problem found in it and in the calendars it extends.</returns>
    /// <remarks>Its <c>extends</c> is looked for as a file in the same folder first, then among the built-in calendars.</remarks>
    public static LoadResult<WorkingDayCalendar> LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var root = InputRoot.Of(folder.Length == 0 ? "." : folder);
        CalendarLoader loader = null!;
        loader = new CalendarLoader(id => FindOnDisk(folder, id, root, loader));
        var source = ReadFile(path, null, loader);
        return loader.Result(source is null ? null : loader.Load(source));
    }

    /// <summary>Loads the calendar in one file, or throws.</summary>
    /// <param name="path">The path of a calendar file.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="DiagnosticsException">The file or a calendar it extends has errors; every one is listed.</exception>
    public static WorkingDayCalendar LoadFileOrThrow(string path) => LoadFile(path).GetValueOrThrow();

    /// <summary>Loads every calendar file (<c>*.yaml</c>) in a folder; overlays may extend one another or a built-in calendar.</summary>
    /// <param name="path">The folder; its subfolders are not read.</param>
    /// <returns>The calendars sorted by id, or every problem found in any of them.</returns>
    public static LoadResult<IReadOnlyList<WorkingDayCalendar>> LoadFolder(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (calendars, _, loader) = ReadFolder(path);
        return loader.Result(calendars);
    }

    /// <summary>Loads every calendar file in a folder, or throws.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>The calendars sorted by id.</returns>
    /// <exception cref="DiagnosticsException">A file has errors; every one is listed.</exception>
    public static IReadOnlyList<WorkingDayCalendar> LoadFolderOrThrow(string path) => LoadFolder(path).GetValueOrThrow();

    /// <summary>Loads a calendar from YAML text, such as one kept in a database.</summary>
    /// <param name="yaml">The calendar file's text.</param>
    /// <param name="fileName">The file's name, <c>&lt;id&gt;.yaml</c>, used in diagnostics and checked against the id.</param>
    /// <returns>The calendar, or every problem found.</returns>
    /// <remarks>Its <c>extends</c> is looked for among the built-in calendars.</remarks>
    public static LoadResult<WorkingDayCalendar> Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        var loader = new CalendarLoader(FindBuiltIn);
        var problems = new List<Diagnostic>();
        if (!SourceFile.Check(yaml, fileName, InputLimits.CalendarFile, problems))
        {
            problems.ForEach(loader.Report);
            return loader.Result<WorkingDayCalendar>(null);
        }

        return loader.Result(loader.Load(new CalendarText(fileName, yaml)));
    }

    /// <summary>Loads every calendar file in a folder, keeping the calendars that load when another file has errors.</summary>
    /// <param name="path">The folder.</param>
    /// <returns>
    /// The calendars that loaded, sorted by id; the ids of every calendar file in the folder (from the files' names,
    /// whether or not they load); and the loader, which holds every problem found.
    /// </returns>
    internal static (IReadOnlyList<WorkingDayCalendar> Calendars, IReadOnlySet<string> FileIds, CalendarLoader Loader) ReadFolder(string path)
    {
        CalendarLoader loader = null!;
        var root = InputRoot.Of(path);
        loader = new CalendarLoader(id => FindOnDisk(path, id, root, loader));
        if (!Directory.Exists(path))
        {
            loader.Report(Diagnostic.Create(DiagnosticCodes.CannotRead, "no such folder", SourceLocation.OfFile(path)));
            return ([], new HashSet<string>(), loader);
        }

        var files = Directory.GetFiles(path, "*" + Extension).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            loader.Report(Diagnostic.Create(DiagnosticCodes.CannotRead, "the folder holds no calendar file (*.yaml)", SourceLocation.OfFile(path)));
        }

        var calendars = new List<WorkingDayCalendar>();
        foreach (var file in files)
        {
            if (ReadFile(Path.Combine(path, Path.GetFileName(file)), root, loader) is { } source && loader.Load(source) is { } calendar)
            {
                calendars.Add(calendar);
            }
        }

        var ids = files.Select(f => Path.GetFileNameWithoutExtension(f)).ToHashSet(StringComparer.Ordinal);
        return ([.. calendars.OrderBy(c => c.Id, StringComparer.Ordinal)], ids, loader);
    }

    /// <summary>Loads a built-in calendar afresh, without the shared cache (for benchmarks and tests).</summary>
    /// <param name="id">The id.</param>
    /// <returns>The calendar, or every problem found.</returns>
    internal static LoadResult<WorkingDayCalendar> LoadBuiltIn(string id)
    {
        var loader = new CalendarLoader(FindBuiltIn);
        var source = FindBuiltIn(id) ?? throw new ArgumentException($"There is no built-in calendar '{id}'.", nameof(id));
        return loader.Result(loader.Load(source));
    }

    private static ImmutableDictionary<string, WorkingDayCalendar> LoadBuiltIns()
    {
        var loader = new CalendarLoader(FindBuiltIn);
        var calendars = BuiltInIds.Select(id => loader.Load(FindBuiltIn(id)!)).ToList();
        if (loader.HasErrors)
        {
            throw new DiagnosticsException(loader.Diagnostics);
        }

        return calendars.ToImmutableDictionary(c => c!.Id, c => c!, StringComparer.Ordinal);
    }

    /// <summary>Finds a built-in calendar file by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The file, or <see langword="null"/> when there is no such built-in calendar.</returns>
    internal static CalendarText? FindBuiltIn(string id)
    {
        var name = BuiltInFolder + id + Extension;
        var text = BuiltInIds.Contains(id) ? BuiltInResources.ReadText(name) : null;
        return text is null ? null : new CalendarText(BuiltInResources.Scheme + name, text);
    }

    private static CalendarText? FindOnDisk(string folder, string id, InputRoot root, CalendarLoader loader)
    {
        // The loader has checked that the id is a plain name, so the path stays in the folder.
        var path = Path.Combine(folder, id + Extension);
        return InputRoot.Exists(path) ? ReadFile(path, root, loader) : FindBuiltIn(id);
    }

    private static CalendarText? ReadFile(string path, InputRoot? root, CalendarLoader loader)
    {
        var problems = new List<Diagnostic>();
        var text = SourceFile.Read(path, InputLimits.CalendarFile, root, DiagnosticCodes.CannotRead, problems);
        problems.ForEach(loader.Report);
        return text is null ? null : new CalendarText(path, text);
    }
}
