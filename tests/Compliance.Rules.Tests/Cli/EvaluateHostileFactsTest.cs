using System.Text;

namespace Compliance.Rules.Tests.Cli;

/// <summary>
/// The <c>evaluate</c> command with hostile facts: what it prints to the terminal never holds a raw control character
/// from the input, and no input makes it print a stack trace.
/// </summary>
public sealed class EvaluateHostileFactsTest : IDisposable
{
    private const string Header = "账号编号,账号名称,开设主体,账号类型,单位,账号状态\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "evaluate-hostile-" + Guid.NewGuid().ToString("N"));

    public EvaluateHostileFactsTest() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Evaluate_ErrorQuotingAnIdWithControlCharacters_PrintsThemVisibly()
    {
        Write("new_media.csv", Header + "A\u001B[31m\u0007,甲,某局,微信订阅号,某单位,正常\nA\u001B[31m\u0007,乙,某局,微信订阅号,某单位,正常\n");

        var (exit, _, error) = Evaluate("md");

        exit.Should().Be(2);
        RawControls(error).Should().BeEmpty();
        error.Should().Contain("subject id 'A␛[31m␇' is used twice");
    }

    [Fact]
    public void Evaluate_MarkdownOfNamesWithControlCharacters_PrintsThemVisibly()
    {
        Write("new_media.csv", Header + "A1,\"清屏\u001B[2J\u202E名称\",某局,微信订阅号,某单位,正常\n");
        Write("publications.csv", "对象编号,发布日期,标题\nA1,2024-05-01,旧文\n");

        var (exit, output, error) = Evaluate("md");

        exit.Should().Be(0, error);
        RawControls(output).Should().BeEmpty();
        output.Should().Contain("清屏␛[2J\\u202E名称");
    }

    [Fact]
    public void Evaluate_CsvToTheTerminal_NeutralisesFormulasAndShowsControls()
    {
        Write("new_media.csv", Header + "A1,\"=HYPERLINK(\"\"http://evil.example\"\")\u001B\",某局,微信订阅号,某单位,正常\n");
        Write("publications.csv", "对象编号,发布日期,标题\nA1,2024-05-01,旧文\n");

        var (exit, output, error) = Evaluate("csv");

        exit.Should().Be(0, error);
        RawControls(output).Should().BeEmpty();
        output.Should().Contain("\"'=HYPERLINK(\"\"http://evil.example\"\")␛\"");
    }

    [Theory]
    [InlineData("facts.json")]
    [InlineData("facts.yaml")]
    public void Evaluate_FactsNested100000LevelsDeep_IsOneDiagnosticAndNoStackTrace(string name)
    {
        var nested = new string('[', 100_000) + new string(']', 100_000);
        Write(name, name.EndsWith(".json", StringComparison.Ordinal) ? "{ \"websites\": " + nested + " }" : "websites: " + nested + "\n");

        var (exit, output, error) = Evaluate("md");

        exit.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Contain("error CR3009").And.NotContain("   at ");
    }

    [Fact]
    public void Evaluate_GbkCsv_EvaluatesAndPrintsTheWarning()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        File.WriteAllBytes(Path.Combine(_folder, "new_media.csv"), gbk.GetBytes(Header + "A1,兵团禁毒,兵团公安局禁毒总队,微信订阅号,兵团公安局,正常\n"));

        // Posts were observed and there were none: the account fails NM-V2 and its decoded name is listed in 附件1.
        Write("coverage.yaml", "observed: [publication]\n");

        var (exit, output, error) = Evaluate("md");

        exit.Should().Be(0, error);
        error.Should().Contain("warning CR3014");
        output.Should().Contain("兵团禁毒");
    }

    private static IEnumerable<char> RawControls(string text) =>
        text.Where(c => c is not ('\n' or '\r') && (char.IsControl(c) || c is '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068' or '\u2069'));

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text, new UTF8Encoding(false));

    private (int Exit, string Output, string Error) Evaluate(string format) =>
        CliRun.Run("evaluate", "--rules", "builtin:xjbt-2024", "--facts", _folder, "--as-of", "2024-06-27", "--format", format);
}
