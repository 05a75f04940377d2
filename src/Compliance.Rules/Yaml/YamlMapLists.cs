using Compliance.Rules.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Yaml;

/// <summary>
/// Reads list values through a <see cref="YamlMap"/>, with the same rules as its scalar readers:
/// a value of the wrong shape is reported at its position and reading goes on.
/// </summary>
internal static class YamlMapLists
{
    /// <summary>Reads a list of nodes.</summary>
    /// <param name="map">The mapping that holds the key.</param>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The items, or an empty list when the key is absent or not a list (an error has then been reported where due).</returns>
    public static IReadOnlyList<YamlNode> List(this YamlMap map, string key, bool required, string what)
    {
        var node = required ? map.Require(key, what) : map.Get(key);
        switch (node)
        {
            case null:
                return [];
            case YamlSequenceNode sequence:
                return [.. sequence.Children];
            default:
                map.Error(node, $"'{key}' must be a list, found {YamlMap.Describe(node)}");
                return [];
        }
    }

    /// <summary>Reads a list of texts, such as <c>[XJ-2016a, XJ-2016b]</c>, keeping each item's node for positions.</summary>
    /// <param name="map">The mapping that holds the key.</param>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <returns>The texts with their nodes; items that are not texts are reported and left out.</returns>
    public static IReadOnlyList<(string Text, YamlNode Node)> TextList(this YamlMap map, string key, bool required, string what)
    {
        var texts = new List<(string, YamlNode)>();
        foreach (var item in map.List(key, required, what))
        {
            if (map.ScalarText(item, key, "a list of texts") is { } text)
            {
                texts.Add((text, item));
            }
        }

        return texts;
    }

    /// <summary>Reads a text that must be one of a fixed set of words, such as <c>off</c> or <c>work</c>.</summary>
    /// <typeparam name="T">The type the words stand for.</typeparam>
    /// <param name="map">The mapping that holds the key.</param>
    /// <param name="key">The key.</param>
    /// <param name="required">Whether its absence is an error.</param>
    /// <param name="what">What the mapping is, for the message.</param>
    /// <param name="choices">The words allowed and what each stands for, in the order the message lists them.</param>
    /// <returns>The value chosen, or <see langword="null"/> when absent or not one of the words (an error has then been reported where due).</returns>
    public static T? Choice<T>(this YamlMap map, string key, bool required, string what, IReadOnlyList<(string Word, T Value)> choices)
        where T : struct
    {
        var node = required ? map.Require(key, what) : map.Get(key);
        if (node is null)
        {
            return null;
        }

        var words = string.Join(", ", choices.Select(c => c.Word));
        var text = map.ScalarText(node, key, $"one of: {words}");
        if (text is null)
        {
            return null;
        }

        foreach (var (word, value) in choices)
        {
            if (string.Equals(word, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        map.Error(node, $"'{key}' must be one of: {words}; found '{MessageExcerpt.Of(text)}'");
        return null;
    }
}
