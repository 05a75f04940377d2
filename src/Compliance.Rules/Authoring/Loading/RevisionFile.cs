namespace Compliance.Rules.Authoring.Loading;

/// <summary>One YAML file of a revision folder, read from disk or from the built-in resources.</summary>
/// <param name="Path">The path reported in diagnostics (a disk path, or <c>builtin:rules/…</c>).</param>
/// <param name="Text">The file's text, or <see langword="null"/> when it could not be read (a diagnostic says why).</param>
internal sealed record RevisionFile(string Path, string? Text);
