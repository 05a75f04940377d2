using System.Collections.Immutable;

namespace Compliance.Rules.Diagnostics;

/// <summary>
/// The outcome of loading something that may be wrong: the value when there were no errors, and every diagnostic found.
/// </summary>
/// <remarks>
/// Expected failures are values, not exceptions (compare NodaTime's <c>ParseResult&lt;T&gt;</c>);
/// <see cref="GetValueOrThrow"/> turns the errors into a <see cref="DiagnosticsException"/>.
/// This type is immutable and thread-safe when <typeparamref name="T"/> is.
/// </remarks>
/// <typeparam name="T">The type of the loaded value.</typeparam>
public sealed class LoadResult<T>
    where T : class
{
    private readonly T? _value;

    private LoadResult(T? value, ImmutableArray<Diagnostic> diagnostics)
    {
        _value = value;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic found, errors and warnings, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether loading succeeded (no diagnostic is an error).</summary>
    public bool Success => _value is not null;

    /// <summary>Gets the errors only.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Creates a successful result, possibly with warnings.</summary>
    /// <param name="value">The loaded value.</param>
    /// <param name="diagnostics">Warnings found while loading; must contain no error.</param>
    /// <returns>The result.</returns>
    public static LoadResult<T> Ok(T value, IEnumerable<Diagnostic>? diagnostics = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var list = (diagnostics ?? []).ToImmutableArray();
        if (list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A successful result cannot carry errors.", nameof(diagnostics));
        }

        return new LoadResult<T>(value, list);
    }

    /// <summary>Creates a failed result.</summary>
    /// <param name="diagnostics">Every diagnostic found; at least one must be an error.</param>
    /// <returns>The result.</returns>
    public static LoadResult<T> Failed(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToImmutableArray();
        if (!list.Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            throw new ArgumentException("A failed result needs at least one error.", nameof(diagnostics));
        }

        return new LoadResult<T>(null, list);
    }

    /// <summary>Gets the value, if loading succeeded.</summary>
    /// <param name="value">The loaded value, or <see langword="null"/> when loading failed.</param>
    /// <returns><see langword="true"/> when loading succeeded.</returns>
    public bool TryGetValue([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        value = _value;
        return value is not null;
    }

    /// <summary>Gets the value, or throws a <see cref="DiagnosticsException"/> listing every error.</summary>
    /// <returns>The loaded value.</returns>
    /// <exception cref="DiagnosticsException">Loading failed.</exception>
    public T GetValueOrThrow() => _value ?? throw new DiagnosticsException(Diagnostics);
}
