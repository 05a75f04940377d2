namespace Compliance.Rules.Tests.Authoring;

/// <summary>
/// A temporary folder of sibling revision folders written from inline YAML, so a test reads exactly the text it shows.
/// </summary>
/// <remarks>Each revision is <c>&lt;root&gt;/&lt;name&gt;/revision.yaml</c> plus <c>indicators/&lt;file&gt;</c>; siblings can extend each other.</remarks>
internal sealed class TempRuleFolders : IDisposable
{
    public TempRuleFolders()
    {
        Root = Path.Combine(Path.GetTempPath(), "cr-authoring-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>Gets the folder holding the revision folders.</summary>
    public string Root { get; }

    /// <summary>Writes a revision folder and returns its path, as diagnostics will name it.</summary>
    /// <param name="name">The folder's name (what <c>extends</c> names).</param>
    /// <param name="revisionYaml">The text of <c>revision.yaml</c>, or <see langword="null"/> for a folder without one.</param>
    /// <param name="indicatorFiles">The indicator files: a file name under <c>indicators/</c> and its text.</param>
    /// <returns>The folder's path.</returns>
    public string Revision(string name, string? revisionYaml, params (string File, string Yaml)[] indicatorFiles)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.Combine(folder, "indicators"));
        if (revisionYaml is not null)
        {
            File.WriteAllText(Path.Combine(folder, "revision.yaml"), revisionYaml);
        }

        foreach (var (file, yaml) in indicatorFiles)
        {
            File.WriteAllText(Path.Combine(folder, "indicators", file), yaml);
        }

        return folder;
    }

    /// <summary>Gets the path of a revision folder's <c>revision.yaml</c>.</summary>
    /// <param name="name">The folder's name.</param>
    /// <returns>The path.</returns>
    public string RevisionFile(string name) => Path.Combine(Root, name, "revision.yaml");

    /// <summary>Gets the path of an indicator file.</summary>
    /// <param name="name">The folder's name.</param>
    /// <param name="file">The file's name under <c>indicators/</c>.</param>
    /// <returns>The path.</returns>
    public string IndicatorFile(string name, string file) => Path.Combine(Root, name, "indicators", file);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
