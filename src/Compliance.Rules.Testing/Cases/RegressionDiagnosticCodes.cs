namespace Compliance.Rules.Testing;

/// <summary>
/// The stable codes of regression-case diagnostics (CR4xxx), reported with file, line and column like every other
/// diagnostic of the library. YAML-level problems in case files use the shared CR0xxx codes and fact problems the
/// CR3xxx codes. Each is documented in <c>rules/README.md</c> under "Regression cases".
/// </summary>
public static class RegressionDiagnosticCodes
{
    /// <summary>Two cases of one file have the same name.</summary>
    public const string DuplicateCaseName = "CR4001";

    /// <summary>An expectation names a subject that the case's facts do not have.</summary>
    public const string UnknownSubject = "CR4002";

    /// <summary>A subject of the case's facts has no expectation.</summary>
    public const string MissingExpectation = "CR4003";

    /// <summary>An expectation names an indicator the revision does not have, or lists it in the wrong place.</summary>
    public const string UnknownIndicator = "CR4004";

    /// <summary>A case file that cannot be read, or a folder or built-in revision without case files where some were asked for.</summary>
    public const string MissingCases = "CR4005";
}
