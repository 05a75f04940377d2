using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Yaml;

/// <summary>
/// Stops reading a YAML file that crosses a hard limit (<see cref="InputLimits"/>). Thrown by <see cref="YamlEventGuard"/>
/// and caught by <see cref="YamlSource"/>, which reports <see cref="Diagnostic"/>; it never leaves the library.
/// </summary>
internal sealed class YamlLimitException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="YamlLimitException"/> class.</summary>
    /// <param name="diagnostic">The problem, with its position.</param>
    public YamlLimitException(Diagnostic diagnostic)
        : base(diagnostic.Message) => Diagnostic = diagnostic;

    /// <summary>Gets the problem, with its position.</summary>
    public Diagnostic Diagnostic { get; }
}
