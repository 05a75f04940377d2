namespace Compliance.Rules.Hosting.Tests.Support;

/// <summary>
/// A copy of the 兵团 revision folder (<c>rules/xjbt-2024</c>: <c>revision.yaml</c> and <c>indicators/</c>) in a temporary
/// folder, edited the way policy staff edit it: the new-media window of NM-V2 changed, or a key mistyped.
/// </summary>
/// <remarks>
/// The folder's base <c>gb-2019</c> is not beside it, so it is found among the built-in revisions: the copy has the same
/// effective content, and so the same content hash, as <c>builtin:xjbt-2024</c>.
/// </remarks>
internal sealed class XjbtRuleFolder : IDisposable
{
    private const string Window = "calendar_days: 14";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cr-hosting-" + Guid.NewGuid().ToString("N"));

    public XjbtRuleFolder()
    {
        var source = Path.Combine(TestPaths.Rules, "xjbt-2024");
        Directory.CreateDirectory(Path.Combine(Revision, "indicators"));
        File.Copy(Path.Combine(source, "revision.yaml"), Path.Combine(Revision, "revision.yaml"));
        foreach (var file in Directory.GetFiles(Path.Combine(source, "indicators"), "*.yaml"))
        {
            File.Copy(file, Path.Combine(Revision, "indicators", Path.GetFileName(file)));
        }

        Original = File.ReadAllText(NewMediaFile);
        Original.Should().Contain(Window, "the test edits the NM-V2 window of the 兵团 overlay");
    }

    /// <summary>Gets the revision folder (named xjbt-2024, as its id).</summary>
    public string Revision => Path.Combine(_root, "rules", "xjbt-2024");

    /// <summary>Gets the file holding the NM-V2 override.</summary>
    public string NewMediaFile => Path.Combine(Revision, "indicators", "1-new-media.yaml");

    /// <summary>Gets the text of that file as shipped.</summary>
    public string Original { get; }

    /// <summary>Gets the line of the window in that file (one-based; the comments above it quote it too).</summary>
    public int WindowLine => Original.Split('\n').ToList().FindIndex(l => l.Contains(Window, StringComparison.Ordinal) && !l.TrimStart().StartsWith('#')) + 1;

    /// <summary>Sets the NM-V2 window to a number of calendar days (14 as shipped).</summary>
    public void SetNewMediaWindow(int days) => Write(Original.Replace(Window, $"calendar_days: {days}", StringComparison.Ordinal));

    /// <summary>Mistypes the window's key (<c>calendar_dayz</c>): an unknown key, an error at the window's line.</summary>
    public void Break() => Write(Original.Replace(Window, "calendar_dayz: 14", StringComparison.Ordinal));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    // Written beside and moved over the file, as editors save, so a reload never reads half a file.
    private void Write(string text)
    {
        var temporary = NewMediaFile + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, NewMediaFile, overwrite: true);
    }
}
