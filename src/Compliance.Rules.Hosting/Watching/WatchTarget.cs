using Compliance.Rules.Hosting.Loading;

namespace Compliance.Rules.Hosting.Watching;

/// <summary>A folder to watch for changes: all of it (with its subfolders), or one file in it.</summary>
/// <param name="Directory">The folder.</param>
/// <param name="FileName">The one file watched, or <see langword="null"/> for every file.</param>
/// <param name="Recursive">Whether subfolders are watched too.</param>
internal sealed record WatchTarget(string Directory, string? FileName, bool Recursive)
{
    /// <summary>
    /// Gets what a change of the served rule sets can come from: each revision folder, the <c>calendars</c> folder beside
    /// it and the folder of the revision it extends when that is beside it too, and each host calendar file.
    /// </summary>
    /// <param name="sources">The rule sets and calendar files.</param>
    /// <param name="state">The state after the first load (for the revisions extended).</param>
    /// <returns>The targets, without repeats.</returns>
    public static IReadOnlyList<WatchTarget> Of(RuleSourceSet sources, RuleSetState state)
    {
        var targets = new List<WatchTarget>();
        for (var i = 0; i < sources.Paths.Count; i++)
        {
            var path = sources.Paths[i];
            if (!RuleSourceSet.IsFolder(path))
            {
                continue;
            }

            targets.Add(new WatchTarget(path, null, Recursive: true));
            if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(path)) is { } parent)
            {
                targets.Add(new WatchTarget(Path.Combine(parent, "calendars"), null, Recursive: false));
                if (state.Sources[i].Active.RuleSet.Revision.Extends is { } extended)
                {
                    targets.Add(new WatchTarget(Path.Combine(parent, extended), null, Recursive: true));
                }
            }
        }

        foreach (var file in sources.CalendarFiles)
        {
            targets.Add(new WatchTarget(Path.GetDirectoryName(file)!, Path.GetFileName(file), Recursive: false));
        }

        return [.. targets.Distinct().Where(t => System.IO.Directory.Exists(t.Directory) || t.FileName is not null)];
    }
}
