using System.Collections.Immutable;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// Expands the forms that let a policy editor say a thing once — named selectors, group defaults and inspector-judged
/// rows — into the plain forms the parsers read, on a merged revision (overlays applied), so that an overlay that
/// redefines a selector or a group's defaults changes every indicator that uses them.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>selectors:</c> in <c>revision.yaml</c> names applicabilities (<c>portal: { subject: website, where: { is_portal: true } }</c>);
/// wherever an applicability is written (an indicator's <c>applies_to</c>, <c>scoring.scored</c>, <c>bonus_eligible</c>,
/// <c>without_external_services.applies_to</c>, <c>not_checked[].applies_to</c>) a selector's name stands for it.</item>
/// <item>A group's <c>defaults:</c> gives its indicators the keys they do not write themselves (<c>applies_to</c>, <c>kind</c>,
/// <c>provenance</c>, <c>source</c>…).</item>
/// <item><c>judged_by: inspector</c> on an indicator stands for a condition over the inspector findings recorded for it
/// (<c>each: { of: inspector_finding, where: { indicator_id: its id } }</c>), so no indicator names its own id.</item>
/// </list>
/// New nodes are registered in the source map at the place the editor wrote them, so errors point at the selector's or
/// the default's definition.
/// </remarks>
internal sealed class RevisionSugar
{
    /// <summary>The key of the named selectors in <c>revision.yaml</c>.</summary>
    public const string SelectorsKey = "selectors";

    /// <summary>The key of a group's defaults.</summary>
    public const string DefaultsKey = "defaults";

    /// <summary>The key that makes an indicator inspector-judged.</summary>
    public const string JudgedByKey = "judged_by";

    private const string Inspector = Grammar.RuleChoices.Inspector;

    // The keys a group's defaults may give.
    private static readonly IReadOnlyList<string> DefaultableKeys = Grammar.RuleGrammar.GroupDefaults.KeyNames;

    private const int MaxSelectorDepth = 16;

    private static readonly YamlScalarNode AppliesTo = new("applies_to");

    private static readonly YamlScalarNode Subject = new("subject");

    private static readonly YamlScalarNode Where = new("where");

    private readonly SourceMap _sourceMap;
    private readonly List<Diagnostic> _diagnostics;
    private readonly string _headerFile;
    private readonly Dictionary<string, YamlNode> _selectors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, YamlMappingNode> _defaults = new(StringComparer.Ordinal);

    private RevisionSugar(SourceMap sourceMap, List<Diagnostic> diagnostics, string headerFile)
    {
        _sourceMap = sourceMap;
        _diagnostics = diagnostics;
        _headerFile = headerFile;
    }

    /// <summary>Expands a merged revision.</summary>
    /// <param name="raw">The merged revision.</param>
    /// <param name="sourceMap">The source map.</param>
    /// <param name="diagnostics">Receives every problem with the sugar itself.</param>
    /// <returns>The revision in plain forms.</returns>
    public static RawRevision Expand(RawRevision raw, SourceMap sourceMap, List<Diagnostic> diagnostics)
    {
        var sugar = new RevisionSugar(sourceMap, diagnostics, raw.HeaderFile);
        sugar.ReadSelectors(raw.Header);
        sugar.ReadDefaults(raw.Header);
        var header = sugar.WithoutSugar(sugar.ExpandHeader(raw.Header));
        var indicators = raw.Indicators.Select(i => i with { Node = sugar.ExpandIndicator(i) }).ToList();
        return raw with { Header = header, Indicators = indicators };
    }

    // Once expanded, the selectors and group defaults have said all they say: what remains is the plain revision, so its
    // content hash is the same whichever way an editor wrote it.
    private YamlMappingNode WithoutSugar(YamlMappingNode header)
    {
        var children = header.Children
            .Where(c => c.Key is not YamlScalarNode { Value: SelectorsKey })
            .Select(c => c.Key is YamlScalarNode { Value: "groups" } && c.Value is YamlSequenceNode groups
                ? new KeyValuePair<YamlNode, YamlNode>(c.Key, Register(new YamlSequenceNode(groups.Children.Select(g => g is YamlMappingNode group
                    ? Register(new YamlMappingNode(group.Children.Where(gc => gc.Key is not YamlScalarNode { Value: DefaultsKey })), group)
                    : g)), groups))
                : c);
        return Register(new YamlMappingNode(children), header);
    }

