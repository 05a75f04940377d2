using System.Diagnostics;
using System.Text;
using Compliance.Rules.Cli;
using Compliance.Rules.Tests.Xjbt;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;

namespace Compliance.Rules.Tests.Cli;

/// <summary>
/// Every route by which <c>evaluate</c> writes the bundled sample's report gives a file Excel, WPS and Word open as they
/// should: CSV with a UTF-8 byte order mark whether written with <c>--out</c> or through standard output (in process and,
/// as <c>--format csv &gt; 结果.csv</c> does, from the tool's own process), and docx to a file.
/// </summary>
public sealed class EvaluateOutputRoutesTest : IDisposable
{
    // Generous: the tool evaluates 659 subjects in about two seconds; a loaded machine may take many times that.
    private static readonly TimeSpan ProcessLimit = TimeSpan.FromMinutes(5);

    private static readonly byte[] Utf8Mark = [0xEF, 0xBB, 0xBF];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "evaluate-routes-" + Guid.NewGuid().ToString("N"));

    public EvaluateOutputRoutesTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Sample(params string[] more) =>
        ["evaluate", "--rules", "builtin:xjbt-2024", "--facts", Xjbt2024Q2SampleTest.Folder, "--as-of", "2024-06-27", .. more];

    [Fact]
    public void Csv_OnStandardOutput_IsTheFileItWritesWithOut_ByteOrderMarkIncluded()
    {
        var file = Path.Combine(_folder, "结果.csv");
        var written = CliRun.Run(Sample("--format", "csv", "--out", file));

        var printed = CliRun.Run(Sample("--format", "csv"));

        written.Exit.Should().Be(0, written.Error);
        printed.Exit.Should().Be(0, printed.Error);
        File.ReadAllBytes(file).Take(3).Should().Equal(Utf8Mark);
        printed.Output.Should().StartWith("\uFEFF检查说明\r\n").And.Be(Encoding.UTF8.GetString(File.ReadAllBytes(file)));
    }

    [Fact]
    public async Task Csv_RedirectedFromTheToolsProcess_IsUtf8WithAByteOrderMarkThatExcelReads()
    {
        var file = Path.Combine(_folder, "结果.csv");
        CliRun.Run(Sample("--format", "csv", "--out", file)).Exit.Should().Be(0);

        var (exit, bytes, error) = await RunToolAsync(Sample("--format", "csv"));

        exit.Should().Be(0, error);
        bytes.Take(3).Should().Equal(Utf8Mark, "without the mark Excel on Chinese Windows reads the file as GBK");
        bytes.Should().Equal(File.ReadAllBytes(file));
        using var reader = CsvReader.Create(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), new CsvReaderOptions { HasHeader = false, Separator = ',' }, false);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        records[0].Should().Equal("检查说明");
        records.Should().Contain(r => r.SequenceEqual(new[] { "6", "第六师自然资源和规划局", "第六师五家渠市自然资源和规划局", "微信订阅号", "第六师五家渠市", "不合格", "超14天未更新", "6月13日起未更新" }));
    }

    [Fact]
    public void Docx_WithoutOut_AsksForAFile()
    {
        var (exit, output, error) = CliRun.Run(Sample("--format", "docx"));

        exit.Should().Be(1);
        output.Should().BeEmpty();
        error.Should().Be("error: docx is a binary document: give the file to write with --out, such as --out report.docx" + Environment.NewLine);
    }

    [Fact]
    public void Docx_ToAFile_IsTheNoticeDraft()
    {
        var file = Path.Combine(_folder, "通报.docx");

        var (exit, output, error) = CliRun.Run(Sample("--format", "docx", "--out", file));

        exit.Should().Be(0, error);
        output.Should().BeEmpty();
        using var document = WordprocessingDocument.Open(file, false);
        document.MainDocumentPart!.Document.Body!.InnerText.Should().Contain("一、检查的总体情况").And.Contain("政府网站总体合格率为100%");
    }

    private static async Task<(int Exit, byte[] Output, string Error)> RunToolAsync(string[] arguments)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(CliApplication).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {dotnet}");
        using var output = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(ProcessLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            await copy.WaitAsync(limit.Token);
            return (process.ExitCode, output.ToArray(), await error.WaitAsync(limit.Token));
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"compliance-rules {string.Join(' ', arguments)} did not finish within {ProcessLimit}");
        }
    }
}
