using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Calendar;

/// <summary>
/// Reads one calendar file and checks everything that can be checked without its base calendar, reporting every
/// problem with file, line, column and the year concerned. The format is documented in <c>rules/calendars/README.md</c>.
/// </summary>
internal static partial class CalendarFileReader
{
    private const string CalendarWhat = "a calendar";
    private const string YearWhat = "a year block";
    private const string NoticeWhat = "a notice";
    private const string EntryWhat = "an exception day";
    private const string UnknownWhat = "an unknown holiday";
    private const string AroundWhat = "the window of an unknown holiday";
    private const string SourceWhat = "a source";

    private static readonly (string Word, EntryKind Value)[] Kinds = Words<EntryKind>(CalendarGrammar.EntryKinds);

    private static readonly (string Word, Confidence Value)[] Confidences = Words<Confidence>(CalendarGrammar.Confidences);

    /// <summary>Reads and checks a calendar file.</summary>
    /// <param name="source">The file's name and text.</param>
    /// <param name="diagnostics">Receives every problem found.</param>
    /// <returns>What the file says (its well-formed parts), or <see langword="null"/> when it is not a calendar at all.</returns>
    public static CalendarDefinition? Read(CalendarText source, ICollection<Diagnostic> diagnostics)
    {
        var file = source.File;
        var found = diagnostics.Count;
        var root = YamlSource.Parse(source.Text, file, diagnostics);
        if (root is null)
        {
            if (diagnostics.Count == found)
            {
                diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.MissingKey, "the file is empty; a calendar needs 'id', 'name' and 'years'", new SourceLocation(file, 1, 1)));
            }

