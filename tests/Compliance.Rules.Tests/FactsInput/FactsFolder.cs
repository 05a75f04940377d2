using System.Text;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>A temporary folder of facts files, deleted when disposed.</summary>
internal sealed class FactsFolder : IDisposable
{
    public FactsFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "facts-input-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes a text file as UTF-8, with a byte order mark when asked (as Excel's "CSV UTF-8" does).</summary>
    public string Write(string name, string text, bool byteOrderMark = false)
    {
        var file = File(name);
        System.IO.File.WriteAllText(file, text.ReplaceLineEndings("\r\n"), new UTF8Encoding(byteOrderMark));
        return file;
    }

    /// <summary>Writes raw bytes.</summary>
    public string WriteBytes(string name, byte[] bytes)
    {
        var file = File(name);
        System.IO.File.WriteAllBytes(file, bytes);
        return file;
    }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
