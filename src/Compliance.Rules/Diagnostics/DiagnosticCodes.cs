using System.Collections.Immutable;
using System.Reflection;

namespace Compliance.Rules.Diagnostics;

/// <summary>
/// The catalogue of every diagnostic the core library reports, one <see cref="DiagnosticDescriptor"/> a code: CR0xxx
/// YAML files, CR1xxx calendars, CR2xxx rule sets, CR3xxx facts input, CR5xxx evaluation warnings. The testing package
/// keeps its CR4xxx codes (regression cases) and the host package its CR6xxx codes in catalogues of their own.
/// </summary>
/// <remarks>
/// Codes are stable: a shipped code keeps its number and meaning. <c>compliance-rules validate --list-codes</c> prints
/// this catalogue. This type is immutable and thread-safe.
/// </remarks>
public static partial class DiagnosticCodes
{
    /// <summary>Gets every descriptor of the catalogue, in the order of their codes.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => Listing.Descriptors;

    // A holder of its own, so that the listing is made after every descriptor of the partial class is initialized
    // (the order of static initializers across the files of a partial class is not defined).
    private static class Listing
    {
        public static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = typeof(DiagnosticCodes)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(DiagnosticDescriptor))
            .Select(p => (DiagnosticDescriptor)p.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
