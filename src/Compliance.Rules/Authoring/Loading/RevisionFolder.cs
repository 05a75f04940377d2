using Compliance.Rules.Resources;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// A revision folder: <c>revision.yaml</c> and <c>indicators/*.yaml</c>, on disk or built in.
/// Its <c>tests/</c> and <c>samples/</c> folders are not part of the rule set.
/// </summary>
/// <param name="Name">How the folder is named in messages (its path, or <c>builtin:id</c>).</param>
/// <param name="Revision">The <c>revision.yaml</c> file, or <see langword="null"/> when the folder has none.</param>
/// <param name="IndicatorFiles">The indicator files, in ordinal order of their names.</param>
/// <param name="ParentDirectory">For a disk folder, the directory holding it, where sibling revisions are looked up.</param>
internal sealed record RevisionFolder(string Name, RevisionFile? Revision, IReadOnlyList<RevisionFile> IndicatorFiles, string? ParentDirectory)
{
    /// <summary>The name of a revision's header file.</summary>
    public const string RevisionFileName = "revision.yaml";

    /// <summary>The name of the folder holding indicator files.</summary>
    public const string IndicatorsFolderName = "indicators";

    /// <summary>Reads a revision folder from disk.</summary>
    /// <param name="path">The folder's path.</param>
    /// <returns>The folder, or <see langword="null"/> when the path is not a directory.</returns>
    public static RevisionFolder? FromDisk(string path)
    {
        if (!Directory.Exists(path))
        {
            return null;
        }

        var header = System.IO.Path.Combine(path, RevisionFileName);
        var indicators = System.IO.Path.Combine(path, IndicatorsFolderName);
        var files = Directory.Exists(indicators)
            ? Directory.EnumerateFiles(indicators, "*.yaml").Order(StringComparer.Ordinal).Select(Read).ToList()
            : [];
        var parent = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar));
        return new RevisionFolder(path, File.Exists(header) ? Read(header) : null, files, parent);
    }

    /// <summary>Reads a built-in revision folder.</summary>
    /// <param name="id">The revision id (the folder's name under <c>rules/</c>).</param>
    /// <returns>The folder, or <see langword="null"/> when there is no such built-in revision.</returns>
    public static RevisionFolder? BuiltIn(string id)
    {
        var prefix = $"rules/{id}/";
        var header = BuiltInResources.ReadText(prefix + RevisionFileName);
        if (header is null)
        {
            return null;
        }

        var files = BuiltInResources.List(prefix + IndicatorsFolderName + "/")
            .Where(n => n.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(n => new RevisionFile(BuiltInResources.Scheme + n, BuiltInResources.ReadText(n)!))
            .ToList();
        return new RevisionFolder(BuiltInResources.Scheme + id, new RevisionFile(BuiltInResources.Scheme + prefix + RevisionFileName, header), files, null);
    }

    /// <summary>Gets the ids of the built-in revisions.</summary>
    public static IReadOnlyList<string> BuiltInIds =>
        [.. BuiltInResources.List("rules/")
            .Where(n => n.EndsWith("/" + RevisionFileName, StringComparison.Ordinal))
            .Select(n => n["rules/".Length..^(RevisionFileName.Length + 1)])
            .Where(id => !id.Contains('/', StringComparison.Ordinal))];

    private static RevisionFile Read(string path) => new(path, File.ReadAllText(path));
}
