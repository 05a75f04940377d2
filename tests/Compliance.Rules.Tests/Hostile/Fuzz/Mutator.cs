using System.Text;
using System.Text.RegularExpressions;

namespace Compliance.Rules.Tests.Hostile.Fuzz;

/// <summary>
/// Applies <see cref="Mutation"/>s to a file's bytes, deterministically from a seed: the same seed and mutations always
/// give the same bytes, so a failure found by the fuzzer can be replayed.
/// </summary>
/// <remarks>Text mutations act first (on the text read as UTF-8), then re-encodings, then damage to the bytes themselves.</remarks>
internal static partial class Mutator
{
    private static readonly string[] HugeNumbers =
        ["1e308", "-1e308", "1.7976931348623157e309", "99999999999999999999", "79228162514264337593543950336", "-0", "-0.0", "NaN", ".nan", ".inf", "-.inf", "1e-400", "2147483648", "-2147483649", "0x7FFFFFFF", "1_000"];

    private static readonly string[] Dates =
        ["0001-01-01", "9999-12-31", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "10000-01-01", "0000-00-00", "1989-12-31", "2101-01-01", "-0001-01-01"];

    private static readonly string[] Controls =
        ["\0", "\u001b[31m", "\a", "\b", "\u202e", "\ufeff", "\r", "\u0085", "\u2028", "\u007f", "\t", "\f", "\v", "\ud800", "\u200b"];

    private static readonly int[] Depths = [65, 100, 1_000, 5_000];

    private static readonly int[] LongLengths = [4_097, 5_000, 16_385, 70_000];

    private static readonly Encoding Gb18030Encoding = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    /// <summary>Applies mutations to bytes.</summary>
    /// <param name="original">The file's bytes (not changed).</param>
    /// <param name="seed">The seed of every random choice.</param>
    /// <param name="mutations">The mutations, in any order.</param>
    /// <returns>The mutated bytes.</returns>
    public static byte[] Apply(byte[] original, int seed, IReadOnlyList<Mutation> mutations)
    {
        var random = new Random(seed);
        var text = Encoding.UTF8.GetString(original);
        foreach (var mutation in mutations.Where(IsText))
        {
            text = MutateText(text, mutation, random);
        }

        var bytes = mutations.LastOrDefault(IsEncoding) switch
        {
            Mutation.Gb18030 => Gb18030Encoding.GetBytes(text),
            Mutation.Utf16 => Utf16(text, random),
            Mutation.Latin1 => Encoding.Latin1.GetBytes(text),
            _ => Encoding.UTF8.GetBytes(text),
        };

        // The shipped files are valid UTF-8, so with no text mutation the bytes are the original's (a byte order mark kept).
        if (!mutations.Any(m => IsText(m) || IsEncoding(m)))
        {
            bytes = (byte[])original.Clone();
        }

        foreach (var mutation in mutations.Where(m => !IsText(m) && !IsEncoding(m)))
        {
            bytes = MutateBytes(bytes, mutation, random);
        }

        return bytes;
    }

    private static bool IsEncoding(Mutation m) => m is Mutation.Gb18030 or Mutation.Utf16 or Mutation.Latin1;

    private static bool IsText(Mutation m) => !IsEncoding(m) && m is not (Mutation.FlipBytes or Mutation.Truncate or Mutation.BrokenUtf8);

    private static string MutateText(string text, Mutation mutation, Random random) => mutation switch
    {
        Mutation.DeleteLine => WithLines(text, random, (lines, i) => lines.RemoveAt(i)),
        Mutation.DuplicateLine => WithLines(text, random, (lines, i) => lines.Insert(i, lines[i])),
        Mutation.DeepNesting => ReplaceValue(text, random, Nesting(random)),
        Mutation.Alias => Alias(text, random),
        Mutation.AliasBomb => AliasBomb(text, random),
        Mutation.HugeNumber => ReplaceMatch(text, NumberToken(), random, HugeNumbers),
        Mutation.RangeEndDate => ReplaceMatch(text, DateToken(), random, Dates),
        Mutation.ControlCharacter => text.Insert(random.Next(text.Length + 1), Pick(random, Controls)),
        Mutation.LongLine => text.Insert(random.Next(text.Length + 1), LongRun(random)),
        _ => throw new ArgumentOutOfRangeException(nameof(mutation), mutation, null),
    };

    private static byte[] MutateBytes(byte[] bytes, Mutation mutation, Random random)
    {
        switch (mutation)
        {
            case Mutation.FlipBytes when bytes.Length > 0:
                var flipped = (byte[])bytes.Clone();
                for (var n = random.Next(1, 9); n > 0; n--)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return flipped;
            case Mutation.Truncate:
                return bytes[..random.Next(bytes.Length + 1)];
            case Mutation.BrokenUtf8:
                var leads = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] >= 0xC2 && bytes[i] <= 0xF4).ToList();
                if (leads.Count == 0)
                {
                    var at = random.Next(bytes.Length + 1);
                    return [.. bytes[..at], 0xE4, 0xB8, .. bytes[at..]];
                }

