using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Authoring.Parsing;
using Compliance.Rules.Calendar;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// Loads a revision folder like a compiler: reads every file, follows <c>extends</c> (sibling folders first, then the
/// built-in revisions), merges overrides, parses and checks everything, and reports every problem at once.
/// </summary>
/// <remarks>One loader serves one load; it is not thread-safe.</remarks>
internal sealed class RevisionLoader
{
    private static readonly string[] SkippedOnMerge = ["extends"];

    private readonly List<Diagnostic> _diagnostics = [];
    private readonly SourceMap _sourceMap = new();
    private readonly Func<string, CalendarLookup> _findCalendar;

    /// <summary>Initializes a new instance of the <see cref="RevisionLoader"/> class.</summary>
    /// <param name="findCalendar">Finds a calendar by id, with the problems of the calendar files it reads.</param>
    public RevisionLoader(Func<string, CalendarLookup> findCalendar) => _findCalendar = findCalendar;

    /// <summary>Loads a revision folder.</summary>
    /// <param name="folder">The folder.</param>
    /// <returns>The revision, or every diagnostic found.</returns>
    public LoadResult<RuleRevision> Load(RevisionFolder folder)
    {
        var raw = LoadRaw(folder, []);
        RuleRevision? revision = raw is null ? null : Parse(raw);
        var ordered = _diagnostics
            .DistinctBy(d => (d.Code, d.Message, d.Location, d.Severity))
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
        return revision is not null && raw!.Complete && ordered.All(d => d.Severity != DiagnosticSeverity.Error)
            ? LoadResult<RuleRevision>.Ok(revision, ordered)
            : LoadResult<RuleRevision>.Failed(ordered.Count > 0 && ordered.Any(d => d.Severity == DiagnosticSeverity.Error)
                ? ordered
                : [.. ordered, Diagnostic.Create(DiagnosticCodes.MissingRevision, "the revision could not be loaded", SourceLocation.OfFile(folder.Name))]);
    }

