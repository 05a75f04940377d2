using Compliance.Rules.Labels;

namespace Compliance.Rules;

/// <summary>
/// How far an indicator's rule text, thresholds and points rest on the official text (<c>provenance:</c> in its YAML), so
/// that a user can see which rows of a table rest on the official page and which on a faithful copy.
/// </summary>
[EnumTerms(typeof(IndicatorVocabulary))]
public enum IndicatorProvenance
{
    /// <summary>Confirmed by a source that cites the official text (已核对): the official page, or a source quoting it by number.</summary>
    Confirmed,

    /// <summary>Taken from a faithful transcription of the official table that does not cite it by number (据转录).</summary>
    Transcribed,

    /// <summary>Derived by reasoning from other sources, not read from any copy of the table (推定).</summary>
    Derived,
}
