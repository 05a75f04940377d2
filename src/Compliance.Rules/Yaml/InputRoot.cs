using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Yaml;

/// <summary>
/// The folders a load may read from: the folder holding the revision (or calendar, or case) folders being loaded.
/// A file is inside when its real path, with every symbolic link on the way resolved, lies under one of them.
/// </summary>
/// <remarks>
/// So <c>indicators/a.yaml</c> may be a link to a file of a sibling revision, but not to <c>/etc/passwd</c>, and a
/// sibling folder that is a link to somewhere else is not read. This type is immutable and thread-safe.
/// </remarks>
internal sealed class InputRoot
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    private readonly string[] _folders;

    private InputRoot(string display, string[] folders)
    {
        Display = display;
        _folders = folders;
    }

    /// <summary>Gets the folder named in messages: the first folder given, as it was given.</summary>
    public string Display { get; }

    /// <summary>Creates a root of one or more folders (their real paths are taken, so a root given through a link works).</summary>
    /// <param name="folders">The folders; the first is the one named in messages.</param>
    /// <returns>The root.</returns>
    public static InputRoot Of(params string[] folders) =>
        new(folders[0], [.. folders.Select(f => RealPath(f) ?? Path.GetFullPath(f)).Distinct(StringComparer.Ordinal)]);

    /// <summary>Tells whether a text is a plain id (a folder or file name), not a path.</summary>
    /// <param name="id">The id from a file, such as the value of <c>extends</c>.</param>
    /// <returns><see langword="false"/> for an empty id, one with <c>/</c>, <c>\</c>, <c>..</c> or <c>:</c>, <c>.</c>, or a rooted path.</returns>
    public static bool IsPlainId(string id) =>
        id.Length > 0
        && id.Trim().Length == id.Length
        && id != "."
        && !id.Contains("..", StringComparison.Ordinal)
        && id.IndexOfAny(['/', '\\', ':', '\0']) < 0
        && id.IndexOfAny(Path.GetInvalidFileNameChars()) < 0
        && !Path.IsPathRooted(id);

    /// <summary>
    /// Resolves every symbolic link in a path, the way the operating system would on opening it; a path that does not
    /// exist resolves as far as it goes.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <returns>The real path, or <see langword="null"/> when the links loop (more than <see cref="InputLimits.MaxSymbolicLinkHops"/>).</returns>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Enumerable.Reverse(full[current.Length..].Split(Separators, StringSplitOptions.RemoveEmptyEntries)));
        var hops = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++hops > InputLimits.MaxSymbolicLinkHops)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = Path.GetFullPath(target)[current.Length..];
            }

            foreach (var piece in Enumerable.Reverse(target.Split(Separators, StringSplitOptions.RemoveEmptyEntries)))
            {
                pending.Push(piece);
            }
        }

        return current;
    }

    /// <summary>Tells whether a real path lies inside the root.</summary>
    /// <param name="realPath">A path from <see cref="RealPath"/>.</param>
    /// <returns><see langword="true"/> when it is one of the root's folders or below one.</returns>
    public bool Contains(string realPath) =>
        _folders.Any(folder => realPath.Equals(folder, PathComparison)
            || realPath.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, PathComparison));

    /// <summary>Tells whether a path names something, a dangling symbolic link included (which <see cref="File.Exists"/> may not say).</summary>
    /// <param name="path">The path.</param>
    /// <returns><see langword="true"/> when there is a file, a folder or a link at the path.</returns>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || LinkTarget(path) is not null;

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
