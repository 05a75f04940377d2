using System.Globalization;
using System.Text;

namespace Compliance.Rules.Benchmarks.FactsFiles;

/// <summary>
/// Writes large facts files for measuring the facts readers (never committed): a JSON document of new-media accounts
/// with one publication each, or a CSV folder of the same facts (<c>new_media.csv</c>, <c>publications.csv</c>).
/// </summary>
/// <remarks>About 250 bytes of JSON per account with its publication, so 800,000 accounts make a 200 MB document.</remarks>
public static class FactsFileGenerator
{
    /// <summary>Writes a JSON facts document.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="accounts">How many accounts.</param>
    public static void WriteJson(string path, int accounts)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        writer.Write("{\n  \"new_media\": [\n");
        for (var i = 0; i < accounts; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"    {{ \"id\": \"nm-{i:D7}\", \"name\": \"某市某局政务发布{i:D7}\", \"operator\": \"某市某局办公室{i % 997:D3}\", \"account_type\": \"微信订阅号\", \"unit\": \"某市{i % 101:D3}\", \"status\": \"正常\" }}"));
            writer.Write(i + 1 < accounts ? ",\n" : "\n");
        }

        writer.Write("  ],\n  \"observations\": {\n    \"publication\": [\n");
        for (var i = 0; i < accounts; i++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"      {{ \"id\": \"p-{i:D7}\", \"subject_id\": \"nm-{i:D7}\", \"published\": \"2024-06-{1 + (i % 27):D2}\", \"title\": \"工作动态\" }}"));
            writer.Write(i + 1 < accounts ? ",\n" : "\n");
        }

        writer.Write("    ]\n  }\n}\n");
    }

    /// <summary>Writes a CSV facts folder with the notices' Chinese column names.</summary>
    /// <param name="folder">The folder to create.</param>
    /// <param name="accounts">How many accounts (and publications).</param>
    public static void WriteCsv(string folder, int accounts)
    {
        Directory.CreateDirectory(folder);
        using (var writer = new StreamWriter(Path.Combine(folder, "new_media.csv"), append: false, new UTF8Encoding(true), bufferSize: 1 << 16))
        {
            writer.Write("账号编号,账号名称,开设主体,账号类型,单位,账号状态\r\n");
            for (var i = 0; i < accounts; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"nm-{i:D7},某市某局政务发布{i:D7},某市某局办公室{i % 997:D3},微信订阅号,某市{i % 101:D3},正常\r\n"));
            }
        }

        using (var writer = new StreamWriter(Path.Combine(folder, "publications.csv"), append: false, new UTF8Encoding(true), bufferSize: 1 << 16))
        {
            writer.Write("编号,对象编号,发布日期,标题\r\n");
            for (var i = 0; i < accounts; i++)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"p-{i:D7},nm-{i:D7},2024-06-{1 + (i % 27):D2},工作动态\r\n"));
            }
        }
    }
}