    private void ReadSelectors(YamlMappingNode header)
    {
        if (!header.Children.TryGetValue(new YamlScalarNode(SelectorsKey), out var node))
        {
            return;
        }

        if (node is not YamlMappingNode selectors)
        {
            Error(node, DiagnosticCodes.WrongType, $"'{SelectorsKey}' must map names to applicabilities, such as portal: {{ subject: website, where: {{ is_portal: true }} }}");
            return;
        }

        foreach (var (key, value) in selectors.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (FactCatalog.ParseSubjectKind(name) is not null)
            {
                Error(key, DiagnosticCodes.UnknownSubjectKind, $"selector '{MessageExcerpt.Of(name)}' has the name of a subject kind: name it after what it selects, such as portal or active_account");
                continue;
            }

            _selectors[name] = value;
        }
    }

    private void ReadDefaults(YamlMappingNode header)
    {
        if (!header.Children.TryGetValue(new YamlScalarNode("groups"), out var node) || node is not YamlSequenceNode groups)
        {
            return;
        }

        foreach (var group in groups.Children.OfType<YamlMappingNode>())
        {
            if (!group.Children.TryGetValue(new YamlScalarNode(DefaultsKey), out var defaultsNode)
                || !group.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) || idNode is not YamlScalarNode { Value: { } id })
            {
                continue;
            }

            if (defaultsNode is not YamlMappingNode defaults)
            {
                Error(defaultsNode, DiagnosticCodes.WrongType, $"the defaults of group '{MessageExcerpt.Of(id)}' must be a mapping of indicator keys, such as {{ applies_to: portal, kind: deduction }}");
                continue;
            }

            foreach (var key in defaults.Children.Keys.OfType<YamlScalarNode>().Where(k => !DefaultableKeys.Contains(k.Value)))
            {
                Error(key, DiagnosticCodes.UnknownKey, $"a group's defaults cannot give '{MessageExcerpt.Of(key.Value ?? string.Empty)}'{YamlMap.Suggest(key.Value ?? string.Empty, DefaultableKeys)}; they give: {string.Join(", ", DefaultableKeys)}");
            }

            _defaults[id] = new YamlMappingNode(defaults.Children.Where(c => c.Key is YamlScalarNode { Value: { } k } && DefaultableKeys.Contains(k)));
        }
    }

    private YamlMappingNode ExpandHeader(YamlMappingNode header)
    {
        var expanded = Rebuild(header, (key, value) => key switch
        {
            "scoring" when value is YamlMappingNode scoring => Rebuild(scoring, (k, v) => k switch
            {
                "scored" or "bonus_eligible" => Applicabilities(v),
                "without_external_services" when v is YamlMappingNode rescaling => Rebuild(rescaling, (rk, rv) => rk == "applies_to" ? Applicability(rv) : rv),
                _ => v,
            }),
            "not_checked" when value is YamlSequenceNode list => Sequence(list, item => item is YamlMappingNode entry
                ? Rebuild(entry, (k, v) => k == "applies_to" ? Applicability(v) : v)
                : item),
            _ => value,
        });
        return expanded;
    }

    private YamlMappingNode ExpandIndicator(RawIndicator indicator)
    {
        var node = indicator.Node;
        var group = node.Children.TryGetValue(new YamlScalarNode("group"), out var groupNode) && groupNode is YamlScalarNode { Value: { } g } ? g : null;
        if (group is not null && _defaults.TryGetValue(group, out var defaults))
        {
            // A row that writes its own condition is measured from facts: its group's judged_by does not apply to it.
            var measured = node.Children.ContainsKey(new YamlScalarNode("when")) || node.Children.ContainsKey(new YamlScalarNode(Parsing.SubRuleParser.AnyKey));
            var missing = defaults.Children
                .Where(d => !node.Children.ContainsKey(d.Key) && !(measured && d.Key is YamlScalarNode { Value: JudgedByKey }))
                .ToList();
            if (missing.Count > 0)
            {
                node = Register(new YamlMappingNode(node.Children.Concat(missing)), node);
            }
        }

        WarnWrittenOut(node, indicator.Id);
        if (node.Children.TryGetValue(new YamlScalarNode(JudgedByKey), out var judged))
        {
            node = JudgedByInspector(node, judged, indicator.Id, null);
        }

        if (node.Children.TryGetValue(new YamlScalarNode(Parsing.SubRuleParser.AnyKey), out var any) && any is YamlSequenceNode subRules)
        {
            node = WithJudgedSubRules(node, subRules, indicator.Id);
        }

        // Wherever the indicator names subjects — its own applies_to, a sub-rule's, a cap's — a selector stands for them.
        return Rebuild(node, (key, value) => key switch
        {
            "applies_to" => Applicability(value),
            Parsing.SubRuleParser.AnyKey or Parsing.IndicatorParser.CapForKey when value is YamlSequenceNode list => Sequence(list, item => item is YamlMappingNode entry
                ? Rebuild(entry, (k, v) => k == "applies_to" ? Applicability(v) : v)
                : item),
            _ => value,
        });
    }

    // A judged sub-rule reads the findings that name its indicator and, when the indicator has more than one judged
    // sub-rule, its own rule: the inspector then says which sub-rule a finding is for.
    private YamlMappingNode WithJudgedSubRules(YamlMappingNode node, YamlSequenceNode subRules, string id)
    {
        var judgedCount = subRules.Children.OfType<YamlMappingNode>().Count(r => r.Children.ContainsKey(new YamlScalarNode(JudgedByKey)));
        var expanded = Sequence(subRules, item =>
        {
            if (item is YamlMappingNode measured)
            {
                WarnWrittenOut(measured, id);
            }

            if (item is not YamlMappingNode rule || !rule.Children.TryGetValue(new YamlScalarNode(JudgedByKey), out var judged))
            {
                return item;
            }

            var name = judgedCount > 1 && rule.Children.TryGetValue(new YamlScalarNode(Parsing.SubRuleParser.RuleKey), out var n) && n is YamlScalarNode { Value: { } v } ? v : null;
            return JudgedByInspector(rule, judged, id, name);
        });
        return ReferenceEquals(expanded, subRules)
            ? node
            : Register(new YamlMappingNode(node.Children.Select(c => ReferenceEquals(c.Value, subRules) ? new KeyValuePair<YamlNode, YamlNode>(c.Key, expanded) : c)), node);
    }

    // The old way of saying judged_by: the row's condition names the row's own indicator. It still loads, with a warning.
    private void WarnWrittenOut(YamlMappingNode row, string id)
    {
        if (WrittenOutJudgedRow.Find(row, id) is { } when)
        {
            Error(when, DiagnosticCodes.Deprecated, $"a condition over the inspector findings for '{MessageExcerpt.Of(id)}' itself is the deprecated form of an inspector-judged row: write '{JudgedByKey}: {Inspector}' instead of this 'when' (the findings keep naming the indicator, and a sub-rule when there are several)", id);
        }
    }

    private YamlMappingNode JudgedByInspector(YamlMappingNode node, YamlNode judged, string id, string? subRule)
    {
        var rest = node.Children.Where(c => c.Key is not YamlScalarNode { Value: JudgedByKey }).ToList();
        if (judged is not YamlScalarNode { Value: Inspector })
        {
            Error(judged, DiagnosticCodes.WrongType, $"'{JudgedByKey}' takes the value {Inspector}: the row is judged by an inspector, who records findings for it", id);
            return Register(new YamlMappingNode(rest), node);
        }

        if (node.Children.ContainsKey(new YamlScalarNode("when")))
        {
            Error(judged, DiagnosticCodes.ConditionShape, $"'{JudgedByKey}: {Inspector}' is the row's condition: remove 'when', or remove '{JudgedByKey}' to measure the row from facts", id);
            return Register(new YamlMappingNode(rest), node);
        }

        if (subRule is null && node.Children.ContainsKey(new YamlScalarNode(Parsing.SubRuleParser.AnyKey)))
        {
            Error(judged, DiagnosticCodes.ConditionShape, $"'{JudgedByKey}: {Inspector}' is a condition: with sub-rules (any), write it on the sub-rules the inspector judges", id);
            return Register(new YamlMappingNode(rest), node);
        }

        var where = new YamlMappingNode(new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("indicator_id"), new YamlScalarNode(id)));
        if (subRule is not null)
        {
            where.Add(new YamlScalarNode("rule"), new YamlScalarNode(subRule) { Style = YamlDotNet.Core.ScalarStyle.DoubleQuoted });
        }

        var each = new YamlMappingNode(
            new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("of"), new YamlScalarNode(FactCatalog.For(typeof(InspectorFinding)).Name)),
            new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("where"), where));
        var when = new YamlMappingNode(new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("each"), each));
        foreach (var made in new YamlNode[] { where, each, when })
        {
            Register(made, judged);
        }

        rest.Add(new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("when"), when));
        return Register(new YamlMappingNode(rest), node);
    }

    private YamlNode Applicabilities(YamlNode node) => node is YamlSequenceNode list ? Sequence(list, Applicability) : Applicability(node);

    private YamlNode Applicability(YamlNode node) => Resolve(node, 0);

    // A selector's name stands for its applicability; { subject: <selector>, where: … } narrows a selector with more tests
    // on the subject's fields (both must hold), and a selector may itself narrow another.
    private YamlNode Resolve(YamlNode node, int depth)
    {
        if (node is YamlScalarNode { Value: { } name } && _selectors.TryGetValue(name, out var selector))
        {
            return depth < MaxSelectorDepth ? Resolve(selector, depth + 1) : SelectorCycle(node, name);
        }

        if (node is not YamlMappingNode map
            || !map.Children.TryGetValue(Subject, out var subjectNode)
            || subjectNode is not YamlScalarNode { Value: { } narrowed }
            || !_selectors.ContainsKey(narrowed))
        {
            return node;
        }

        if (depth >= MaxSelectorDepth)
        {
            return SelectorCycle(subjectNode, narrowed);
        }

        var basis = Resolve(subjectNode, depth + 1);
        if (basis is not YamlMappingNode and not YamlScalarNode)
        {
            return node;
        }

        var kind = basis is YamlMappingNode baseMap && baseMap.Children.TryGetValue(Subject, out var k) ? k : basis;
        var wheres = new List<YamlNode>();
        if (basis is YamlMappingNode withWhere && withWhere.Children.TryGetValue(Where, out var baseWhere))
        {
            wheres.Add(baseWhere);
        }

        if (map.Children.TryGetValue(Where, out var ownWhere))
        {
            wheres.Add(ownWhere);
        }

        var children = new List<KeyValuePair<YamlNode, YamlNode>> { new(Subject, kind) };
        if (wheres.Count == 1)
        {
            children.Add(new(Where, wheres[0]));
        }
        else if (wheres.Count > 1)
        {
            var all = Register(new YamlMappingNode(new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode("all"), Register(new YamlSequenceNode(wheres), node))), node);
            children.Add(new(Where, all));
        }

        children.AddRange(map.Children.Where(c => !c.Key.Equals(Subject) && !c.Key.Equals(Where)));
        return Register(new YamlMappingNode(children), node);
    }

    private YamlNode SelectorCycle(YamlNode at, string name)
    {
        Error(at, DiagnosticCodes.UnknownSubjectKind, $"selector '{MessageExcerpt.Of(name)}' narrows itself, directly or through other selectors: a selector names the subjects it selects");
        return new YamlScalarNode(name);
    }

    private YamlMappingNode Rebuild(YamlMappingNode map, Func<string, YamlNode, YamlNode> change)
    {
        var changed = false;
        var children = map.Children.Select(c =>
        {
            var value = c.Key is YamlScalarNode { Value: { } key } ? change(key, c.Value) : c.Value;
            changed |= !ReferenceEquals(value, c.Value);
            return new KeyValuePair<YamlNode, YamlNode>(c.Key, value);
        }).ToList();
        return changed ? Register(new YamlMappingNode(children), map) : map;
    }

    private YamlSequenceNode Sequence(YamlSequenceNode list, Func<YamlNode, YamlNode> change)
    {
        var items = list.Children.Select(change).ToList();
        return items.Where((item, i) => !ReferenceEquals(item, list.Children[i])).Any() ? Register(new YamlSequenceNode(items), list) : list;
    }

    private T Register<T>(T made, YamlNode original)
        where T : YamlNode
    {
        if (_sourceMap.Locate(original) is { } location)
        {
            _sourceMap.Register(made, location);
        }

        return made;
    }

    private void Error(YamlNode node, DiagnosticDescriptor code, string message, string? subject = null) =>
        _diagnostics.Add(Diagnostic.Create(code, message, _sourceMap.Locate(node) ?? SourceLocation.OfFile(_headerFile), subject));
}
