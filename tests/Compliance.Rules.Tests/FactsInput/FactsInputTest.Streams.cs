using System.Text;
using FactsReader = Compliance.Rules.Facts.Input.FactsInput;

namespace Compliance.Rules.Tests.FactsInput;

/// <summary>A JSON facts document read from a stream, as a host reads the body of a request.</summary>
public sealed partial class FactsInputTest
{
    [Fact]
    public void ReadJson_Document_ReadsTheBatch()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(SitesJson));

        var result = FactsReader.ReadJson(stream, "request");

        result.Errors.Should().BeEmpty();
        result.GetValueOrThrow().Subjects.Single().Name.Should().Be("新疆生产建设兵团");
    }

    [Fact]
    public void ReadJson_UnknownKeyAndBrokenDocument_ReportsEachAtItsLineInTheSourceName()
    {
        var json = "{\n  \"websites\": [ { \"id\": \"w1\", \"nmae\": \"x\" } ],\n  \"new_media\": [ ";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));

        var result = FactsReader.ReadJson(stream, "request");

        result.Success.Should().BeFalse();
        result.Errors.Select(d => d.Location.File).Should().AllBe("request");
        result.Errors.Should().Contain(d => d.Location.Line == 2 && d.Message.Contains("nmae", StringComparison.Ordinal));
        result.Errors.Should().Contain(d => d.Location.Line == 3);
    }

    [Fact]
    public void ReadJson_BytesThatAreNotUtf8InAString_IsADiagnosticNotAnException()
    {
        var bytes = Encoding.UTF8.GetBytes("{ \"websites\": [ { \"id\": \"w1\", \"name\": \"AB\" } ] }");
        var at = Array.IndexOf(bytes, (byte)'A');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        using var stream = new MemoryStream(bytes);

        var result = FactsReader.ReadJson(stream, "request");

        result.Success.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Location.Line.Should().Be(1);
    }
}