    private RawRevision? LoadRaw(RevisionFolder folder, ImmutableList<string> chain)
    {
        _diagnostics.AddRange(folder.ReadProblems);
        if (folder.Revision is null)
        {
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.MissingRevision,
                $"'{folder.Name}' is not a revision folder: it has no {RevisionFolder.RevisionFileName}",
                SourceLocation.OfFile(folder.Name)));
            return null;
        }

        var found = _diagnostics.Count;
        var header = folder.Revision.Text is null
            ? null
            : YamlMap.From(Parse(folder.Revision), folder.Revision.Path, "a revision", null, _diagnostics, _sourceMap);
        if (header is null)
        {
            if (folder.Revision.Text is not null && _diagnostics.Count == found)
            {
                _diagnostics.Add(Diagnostic.Create(DiagnosticCodes.MissingKey, "the revision file is empty", SourceLocation.OfFile(folder.Revision.Path)));
            }

            // The indicator files are read and checked all the same (all but their groups, which the header defines),
            // so their problems are reported together with the header's.
            foreach (var item in CheckDuplicates(ReadIndicatorFiles(folder).Indicators))
            {
                IndicatorParser.Parse(YamlMap.From(item.Node, item.File, "an indicator", item.Id, _diagnostics, _sourceMap)!, null);
            }

            return null;
        }

        var id = header.Get("id") is YamlScalarNode { Value: { } value } ? value : folder.Name;
        var (ownIndicators, overrides) = ReadIndicatorFiles(folder);
        var extends = header.Get("extends") is { } extendsNode ? header.ScalarText(extendsNode, "extends", "a revision id") : null;
        if (extends is null)
        {
            foreach (var (overrideId, node, file) in overrides)
            {
                _diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.OverrideOfMissingIndicator,
                    $"'overrides' changes an indicator of the base revision, but revision '{id}' extends none; move '{MessageExcerpt.Of(overrideId)}' to 'indicators'",
                    LocationOf(node, file),
                    overrideId));
            }

            return new RawRevision(header.Node, folder.Revision.Path, CheckDuplicates(ownIndicators), true);
        }

        if (!InputRoot.IsPlainId(extends))
        {
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.NotAPlainId,
                $"'extends: {MessageExcerpt.Of(extends)}' must be a plain revision id: the name of a sibling folder or a built-in revision (such as gb-2019), not a path; revisions outside the folder being loaded are not read",
                header.ValueLocation("extends"),
                id));
            CheckDuplicates(ownIndicators);
            return null;
        }

        if (chain.Contains(extends) || extends == id)
        {
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.RuleExtendsCycle,
                $"revisions extend each other in a cycle: {string.Join(" → ", chain.Add(id).Add(extends))}",
                header.ValueLocation("extends"),
                id));
            return null;
        }

        var baseFolder = Resolve(extends, folder);
        if (baseFolder is null)
        {
            var builtIns = string.Join(", ", RevisionFolder.BuiltInIds);
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.MissingExtendsTarget,
                $"'extends: {extends}' names no revision: there is no sibling folder '{extends}' with {RevisionFolder.RevisionFileName} and no built-in revision of that id (built in: {builtIns})",
                header.ValueLocation("extends"),
                id));
            CheckDuplicates(ownIndicators);
            return null;
        }

        var basis = LoadRaw(baseFolder, chain.Add(id));
        if (basis is null)
        {
            return null;
        }

        var merged = (YamlMappingNode)OverlayMerger.Merge(basis.Header, header.Node, new GrammarValue.Mapping(RuleGrammar.Revision.Name), _sourceMap, SkippedOnMerge);
        merged.Children.Remove(new YamlScalarNode("extends"));
        merged.Add("extends", extends);
        return new RawRevision(merged, folder.Revision.Path, ApplyOverlay(basis, ownIndicators, overrides, id), basis.Complete);
    }

    private List<RawIndicator> ApplyOverlay(RawRevision basis, List<RawIndicator> own, List<RawIndicator> overrides, string revisionId)
    {
        var result = basis.Indicators.ToList();
        var index = result.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        foreach (var change in overrides)
        {
            if (!index.TryGetValue(change.Id, out var at))
            {
                _diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.OverrideOfMissingIndicator,
                    $"override of '{MessageExcerpt.Of(change.Id)}', which the base revision does not have{YamlMap.Suggest(change.Id, index.Keys)}",
                    LocationOf(change),
                    change.Id));
                continue;
            }

            var merged = (YamlMappingNode)OverlayMerger.Merge(result[at].Node, change.Node, new GrammarValue.Mapping(RuleGrammar.Override.Name), _sourceMap);
            result[at] = new RawIndicator(change.Id, merged, change.File);
        }

        foreach (var added in CheckDuplicates(own))
        {
            if (index.ContainsKey(added.Id))
            {
                _diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.DuplicateId,
                    $"indicator '{MessageExcerpt.Of(added.Id)}' is already defined by the base revision; revision '{revisionId}' changes it under 'overrides'",
                    LocationOf(added),
                    added.Id));
                continue;
            }

            result.Add(added);
        }

        return result;
    }

    private List<RawIndicator> CheckDuplicates(List<RawIndicator> indicators)
    {
        var seen = new Dictionary<string, RawIndicator>(StringComparer.Ordinal);
        var result = new List<RawIndicator>();
        foreach (var indicator in indicators)
        {
            if (seen.TryGetValue(indicator.Id, out var first))
            {
                var firstAt = LocationOf(first);
                _diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.DuplicateId,
                    $"indicator id '{MessageExcerpt.Of(indicator.Id)}' is used twice (first at {firstAt})",
                    LocationOf(indicator),
                    indicator.Id));
                continue;
            }

            seen.Add(indicator.Id, indicator);
            result.Add(indicator);
        }

        return result;
    }

    private (List<RawIndicator> Indicators, List<RawIndicator> Overrides) ReadIndicatorFiles(RevisionFolder folder)
    {
        var indicators = new List<RawIndicator>();
        var overrides = new List<RawIndicator>();
        foreach (var file in folder.IndicatorFiles)
        {
            var map = YamlMap.From(Parse(file), file.Path, "an indicator file (indicators: [...], overrides: [...])", null, _diagnostics, _sourceMap);
            if (map is null)
            {
                continue;
            }

            map.RejectUnknownKeys(RuleGrammar.IndicatorFile);
            ReadList(map, "indicators", file.Path, indicators);
            ReadList(map, "overrides", file.Path, overrides);
        }

        return (indicators, overrides);
    }

    private void ReadList(YamlMap map, string key, string file, List<RawIndicator> into)
    {
        var node = map.Get(key);
        if (node is null)
        {
            return;
        }

        if (node is not YamlSequenceNode list)
        {
            map.Error(node, $"'{key}' must be a list of indicators (each item starts with '- id: ...')");
            return;
        }

        foreach (var item in list.Children)
        {
            var indicator = map.Nested(item, "an indicator");
            if (indicator is null)
            {
                continue;
            }

            var id = indicator.ReadBy(RuleGrammar.Indicator).String("id");
            if (id is not null)
            {
                into.Add(new RawIndicator(id, indicator.Node, file));
            }
        }
    }

    private SourceLocation LocationOf(RawIndicator indicator) => LocationOf(indicator.Node, indicator.File);

    private SourceLocation LocationOf(YamlNode node, string file) => _sourceMap.Locate(node) ?? SourceLocation.OfFile(file);

    private YamlNode? Parse(RevisionFile file)
    {
        if (file.Text is null || (file.Path.StartsWith(Resources.BuiltInResources.Scheme, StringComparison.Ordinal) && !SourceFile.Check(file.Text, file.Path, InputLimits.RuleFile, _diagnostics)))
        {
            return null;
        }

        var root = YamlSource.Parse(file.Text, file.Path, _diagnostics);
        if (root is not null)
        {
            _sourceMap.RegisterTree(root, file.Path);
        }

        return root;
    }

    private static RevisionFolder? Resolve(string id, RevisionFolder overlay)
    {
        if (overlay.ParentDirectory is not null)
        {
            var sibling = Path.Combine(overlay.ParentDirectory, id);
            if (InputRoot.Exists(Path.Combine(sibling, RevisionFolder.RevisionFileName)))
            {
                return RevisionFolder.FromDisk(sibling, overlay.Root);
            }
        }

        return RevisionFolder.BuiltIn(id);
    }

    private RuleRevision? Parse(RawRevision raw)
    {
        raw = RevisionSugar.Expand(raw, _sourceMap, _diagnostics);
        var headerMap = YamlMap.From(raw.Header, raw.HeaderFile, "a revision", null, _diagnostics, _sourceMap)!;
        var header = RevisionHeaderParser.Parse(headerMap, raw.Indicators.Select(i => i.Id).ToHashSet(StringComparer.Ordinal));
        if (header is not null && !InputRoot.IsPlainId(header.CalendarId))
        {
            _diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.NotAPlainId,
                $"'calendar: {MessageExcerpt.Of(header.CalendarId)}' must be a plain calendar id (such as cn or cn-xj), not a path",
                headerMap.ValueLocation("calendar"),
                header.Id));
        }
        else if (header is not null)
        {
            // A calendar file with errors is reported as those errors, at their own positions, not as a missing calendar.
            var calendar = _findCalendar(header.CalendarId);
            _diagnostics.AddRange(calendar.Diagnostics);
            if (!calendar.Exists)
            {
                _diagnostics.Add(Diagnostic.Create(
                    DiagnosticCodes.UnknownCalendar,
                    $"calendar '{MessageExcerpt.Of(header.CalendarId)}' does not exist",
                    headerMap.ValueLocation("calendar"),
                    header.Id));
            }
        }

        var groups = (header?.Groups ?? []).ToDictionary(g => g.Id, StringComparer.Ordinal);
        var indicators = ImmutableArray.CreateBuilder<Indicator>();
        foreach (var item in raw.Indicators)
        {
            var map = YamlMap.From(item.Node, item.File, "an indicator", item.Id, _diagnostics, _sourceMap)!;
            var indicator = IndicatorParser.Parse(map, groups);
            if (indicator is not null)
            {
                indicators.Add(indicator);
            }
        }

        if (header is null || indicators.Count != raw.Indicators.Count)
        {
            return null;
        }

        return new RuleRevision
        {
            Id = header.Id,
            Title = header.Title,
            Document = header.Document,
            EffectiveFrom = header.EffectiveFrom,
            CalendarId = header.CalendarId,
            Extends = headerMap.Get("extends") is YamlScalarNode { Value: { } extends } ? extends : null,
            Jurisdiction = header.Jurisdiction,
            Scoring = header.Scoring,
            Groups = header.Groups,
            Report = header.Report,
            NotChecked = header.NotChecked,
            WarnAhead = header.WarnAhead ?? WarnAhead.Default,
            ContentHash = RevisionHash.Of(raw),
            Indicators = indicators.ToImmutable(),
        };
    }
}
