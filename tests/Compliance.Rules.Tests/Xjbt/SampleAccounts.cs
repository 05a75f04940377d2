using System.Globalization;

namespace Compliance.Rules.Tests.Xjbt;

/// <summary>The bundled 2024 Q2 sample's accounts, read from its CSV files with plain string handling, not with the library.</summary>
internal static class SampleAccounts
{
    /// <summary>Gets the latest post of every active account (账号状态 正常) that has one.</summary>
    /// <returns>The date of the latest post, by account id.</returns>
    public static Dictionary<string, DateTime> LastPostsOfActiveAccounts()
    {
        var folder = Xjbt2024Q2SampleTest.Folder;
        var active = File.ReadAllLines(Path.Combine(folder, "new_media.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells[5] == "正常")
            .Select(cells => cells[0])
            .ToHashSet(StringComparer.Ordinal);
        return File.ReadAllLines(Path.Combine(folder, "publications.csv")).Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(cells => cells[1], cells => DateTime.ParseExact(cells[2], "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .Where(g => active.Contains(g.Key))
            .ToDictionary(g => g.Key, g => g.Max(), StringComparer.Ordinal);
    }
}
