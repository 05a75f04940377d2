using System.Collections.Immutable;
using Compliance.Rules.Authoring.Grammar;
using Compliance.Rules.Authoring.Model;
using Compliance.Rules.Diagnostics;
using Compliance.Rules.Facts;
using Compliance.Rules.Grammar;
using Compliance.Rules.Yaml;
using YamlDotNet.RepresentationModel;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Authoring.Parsing;

/// <summary>
/// Parses <c>report:</c> of a revision: <c>score_table: scored | with_bonus</c> and
/// <c>messages: [{ channel: 我为政府网站找错, overdue: [indicator ids] }]</c>.
/// </summary>
internal static class ReportSettingsParser
{
    /// <summary>Parses the report settings.</summary>
    /// <param name="parent">The revision mapping.</param>
    /// <param name="node">The <c>report:</c> node.</param>
    /// <param name="indicatorIds">The ids of the revision's indicators, which <c>overdue</c> may name; <see langword="null"/> when unknown.</param>
    /// <returns>The settings (the defaults for whatever could not be read, after reporting it).</returns>
    public static ReportSettings Parse(YamlMap parent, YamlNode node, IReadOnlySet<string>? indicatorIds)
    {
        var map = parent.Nested(node, "the report settings (score_table, messages)");
        if (map is null)
        {
            return ReportSettings.Default;
        }

        map.RejectUnknownKeys(RuleGrammar.Report);
        var scope = ScoreTableScope.Scored;
        if (map.ReadBy(RuleGrammar.Report).String("score_table", "the report settings") is { } scopeText)
        {
            if (RuleChoices.ScoreTables.TryGet(scopeText, out ScoreTableScope parsed))
            {
                scope = parsed;
            }
            else
            {
                map.Error(map.Get("score_table")!, $"'score_table' must be {RuleChoices.ScoreTables.Listed()}, found '{MessageExcerpt.Of(scopeText)}'", DiagnosticCodes.RuleInvalidValue);
            }
        }

        var lines = ImmutableArray.CreateBuilder<MessageReportSetting>();
        if (map.Get("messages") is { } messagesNode)
        {
            if (messagesNode is YamlSequenceNode list)
            {
                foreach (var item in list.Children)
                {
                    if (map.Nested(item, "a message summary line ({ channel, overdue })") is { } line && ParseLine(line, indicatorIds) is { } setting)
                    {
                        lines.Add(setting);
                    }
                }
            }
            else
            {
                map.Error(messagesNode, "'messages' must be a list of { channel, overdue }");
            }
        }

        return new ReportSettings { ScoreTable = scope, Messages = lines.ToImmutable() };
    }

    private static MessageReportSetting? ParseLine(YamlMap line, IReadOnlySet<string>? indicatorIds)
    {
        line.RejectUnknownKeys(RuleGrammar.MessageLine);
        var keys = line.ReadBy(RuleGrammar.MessageLine);
        var channelText = keys.String("channel", "a message summary line");
        object? channel = null;
        if (channelText is not null && !EnumVocabulary.TryParse(typeof(MessageChannel), channelText, out channel))
        {
            line.Error(line.Get("channel")!, $"'{MessageExcerpt.Of(channelText)}' is not a message channel; the channels are: {string.Join(", ", EnumVocabulary.LabelsOf(typeof(MessageChannel)))}", DiagnosticCodes.RuleInvalidValue);
        }

        var ids = ImmutableArray.CreateBuilder<string>();
        if (keys.Node("overdue", "a message summary line (the indicators whose findings are overdue messages)") is { } overdueNode)
        {
            IList<YamlNode> items = overdueNode is YamlSequenceNode sequence ? sequence.Children : [overdueNode];
            foreach (var item in items)
            {
                var id = line.ScalarText(item, "overdue", "an indicator id");
                if (id is not null && indicatorIds is not null && !indicatorIds.Contains(id))
                {
                    line.Error(item, $"'overdue' names indicator '{MessageExcerpt.Of(id)}', which the revision does not have{YamlMap.Suggest(id, indicatorIds)}", DiagnosticCodes.RuleInvalidValue);
                }
                else if (id is not null)
                {
                    ids.Add(id);
                }
            }
        }

        return channel is MessageChannel value && ids.Count > 0 ? new MessageReportSetting(value, ids.ToImmutable()) : null;
    }
}
