namespace Compliance.Rules.Hosting.Loading;

/// <summary>The diagnostic codes of the host package (CR6001–CR6004), beside the library's CR0xxx–CR5xxx.</summary>
internal static class HostingDiagnosticCodes
{
    /// <summary>Two calendar files of the options have the same calendar id.</summary>
    public const string DuplicateCalendar = "CR6001";

    /// <summary>Two rule sets of the options are of the same revision.</summary>
    public const string DuplicateRevision = "CR6002";

    /// <summary>The default revision is not among the rule sets served.</summary>
    public const string UnknownDefaultRevision = "CR6003";

    /// <summary>Loading a rule set failed with an exception (a file that cannot be read, for example).</summary>
    public const string LoadFailed = "CR6004";
}
