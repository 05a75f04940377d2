namespace Compliance.Rules.Evaluation;

/// <summary>
/// The stable codes of the diagnostics an evaluation reports about a batch as a whole (CR5xxx): plausibility warnings and
/// the subjects that could not be assessed. They are warnings: the batch is evaluated and every subject has a result.
/// </summary>
public static class EvaluationDiagnosticCodes
{
    /// <summary>The as-of date is before the revision took effect.</summary>
    public const string BeforeEffectiveDate = "CR5001";

    /// <summary>Facts are dated after the as-of date.</summary>
    public const string FactsAfterAsOf = "CR5002";

    /// <summary>Subjects of a kind the revision does not assess.</summary>
    public const string KindNotAssessed = "CR5003";

    /// <summary>Indicators not assessed because the facts they need were not observed.</summary>
    public const string MissingData = "CR5004";

    /// <summary>Subjects that could not be assessed (a date outside the calendar, invalid inspector findings, an error).</summary>
    public const string SubjectNotAssessed = "CR5005";

    /// <summary>Subjects the revision excludes from the inspection (<c>not_checked</c>), such as closed accounts.</summary>
    public const string SubjectsExcluded = "CR5006";

    /// <summary>Findings whose working-day count crossed a calendar day of low confidence or an unrecorded regional festival.</summary>
    public const string UncertainCalendar = "CR5007";
}
