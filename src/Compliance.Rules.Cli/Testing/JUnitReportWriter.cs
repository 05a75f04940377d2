using System.Globalization;
using System.Text;
using System.Xml;

namespace Compliance.Rules.Cli.Testing;

/// <summary>
/// Writes the results of <c>test</c> as JUnit XML, the format CI servers read (GitLab, Jenkins, Azure DevOps, GitHub
/// Actions through a JUnit reporter): a <c>testsuites</c> root for the rule set, a <c>testsuite</c> per case file and a
/// <c>testcase</c> per regression case, a failed case carrying a <c>failure</c> whose message is its first mismatch and
/// whose text lists them all.
/// </summary>
/// <remarks>
/// <para>
/// Counts (<c>tests</c>, <c>failures</c>, <c>errors</c>, <c>skipped</c>) and times (seconds, three decimals) are given
/// on every suite and on the root. A case's <c>classname</c> is the rule set and the case file
/// (<c>builtin:xjbt-2024.notice-2024q2</c>), its <c>name</c> the case's name, and <c>file</c> and <c>line</c> say where
/// it is written.
/// </para>
/// <para>
/// Case names and mismatch texts come from YAML files and may hold characters XML 1.0 cannot carry (C0 controls, lone
/// surrogates): those are written as <c>\uXXXX</c> so the file always parses.
/// </para>
/// </remarks>
internal static class JUnitReportWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>Writes the results.</summary>
    /// <param name="rules">The rule set as the command line named it.</param>
    /// <param name="results">The results, in the order the cases ran.</param>
    /// <param name="stream">The stream to write to.</param>
    public static void Write(string rules, IReadOnlyList<TimedCaseResult> results, Stream stream)
    {
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", Safe(rules));
        Counts(xml, results);
        foreach (var file in results.GroupBy(r => r.Result.Case.File, StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(file.Key);
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", Safe(fileName));
            Counts(xml, [.. file]);
            foreach (var (result, elapsed) in file)
            {
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", Safe($"{rules}.{Path.GetFileNameWithoutExtension(fileName)}"));
                xml.WriteAttributeString("name", Safe(result.Case.Name));
                xml.WriteAttributeString("time", Seconds(elapsed));
                xml.WriteAttributeString("file", Safe(result.Case.File));
                xml.WriteAttributeString("line", result.Case.Location.Line.ToString(CultureInfo.InvariantCulture));
                if (!result.Passed)
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("message", Safe(result.Mismatches[0].ToString()));
                    xml.WriteAttributeString("type", "mismatch");
                    xml.WriteString(Safe(string.Join("\n", result.Mismatches.Select(m => m.ToString()))));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Counts(XmlWriter xml, IReadOnlyList<TimedCaseResult> results)
    {
        xml.WriteAttributeString("tests", results.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", results.Count(r => !r.Result.Passed).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", "0");
        xml.WriteAttributeString("time", Seconds(TimeSpan.FromTicks(results.Sum(r => r.Elapsed.Ticks))));
    }

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    // XML 1.0 carries tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and well-formed surrogate pairs.
    private static string Safe(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }
}