                var lead = leads[random.Next(leads.Count)];
                var last = lead + (bytes[lead] >= 0xF0 ? 3 : bytes[lead] >= 0xE0 ? 2 : 1);
                return last < bytes.Length ? [.. bytes[..last], .. bytes[(last + 1)..]] : bytes[..lead];
            default:
                return bytes;
        }
    }

    private static byte[] Utf16(string text, Random random)
    {
        var encoding = random.Next(2) == 0 ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var body = encoding.GetBytes(text);
        return random.Next(2) == 0 ? [.. encoding.GetPreamble(), .. body] : body;
    }

    private static string WithLines(string text, Random random, Action<List<string>, int> change)
    {
        var lines = LineBreak().Split(text).ToList();
        if (lines.Count > 0)
        {
            change(lines, random.Next(lines.Count));
        }

        return string.Concat(lines);
    }

    private static string Nesting(Random random)
    {
        var depth = Pick(random, Depths);
        return random.Next(4) switch
        {
            0 => new string('[', depth) + new string(']', depth),
            1 => string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth),
            2 => "\n" + string.Concat(Enumerable.Repeat(" [\n", depth)) + string.Concat(Enumerable.Repeat(" ]\n", depth)),
            _ => "\n" + string.Concat(Enumerable.Range(1, depth).Select(i => new string(' ', i) + "k:\n")) + new string(' ', depth + 1) + "v",
        };
    }

    /// <summary>Writes <paramref name="value"/> in place of the value after a random "key: ", or as a new key when there is none.</summary>
    private static string ReplaceValue(string text, Random random, string value)
    {
        var keys = KeyValue().Matches(text);
        if (keys.Count == 0)
        {
            return "fuzz: " + value + "\n" + text;
        }

        var match = keys[random.Next(keys.Count)];
        var start = match.Index + match.Length;
        var end = ValueEnd(text, start);
        return string.Concat(text.AsSpan(0, start), value, text.AsSpan(end));
    }

    private static int ValueEnd(string text, int start)
    {
        var end = text.IndexOfAny([',', '}', '\n', '\r'], start);
        return end < 0 ? text.Length : end;
    }

    private static string Alias(string text, Random random)
    {
        var keys = KeyValue().Matches(text);
        if (keys.Count < 2)
        {
            return text + "\nfuzz: *nothing\n";
        }

        var (first, second) = (keys[random.Next(keys.Count)], keys[random.Next(keys.Count)]);
        var (anchorAt, aliasAt) = random.Next(3) switch
        {
            // An alias before its anchor, or to an anchor that does not exist.
            0 => (second.Index + second.Length, first.Index + first.Length),
            1 => (-1, first.Index + first.Length),
            _ => (first.Index + first.Length, second.Index + second.Length),
        };
        if (anchorAt == aliasAt)
        {
            // The anchor's own value: an alias inside the node it names.
            return text.Insert(anchorAt, "&fz [*fz, ");
        }

        var aliasEnd = ValueEnd(text, aliasAt);
        var withAlias = string.Concat(text.AsSpan(0, aliasAt), "*fz", text.AsSpan(aliasEnd));
        return anchorAt < 0 || (anchorAt >= aliasAt && anchorAt < aliasEnd)
            ? withAlias
            : anchorAt < aliasAt
                ? withAlias.Insert(anchorAt, "&fz ")
                : withAlias.Insert(anchorAt - (aliasEnd - aliasAt) + 3, "&fz ");
    }

    private static string AliasBomb(string text, Random random)
    {
        var levels = random.Next(3, 10);
        var bomb = HostileYaml.AliasBomb("fuzz_bomb", levels);
        var keys = KeyValue().Matches(text);
        var withAlias = keys.Count == 0 ? text : ReplaceValue(text, random, $"*a{levels - 1}");
        return random.Next(2) == 0 ? bomb + withAlias : withAlias + "\n" + bomb;
    }

    private static string ReplaceMatch(string text, Regex pattern, Random random, string[] replacements)
    {
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
        {
            return text.Insert(random.Next(text.Length + 1), Pick(random, replacements));
        }

        var match = matches[random.Next(matches.Count)];
        return string.Concat(text.AsSpan(0, match.Index), Pick(random, replacements), text.AsSpan(match.Index + match.Length));
    }

    private static string LongRun(Random random)
    {
        var length = Pick(random, LongLengths);
        return random.Next(3) switch
        {
            0 => new string('x', length),
            1 => new string('长', length),
            _ => string.Concat(Enumerable.Repeat("a,", length / 2)),
        };
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    [GeneratedRegex(@"(?<=\n)")]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"[\w""]: (?=[^\s#])")]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"(?<![\w.:-])-?\d+(?:\.\d+)?(?![\w.:-])")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DateToken();
}
