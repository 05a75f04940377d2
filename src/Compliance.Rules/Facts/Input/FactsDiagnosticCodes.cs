namespace Compliance.Rules.Facts.Input;

/// <summary>The stable codes of facts-input diagnostics (CR3xxx), shared by the YAML/JSON and CSV readers.</summary>
public static class FactsDiagnosticCodes
{
    /// <summary>A subject id used twice.</summary>
    public const string DuplicateSubject = FactBatch.DuplicateSubjectCode;

    /// <summary>An observation id used twice within its type.</summary>
    public const string DuplicateObservation = FactBatch.DuplicateObservationCode;

    /// <summary>An observation names a subject the batch does not have.</summary>
    public const string UnknownSubject = FactBatch.UnknownSubjectCode;

    /// <summary>A field (or column) that the fact type does not have.</summary>
    public const string UnknownField = "CR3004";

    /// <summary>A required field (or column) is missing or empty.</summary>
    public const string MissingField = "CR3005";

    /// <summary>A value that cannot be read as the field's type (an unparsable date, an unknown category).</summary>
    public const string InvalidValue = "CR3006";

    /// <summary>An unknown fact type, section or file name.</summary>
    public const string UnknownFactType = "CR3007";

    /// <summary>Input that cannot be read at all: a missing path, malformed JSON or CSV, a folder mixing CSV with JSON/YAML.</summary>
    public const string UnreadableInput = "CR3008";

    /// <summary>Lists and mappings nested deeper than the facts input allows.</summary>
    public const string TooDeep = "CR3009";

    /// <summary>YAML aliases beyond the facts input's bounds: too many, repeating too much, or naming a node that contains them.</summary>
    public const string AliasLimit = "CR3010";

    /// <summary>A YAML tag other than those of the core schema (<c>!!python/object</c>, <c>!!binary</c>, <c>!include</c>).</summary>
    public const string ForbiddenTag = "CR3011";

    /// <summary>A file that is not in an encoding the facts input accepts (UTF-8; for CSV also GB18030/GBK).</summary>
    public const string WrongEncoding = "CR3012";

    /// <summary>A file, a value or a CSV row larger than the facts input allows.</summary>
    public const string TooLarge = "CR3013";

    /// <summary>Warning: a CSV file read as GB18030 (GBK) rather than UTF-8.</summary>
    public const string ReadAsGb18030 = "CR3014";

    /// <summary>An inspector finding for an indicator id the revision does not have.</summary>
    public const string UnknownFindingIndicator = "CR3020";

    /// <summary>An inspector finding for an indicator that is measured from other facts and takes no inspector findings.</summary>
    public const string FindingNotTaken = "CR3021";

    /// <summary>An inspector finding whose points or occurrences are negative, or whose points exceed the indicator's cap.</summary>
    public const string FindingOutOfRange = "CR3022";

    /// <summary>A coverage declaration (<c>observed</c>) that names no observation type, or that cannot be read.</summary>
    public const string InvalidCoverage = "CR3023";

    /// <summary>
    /// A sample larger than the indicator that reads it allows ("随机抽查3个" with a fourth fact about the same subject).
    /// </summary>
    public const string SampleTooLarge = "CR3024";
}
