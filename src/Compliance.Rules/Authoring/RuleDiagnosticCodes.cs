namespace Compliance.Rules.Authoring;

/// <summary>
/// The stable codes of rule-set diagnostics. CR0xxx are YAML-level problems shared with other loaders;
/// CR2xxx are rule-set problems. Each is documented in <c>rules/README.md</c>.
/// </summary>
public static class RuleDiagnosticCodes
{
    /// <summary>The text is not well-formed YAML (bad indentation, a tab, an unclosed quote).</summary>
    public const string YamlSyntax = "CR0001";

    /// <summary>A key that the format does not have at that place.</summary>
    public const string UnknownKey = "CR0002";

    /// <summary>A required key is absent.</summary>
    public const string MissingKey = "CR0003";

    /// <summary>A value of the wrong type or form.</summary>
    public const string WrongType = "CR0004";

    /// <summary>A key given twice in one mapping.</summary>
    public const string DuplicateKey = "CR0005";

    /// <summary><c>of:</c> names a fact type that does not exist.</summary>
    public const string UnknownFactType = "CR2001";

    /// <summary>A field that the fact type does not have.</summary>
    public const string UnknownField = "CR2002";

    /// <summary>An operator that does not fit the field's type (e.g. <c>within</c> on a text field).</summary>
    public const string OperatorMismatch = "CR2003";

    /// <summary>A value that the field cannot hold (an unknown category, a malformed date).</summary>
    public const string InvalidValue = "CR2004";

    /// <summary>Two indicators (or groups) with the same id.</summary>
    public const string DuplicateId = "CR2005";

    /// <summary><c>extends</c> names a revision that does not exist.</summary>
    public const string MissingExtendsTarget = "CR2006";

    /// <summary>Revisions extend each other in a cycle.</summary>
    public const string ExtendsCycle = "CR2007";

    /// <summary>An override names an indicator the base revision does not have.</summary>
    public const string OverrideOfMissingIndicator = "CR2008";

    /// <summary>The calendar named does not exist.</summary>
    public const string UnknownCalendar = "CR2009";

    /// <summary>A negative or impossible threshold or amount (a count below 0, a ratio above 1).</summary>
    public const string ImpossibleThreshold = "CR2010";

    /// <summary>A reason template with an unknown placeholder, a bad format or a syntax error.</summary>
    public const string TemplateError = "CR2011";

    /// <summary>An indicator names a group that does not exist or is of another kind.</summary>
    public const string GroupError = "CR2012";

    /// <summary>Points that do not fit the indicator (a veto with points, a deduction without, a cap below the amount).</summary>
    public const string PointsError = "CR2013";

    /// <summary>A condition with no aggregate, two aggregates, or a comparison where none belongs.</summary>
    public const string ConditionShape = "CR2014";

    /// <summary>A time window that is not one positive amount of one unit.</summary>
    public const string InvalidWindow = "CR2015";

    /// <summary>A revision folder without <c>revision.yaml</c>, or a built-in revision that does not exist.</summary>
    public const string MissingRevision = "CR2016";

    /// <summary>An unknown subject kind in <c>applies_to</c> or scoring.</summary>
    public const string UnknownSubjectKind = "CR2017";

    /// <summary>Warning: an indicator whose text or numbers are not verified against an official source.</summary>
    public const string Unverified = "CR2100";
}
