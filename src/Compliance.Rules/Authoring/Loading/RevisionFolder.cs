using Compliance.Rules.Diagnostics;
using Compliance.Rules.Resources;
using Compliance.Rules.Yaml;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// A revision folder: <c>revision.yaml</c> and <c>indicators/*.yaml</c>, on disk or built in.
/// Its <c>tests/</c> and <c>samples/</c> folders are not part of the rule set.
/// </summary>
/// <param name="Name">How the folder is named in messages (its path, or <c>builtin:id</c>).</param>
/// <param name="Revision">The <c>revision.yaml</c> file, or <see langword="null"/> when the folder has none.</param>
/// <param name="IndicatorFiles">The indicator files, in ordinal order of their names.</param>
/// <param name="ParentDirectory">For a disk folder, the directory holding it, where sibling revisions are looked up.</param>
/// <param name="Root">For a disk folder, the folders its files (and its siblings') must lie in.</param>
/// <param name="ReadProblems">The files that could not be read, or were refused before parsing (too large, not UTF-8, a link outside the root).</param>
internal sealed record RevisionFolder(
    string Name,
    RevisionFile? Revision,
    IReadOnlyList<RevisionFile> IndicatorFiles,
    string? ParentDirectory,
    InputRoot? Root,
    IReadOnlyList<Diagnostic> ReadProblems)
{
    /// <summary>The name of a revision's header file.</summary>
    public const string RevisionFileName = "revision.yaml";

    /// <summary>The name of the folder holding indicator files.</summary>
    public const string IndicatorsFolderName = "indicators";

    /// <summary>Reads a revision folder from disk.</summary>
    /// <param name="path">The folder's path.</param>
    /// <param name="root">
    /// The folders its files must lie in; <see langword="null"/> for the folder a caller names, whose root is then the
    /// folder holding it (where its siblings are) and the folder itself.
    /// </param>
    /// <returns>The folder, or <see langword="null"/> when the path is not a directory.</returns>
    /// <remarks>
    /// A file that cannot be read or is refused before parsing is left out and reported in <see cref="ReadProblems"/>;
    /// a <c>revision.yaml</c> that is refused is kept with no text, so the folder is still known as a revision folder.
    /// </remarks>
    public static RevisionFolder? FromDisk(string path, InputRoot? root = null)
    {
        if (!Directory.Exists(path))
        {
            return null;
        }

        var parent = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar));
        root ??= parent is null ? InputRoot.Of(path) : InputRoot.Of(parent, path);
        var problems = new List<Diagnostic>();
        var header = System.IO.Path.Combine(path, RevisionFileName);
        var indicators = System.IO.Path.Combine(path, IndicatorsFolderName);
        var files = Directory.Exists(indicators)
            ? Directory.EnumerateFiles(indicators, "*.yaml").Order(StringComparer.Ordinal).Select(f => Read(f, root, problems)).Where(f => f.Text is not null).ToList()
            : [];
        var revision = InputRoot.Exists(header) ? Read(header, root, problems) : null;
        return new RevisionFolder(path, revision, files, parent, root, problems);
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
        return new RevisionFolder(BuiltInResources.Scheme + id, new RevisionFile(BuiltInResources.Scheme + prefix + RevisionFileName, header), files, null, null, []);
    }

    /// <summary>Gets the ids of the built-in revisions.</summary>
    public static IReadOnlyList<string> BuiltInIds =>
        [.. BuiltInResources.List("rules/")
            .Where(n => n.EndsWith("/" + RevisionFileName, StringComparison.Ordinal))
            .Select(n => n["rules/".Length..^(RevisionFileName.Length + 1)])
            .Where(id => !id.Contains('/', StringComparison.Ordinal))];

    private static RevisionFile Read(string path, InputRoot root, List<Diagnostic> problems) =>
        new(path, SourceFile.Read(path, InputLimits.RuleFile, root, DiagnosticCodes.UnreadableFile, problems));
}