            return null;
        }

        var map = YamlMap.From(root, file, CalendarWhat, null, diagnostics);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(CalendarGrammar.Calendar.KeyNames, CalendarWhat);
        var stem = FileStem(file);
        var id = ReadId(map, stem);
        var keys = map.ReadBy(CalendarGrammar.Calendar);
        var name = keys.String("name", CalendarWhat) ?? string.Empty;
        var extends = keys.String("extends", CalendarWhat);
        var sources = ReadSources(map);
        var context = new FileContext(extends is not null, sources);
        var years = ReadYears(map, context);

        return new CalendarDefinition(
            id ?? stem,
            name,
            file,
            extends,
            map.ValueLocation("extends"),
            years,
            [.. context.Entries],
            [.. context.Unknown]);
    }

    private static string FileStem(string file) => Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/')[^1]);

    private static string? ReadId(YamlMap map, string stem)
    {
        var id = map.ReadBy(CalendarGrammar.Calendar).String("id", CalendarWhat);
        if (id is null)
        {
            return null;
        }

        if (!IdPattern().IsMatch(id))
        {
            map.Error(map.Get("id")!, $"'id' must be lower-case letters and digits in words joined by '-', such as cn-xj; found '{MessageExcerpt.Of(id)}'");
        }
        else if (!string.Equals(id, stem, StringComparison.Ordinal))
        {
            map.Error(map.Get("id")!, $"the id '{MessageExcerpt.Of(id)}' differs from the file's name '{stem}': name the file {id}.yaml, since calendars are found by file name", DiagnosticCodes.IdMismatch);
        }

        return id;
    }

    private static HashSet<string> ReadSources(YamlMap map)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var sources = map.Get("sources");
        var sourcesMap = sources is null ? null : map.Nested(sources, "the sources (a mapping of source keys to sources)");
        if (sourcesMap is null)
        {
            return keys;
        }

        foreach (var key in sourcesMap.Keys)
        {
            keys.Add(key);
            var sourceMap = sourcesMap.Nested(sourcesMap.Get(key), SourceWhat);
            if (sourceMap is null)
            {
                continue;
            }

            sourceMap.RejectUnknownKeys(CalendarGrammar.Source.KeyNames, SourceWhat);
            var source = sourceMap.ReadBy(CalendarGrammar.Source);
            source.String("title", SourceWhat);
            source.TextList("urls", SourceWhat);
        }

        return keys;
    }

    private static ImmutableArray<CalendarYear> ReadYears(YamlMap map, FileContext context)
    {
        var years = new List<(CalendarYear Year, YamlMap Map)>();
        var items = map.ReadBy(CalendarGrammar.Calendar).List("years", CalendarWhat);
        foreach (var item in items)
        {
            var subject = (item as YamlMappingNode)?.Children
                .Where(c => c.Key is YamlScalarNode { Value: "year" })
                .Select(c => (c.Value as YamlScalarNode)?.Value)
                .FirstOrDefault();
            var yearMap = YamlMap.From(item, map.File, YearWhat, subject, map.Diagnostics, map.SourceMap);
            if (yearMap is null)
            {
                continue;
            }

            yearMap.RejectUnknownKeys(CalendarGrammar.Year.KeyNames, YearWhat);
            var year = yearMap.ReadBy(CalendarGrammar.Year, context.IsOverlay).Integer("year", YearWhat);
            if (year is < 1900 or > 9998)
            {
                yearMap.Error(yearMap.Get("year")!, $"'year' must be a year from 1900 to 9998, found {year}");
                year = null;
            }

            if (year is not { } value)
            {
                continue;
            }

            var calendarYear = new CalendarYear(value, yearMap.ValueLocation("year"), yearMap.Get("notices") is not null);
            var earlier = years.FirstOrDefault(y => y.Year.Year == value).Year;
            if (earlier is not null)
            {
                yearMap.Error(yearMap.Get("year")!, $"year {value} is listed twice (first at line {earlier.Location.Line}); merge the two blocks", DiagnosticCodes.DuplicateYear);
                continue;
            }

            years.Add((calendarYear, yearMap));
        }

        if (!context.IsOverlay && items.Count == 0 && map.Get("years") is { } node)
        {
            map.Error(node, "a calendar needs at least one year block", DiagnosticCodes.MissingYear);
        }
        else if (!context.IsOverlay)
        {
            CheckConsecutive(map, years.Select(y => y.Year).ToList());
        }

        var first = years.Count == 0 ? 0 : years.Min(y => y.Year.Year);
        foreach (var (year, yearMap) in years)
        {
            ReadYear(yearMap, year.Year, isFirst: year.Year == first, context);
        }

        return [.. years.Select(y => y.Year)];
    }

    private static void CheckConsecutive(YamlMap map, List<CalendarYear> years)
    {
        var sorted = years.OrderBy(y => y.Year).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Year != sorted[i - 1].Year + 1)
            {
                var missing = sorted[i - 1].Year + 1 == sorted[i].Year - 1
                    ? Invariant($"{sorted[i - 1].Year + 1} is missing")
                    : Invariant($"{sorted[i - 1].Year + 1}–{sorted[i].Year - 1} are missing");
                map.Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.MissingYear,
                    Invariant($"year {sorted[i].Year} follows {sorted[i - 1].Year}: {missing}; a national calendar covers whole consecutive years, since a gap would be read as an ordinary week"),
                    sorted[i].Location,
                    Invariant($"{sorted[i].Year}")));
            }
        }
    }

    private static void ReadYear(YamlMap map, int year, bool isFirst, FileContext context)
    {
        var keys = map.ReadBy(CalendarGrammar.Year, context.IsOverlay);
        keys.String("note", YearWhat);
        var windowStart = new LocalDate(year, 1, 1);
        var begins = keys.Date("begins", YearWhat);
        if (begins is { } start)
        {
            if (start.Year != year - 1 || start.Month != 12)
            {
                map.Error(map.Get("begins")!, Invariant($"'begins' must be a day in December {year - 1}, when the notice's first break starts before 1 January; found {Iso(start)}"), DiagnosticCodes.BeginsOutOfBounds);
            }
            else if (isFirst && !context.IsOverlay)
            {
                map.Error(map.Get("begins")!, Invariant($"the first year of a calendar cannot begin in {year - 1}, which the calendar does not cover; add a block for {year - 1} first"), DiagnosticCodes.BeginsOutOfBounds);
            }
            else
            {
                windowStart = start;
            }
        }

        ReadNotices(map, context);
        var holidaysWithDays = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in keys.List("exceptions", YearWhat))
        {
            if (map.Nested(item, EntryWhat) is { } entryMap && ReadEntry(entryMap, year, windowStart, context) is { } entry)
            {
                holidaysWithDays.Add(entry.Holiday);
            }
        }

        ReadUnknown(map, year, holidaysWithDays, context);
    }

    private static void ReadNotices(YamlMap map, FileContext context)
    {
        LocalDate? previous = null;
        var index = 0;
        foreach (var item in map.ReadBy(CalendarGrammar.Year, context.IsOverlay).List("notices", YearWhat))
        {
            var notice = map.Nested(item, NoticeWhat);
            if (notice is null)
            {
                continue;
            }

            notice.RejectUnknownKeys(CalendarGrammar.Notice.KeyNames, NoticeWhat);
            var keys = notice.ReadBy(CalendarGrammar.Notice, context.IsOverlay);
            keys.String("title", NoticeWhat);
            keys.String("number", NoticeWhat);
            var published = keys.Date("published", NoticeWhat);
            keys.String("url", NoticeWhat);
            var amends = keys.Boolean("amends", NoticeWhat) ?? false;
            keys.String("summary", NoticeWhat);

            if (index == 0 && amends)
            {
                notice.Error(notice.Get("amends")!, "the first notice of a year is the original one and cannot be an amendment; list the original notice first", DiagnosticCodes.NoticeOrder);
            }
            else if (index > 0 && !amends)
            {
                notice.Diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.NoticeOrder,
                    "a year has one original notice; a later notice must amend it ('amends: true'), with the days as they stand after the amendment",
                    notice.Location,
                    notice.Subject));
            }
            else if (index > 0 && published is { } date && previous is { } before && date <= before)
            {
                notice.Error(notice.Get("published")!, $"an amendment must be published after the notice before it ({Iso(before)}); found {Iso(date)}", DiagnosticCodes.NoticeOrder);
            }

            previous = published ?? previous;
            index++;
        }
    }

    private static CalendarEntry? ReadEntry(YamlMap map, int year, LocalDate windowStart, FileContext context)
    {
        map.RejectUnknownKeys(CalendarGrammar.Exception.KeyNames, EntryWhat);
        var keys = map.ReadBy(CalendarGrammar.Exception, context.IsOverlay);
        var date = keys.Date("date", EntryWhat);
        var kind = keys.Choice("kind", Kinds, EntryWhat);
        var holiday = keys.String("holiday", EntryWhat);
        var confidence = keys.Choice("confidence", Confidences, EntryWhat) ?? Confidence.High;
        keys.String("note", EntryWhat);
        CheckSourceKeys(keys, context);

        if (date is not { } day || kind is not { } entryKind || holiday is null)
        {
            return null;
        }

        var node = map.Get("date")!;
        var location = map.At(node);
        var windowEnd = new LocalDate(year, 12, 31);
        if (day < windowStart || day > windowEnd)
        {
            var window = windowStart.Year == year ? Invariant($"{year}") : $"{Iso(windowStart)} … {Iso(windowEnd)} (the block begins on {Iso(windowStart)})";
            map.Error(node, Invariant($"{Iso(day)} is outside its year block {window}; move it to the block of {day.Year}, or set 'begins' when the notice's break starts in December of the year before"), DiagnosticCodes.DateOutsideYear);
            return null;
        }

        var entry = new CalendarEntry(day, entryKind, holiday, confidence, year, location);
        if (context.Seen.TryGetValue(day, out var earlier))
        {
            var (code, message) = earlier.Kind == entryKind
                ? (DiagnosticCodes.DuplicateDate, Invariant($"{Iso(day)} is listed twice (first at line {earlier.Location.Line}); keep one entry"))
                : (DiagnosticCodes.ConflictingKinds, Invariant($"{Iso(day)} is listed as '{Word(earlier.Kind)}' (line {earlier.Location.Line}) and as '{Word(entryKind)}': a day is either off or working"));
            map.Error(node, message, code);
            return null;
        }

        context.Seen.Add(day, entry);
        var weekend = day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        if (entryKind == EntryKind.Work && !weekend)
        {
            map.Error(node, $"{Iso(day)} is a {day.DayOfWeek}: a 'work' day must be a Saturday or Sunday (a make-up working day); a weekday is worked anyway", DiagnosticCodes.WorkOnWeekday);
        }
        else if (entryKind == EntryKind.Off && weekend)
        {
            map.Error(node, $"{Iso(day)} is a {day.DayOfWeek}, an ordinary rest day: only Monday–Friday days off are exceptions, so leave weekend days inside a break out", DiagnosticCodes.OffOnWeekend);
        }
        else if (entryKind == EntryKind.Cancel && !context.IsOverlay)
        {
            map.Error(node, $"{Iso(day)} cancels a make-up working day, but this calendar extends no other calendar, so there is none to cancel", DiagnosticCodes.CancelWithoutMakeUpDay);
        }
        else
        {
            context.Entries.Add(entry);
            return entry;
        }

        return null;
    }

    private static void ReadUnknown(YamlMap map, int year, HashSet<string> holidaysWithDays, FileContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in map.ReadBy(CalendarGrammar.Year, context.IsOverlay).List("unknown", YearWhat))
        {
            var unknown = map.Nested(item, UnknownWhat);
            if (unknown is null)
            {
                continue;
            }

            unknown.RejectUnknownKeys(CalendarGrammar.Unknown.KeyNames, UnknownWhat);
            var keys = unknown.ReadBy(CalendarGrammar.Unknown, context.IsOverlay);
            var holiday = keys.String("holiday", UnknownWhat);
            var note = keys.String("note", UnknownWhat);
            CheckSourceKeys(keys, context);
            var around = ReadAround(unknown, year);
            if (holiday is null || note is null)
            {
                continue;
            }

            var node = unknown.Get("holiday")!;
            if (!seen.Add(holiday))
            {
                unknown.Error(node, Invariant($"{holiday} is marked unknown twice in {year}"), DiagnosticCodes.UnknownHolidayTwice);
            }
            else if (holidaysWithDays.Contains(holiday))
            {
                unknown.Error(node, Invariant($"{holiday} is marked unknown in {year}, but the year also records days for it; remove one or the other"), DiagnosticCodes.UnknownHolidayRecorded);
            }
            else
            {
                context.Unknown.Add(new UnknownHoliday(year, holiday, note) { Around = around });
            }
        }
    }

    private static DateInterval? ReadAround(YamlMap unknown, int year)
    {
        var node = unknown.Get("around");
        var map = node is null ? null : unknown.Nested(node, AroundWhat);
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(CalendarGrammar.Around.KeyNames, AroundWhat);
        var keys = map.ReadBy(CalendarGrammar.Around);
        var from = keys.Date("from", AroundWhat);
        var to = keys.Date("to", AroundWhat);
        if (from is not { } first || to is not { } last)
        {
            return null;
        }

        if (last < first)
        {
            map.Error(map.Get("to")!, $"'to' ({Iso(last)}) is before 'from' ({Iso(first)}): the window runs from its first day to its last, both included");
            return null;
        }

        if (first.Year > year || last.Year < year)
        {
            map.Error(node!, Invariant($"the window {Iso(first)} … {Iso(last)} does not touch {year}, the year of the holiday it belongs to"), DiagnosticCodes.DateOutsideYear);
            return null;
        }

        return new DateInterval(first, last);
    }

    private static void CheckSourceKeys(GrammarMapReader keys, FileContext context)
    {
        var map = keys.Map;
        foreach (var (key, node) in keys.TextList("sources", "an entry"))
        {
            if (!context.SourceKeys.Contains(key))
            {
                var known = context.SourceKeys.Count == 0 ? "the file defines no 'sources'" : "defined: " + string.Join(", ", context.SourceKeys.Order(StringComparer.Ordinal));
                map.Error(node, $"unknown source '{MessageExcerpt.Of(key)}'; {known}", DiagnosticCodes.UnknownSource);
            }
        }
    }

    private static string Word(EntryKind kind) => Kinds.First(k => k.Value == kind).Word;

    private static (string Word, T Value)[] Words<T>(Choice choice) => [.. choice.Options.Select(o => (o.Name, (T)o.Value))];

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>What reading one file gathers as it goes.</summary>
    /// <param name="IsOverlay">Whether the file extends another calendar.</param>
    /// <param name="SourceKeys">The keys of the file's <c>sources</c>.</param>
    private sealed record FileContext(bool IsOverlay, HashSet<string> SourceKeys)
    {
        public Dictionary<LocalDate, CalendarEntry> Seen { get; } = [];

        public List<CalendarEntry> Entries { get; } = [];

        public List<UnknownHoliday> Unknown { get; } = [];
    }
}
