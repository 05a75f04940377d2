namespace Compliance.Rules.Tests.Cli;

/// <summary>A revision folder written to a temporary directory for one test, deleted afterwards.</summary>
internal sealed class TempRevision : IDisposable
{
    public const string Header = """
        id: broken
        title: 测试规则集
        document: 测试〔2024〕1号
        effective_from: 2024-01-01
        calendar: cn
        scoring: { base: 100, fail_below: 60, bonus_above: 80, bonus_max: 30 }
        """;

    /// <summary>Gets an indicator file with one veto, X-1 (no dated homepage item), with a provenance.</summary>
    public static string HomepageVeto(string provenance) => $$"""
        indicators:
          - id: X-1
            name: 首页不更新
            kind: veto
            applies_to: website
            source: 测试 1
            provenance: {{provenance}}
            when:
              none: { of: publication, where: { on_homepage: true } }
            reason: 首页无信息
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "h4-cli-" + Guid.NewGuid().ToString("N"));

    public TempRevision(string name, string indicators, string? cases = null, string header = Header)
    {
        Folder = Path.Combine(_root, name);
        Directory.CreateDirectory(Path.Combine(Folder, "indicators"));
        System.IO.File.WriteAllText(Path.Combine(Folder, "revision.yaml"), header);
        System.IO.File.WriteAllText(Path.Combine(Folder, "indicators", "a.yaml"), indicators);
        if (cases is not null)
        {
            Directory.CreateDirectory(Path.Combine(Folder, "tests"));
            System.IO.File.WriteAllText(Path.Combine(Folder, "tests", "cases.yaml"), cases);
        }
    }

    public string Folder { get; }

    public string File(params string[] parts) => Path.Combine([Folder, .. parts]);

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
