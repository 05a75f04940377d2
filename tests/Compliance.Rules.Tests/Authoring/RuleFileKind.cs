namespace Compliance.Rules.Tests.Authoring;

/// <summary>The kinds of rule file, each with its JSON Schema.</summary>
public enum RuleFileKind
{
    /// <summary>A revision's revision.yaml (rules/schema/revision.schema.json).</summary>
    Revision,

    /// <summary>A revision's indicators/*.yaml (rules/schema/indicators.schema.json).</summary>
    Indicators,

    /// <summary>A revision's tests/*.yaml regression cases (rules/schema/tests.schema.json).</summary>
    Tests,
}
