using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>Parses <c>applies_to: website</c> or <c>applies_to: { subject: website, where: { is_portal: true } }</c>.</summary>
internal static class ApplicabilityParser
{
    // "website, new_media or supervisor": the subject kinds of the catalogue.
    private static readonly string SubjectKindNames = Choice.Of([.. Enum.GetValues<SubjectKind>().Select(FactCatalog.NameOf)]).Listed();

    /// <summary>Parses one applicability.</summary>
    /// <param name="parent">The enclosing mapping.</param>
    /// <param name="node">The node.</param>
    /// <returns>The applicability, or <see langword="null"/> after reporting errors.</returns>
    public static Applicability? Parse(YamlMap parent, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            var kind = Kind(parent, node, scalar.Value ?? string.Empty);
            return kind is null ? null : new Applicability(kind.Value, null);
        }

        var map = parent.Nested(node, "an applicability ({ subject: website, where: ... })");
        if (map is null)
        {
            return null;
        }

        map.RejectUnknownKeys(RuleGrammar.Applicability);
        var name = map.ReadBy(RuleGrammar.Applicability).String("subject", "an applicability");
        if (name is null)
        {
            return null;
        }

        var subject = Kind(map, map.Get("subject")!, name);
        if (subject is null)
        {
            return null;
        }

        var whereNode = map.Get("where");
        var where = whereNode is null ? null : PredicateParser.Parse(map, whereNode, FactCatalog.Subject(subject.Value));
        return new Applicability(subject.Value, where);
    }

    /// <summary>Parses one applicability or a list of them.</summary>
    /// <param name="parent">The enclosing mapping.</param>
    /// <param name="node">The node.</param>
    /// <returns>The applicabilities.</returns>
    public static IReadOnlyList<Applicability> ParseMany(YamlMap parent, YamlNode node) =>
        node is YamlSequenceNode list
            ? [.. list.Children.Select(child => Parse(parent, child)).OfType<Applicability>()]
            : Parse(parent, node) is { } single ? [single] : [];

    private static SubjectKind? Kind(YamlMap map, YamlNode node, string name)
    {
        var kind = FactCatalog.ParseSubjectKind(name);
        if (kind is null)
        {
            map.Diagnostics.Add(Diagnostic.Create(
                DiagnosticCodes.UnknownSubjectKind,
                $"unknown subject kind '{MessageExcerpt.Of(name)}'; expected {SubjectKindNames}",
                map.At(node),
                map.Subject));
        }

        return kind;
    }
}
