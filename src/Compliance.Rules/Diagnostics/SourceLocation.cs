namespace Compliance.Rules.Diagnostics;

/// <summary>
/// A position in a source file: the file's path (as given to the loader), a one-based line and a one-based column.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="File">The file's path as the loader was given it, or a built-in resource name such as <c>builtin:rules/calendars/cn.yaml</c>.</param>
/// <param name="Line">The one-based line number; 0 when the position is unknown.</param>
/// <param name="Column">The one-based column number; 0 when the position is unknown.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Gets a location for a whole file, with no line or column.</summary>
    /// <param name="file">The file's path.</param>
    /// <returns>The location of the file.</returns>
    public static SourceLocation OfFile(string file) => new(file, 0, 0);

    /// <summary>Formats the location as <c>file:line:column</c>, the form compilers and editors recognise.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() => Line == 0 ? File : $"{File}:{Line}:{Column}";
}
