using System.Text;

namespace Compliance.Rules.Tests.Xjbt;

/// <summary>The committed sample batch is exactly what its generator writes, so it can be regenerated and reviewed.</summary>
public class Xjbt2024Q2SampleTest
{
    /// <summary>The sample folder, rules/xjbt-2024/samples/2024q2.</summary>
    public static readonly string Folder = Path.Combine(TestPaths.Rules, "xjbt-2024", "samples", "2024q2");

    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    [Fact]
    public void CommittedSample_IsWhatTheGeneratorWrites()
    {
        var files = Xjbt2024Q2Sample.Files();
        if (Environment.GetEnvironmentVariable("COMPLIANCE_RULES_WRITE_SAMPLE") == "1")
        {
            foreach (var (name, text) in files)
            {
                File.WriteAllText(Path.Combine(Folder, name), text, Utf8WithMark);
            }
        }

        var committed = Directory.GetFiles(Folder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        committed.Should().Equal(files.Keys);
        foreach (var (name, text) in files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(Folder, name));
            bytes.Should().Equal(Utf8WithMark.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)), $"{name} is the generator's output (regenerate with COMPLIANCE_RULES_WRITE_SAMPLE=1)");
        }
    }

    [Fact]
    public void Generator_RunTwice_WritesTheSameFiles()
    {
        Xjbt2024Q2Sample.Files().Should().Equal(Xjbt2024Q2Sample.Files());
    }
}
