namespace Compliance.Rules.Testing;

/// <summary>
/// Thrown by <see cref="RegressionCases.Run"/> when a regression case fails, when the rule set or the cases of its rules
/// folder do not load, or when the folder has no case with the id asked for; the message says which and lists every
/// mismatch or diagnostic, each line made safe for a terminal.
/// </summary>
public sealed class RegressionCaseException : Exception
{
    internal RegressionCaseException(string rulesFolder, string caseId, string message)
        : base(message)
    {
        RulesFolder = rulesFolder;
        CaseId = caseId;
    }

    /// <summary>Gets the rules folder, as the test named it.</summary>
    public string RulesFolder { get; }

    /// <summary>Gets the case's id (<c>file.yaml/case name</c>), or <c>(loading)</c> for the row of a folder that does not load.</summary>
    public string CaseId { get; }
}
