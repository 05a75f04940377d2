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

    /// <summary>Mappings and lists nested deeper than the limit (64 levels).</summary>
    public const string YamlTooDeep = "CR0006";

    /// <summary>Too many aliases, aliases that expand to too many nodes (a "billion laughs"), or an alias inside the node it names.</summary>
    public const string YamlAliasLimit = "CR0007";

    /// <summary>A file larger than the limit for its kind (1 MiB for rule and calendar files, 4 MiB for case files).</summary>
    public const string FileTooLarge = "CR0008";

    /// <summary>A line longer than the limit for its kind of file.</summary>
    public const string LineTooLong = "CR0009";

    /// <summary>A YAML tag other than the core schema's (<c>!!str</c>, <c>!!int</c>, <c>!!float</c>, <c>!!bool</c>, <c>!!null</c>, <c>!!map</c>, <c>!!seq</c>).</summary>
    public const string YamlTag = "CR0010";

    /// <summary>A file that is not UTF-8 (for example GBK/GB18030).</summary>
    public const string NotUtf8 = "CR0011";

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

    /// <summary>An <c>extends</c> or <c>calendar</c> that is a path (with <c>/</c>, <c>\</c> or <c>..</c>) rather than a plain id.</summary>
    public const string NotAPlainId = "CR2018";

    /// <summary>A rule file that cannot be read: a dangling symbolic link, a file without read permission, an I/O error.</summary>
    public const string UnreadableFile = "CR2019";

    /// <summary>A symbolic link that leads outside the folder being loaded; what it leads to is not read.</summary>
    public const string OutsideRoot = "CR2020";

    /// <summary>A deprecated form that still loads, with how to write it now (a warning).</summary>
    public const string Deprecated = "CR2101";
}
