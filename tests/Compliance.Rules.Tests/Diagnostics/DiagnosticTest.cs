using Compliance.Rules.Diagnostics;

namespace Compliance.Rules.Tests.Diagnostics;

public class DiagnosticTest
{
    [Fact]
    public void ToString_ErrorWithSubject_FormatsLikeACompiler()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "CR0002", "unknown key 'whn'", new SourceLocation("rules/x/a.yaml", 12, 5), "W-V2");

        diagnostic.ToString().Should().Be("rules/x/a.yaml:12:5: error CR0002: unknown key 'whn' [W-V2]");
    }

    [Fact]
    public void ToDisplayString_MessageQuotingControlCharacters_ShowsThemOnOneLine()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "CR0002", "unknown key '\u001b[2Jx\ny\u202Ez'", new SourceLocation("a.yaml", 3, 1));

        var text = diagnostic.ToDisplayString();

        text.Should().Be("a.yaml:3:1: error CR0002: unknown key '\u241B[2Jx\u240Ay\\u202Ez'");
    }

    [Fact]
    public void GetValueOrThrow_FailedResult_ThrowsWithEveryError()
    {
        var result = LoadResult<string>.Failed(
        [
            new Diagnostic(DiagnosticSeverity.Error, "CR0002", "first", new SourceLocation("a.yaml", 1, 1)),
            new Diagnostic(DiagnosticSeverity.Warning, "CR0100", "a warning", new SourceLocation("a.yaml", 2, 1)),
            new Diagnostic(DiagnosticSeverity.Error, "CR0003", "second", new SourceLocation("b.yaml", 3, 7)),
        ]);

        var act = () => result.GetValueOrThrow();

        var thrown = act.Should().Throw<DiagnosticsException>().Which;
        thrown.Diagnostics.Should().HaveCount(3);
        thrown.Message.Should().Contain("2 error(s)").And.Contain("a.yaml:1:1: error CR0002: first").And.Contain("b.yaml:3:7: error CR0003: second");
        result.Success.Should().BeFalse();
    }
}
