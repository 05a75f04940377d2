using System.Text;
using Compliance.Rules.Reporting;

namespace Compliance.Rules.Tests.Reporting;

/// <summary>The JSON report's byte filter escapes invisible characters however the bytes are split between writes.</summary>
public class InvisibleEscapingStreamTest
{
    private const string Text = "{\"name\": \"甲\u202E乙\u0085丙\u200F\u2066é\u2069—\u061C\u00A0\u2028\"}";
    private const string Escaped = "{\"name\": \"甲\\u202E乙\\u0085丙\\u200F\\u2066é\\u2069—\\u061C\u00A0\u2028\"}";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Write_InChunks_EscapesEveryInvisibleCharacterAndNothingElse(int chunk)
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        using var output = new MemoryStream();
        using (var filter = new InvisibleEscapingStream(output))
        {
            for (var i = 0; i < bytes.Length; i += chunk)
            {
                filter.Write(bytes, i, Math.Min(chunk, bytes.Length - i));
            }

            filter.Flush();
        }

        Encoding.UTF8.GetString(output.ToArray()).Should().Be(Escaped);
    }

    [Fact]
    public void TextWriterStream_SplitCharacters_ReachTheWriterWhole()
    {
        var bytes = Encoding.UTF8.GetBytes("甲乙丙—é");
        using var writer = new StringWriter();
        var stream = new TextWriterStream(writer);
        foreach (var b in bytes)
        {
            stream.Write([b]);
        }

        writer.ToString().Should().Be("甲乙丙—é");
    }
}
