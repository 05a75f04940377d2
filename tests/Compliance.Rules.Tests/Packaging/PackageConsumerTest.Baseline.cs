namespace Compliance.Rules.Tests.Packaging;

/// <summary>
/// The API baseline as a maintainer uses it after a release: the next version of the core package is packed with
/// <c>PackageValidationBaselineVersion</c> set to the released one (here the version just packed into the temporary
/// feed), so package validation restores the released package and fails the pack on any API the new one lost.
/// </summary>
public sealed partial class PackageConsumerTest
{
    // The successor's version: the same pre-release label on the next patch number, so it sorts after the baseline.
    private string SuccessorVersion => "0.0.1" + _version["0.0.0".Length..];

    private string SuccessorFeed => Path.Combine(_root, "successor");

    /// <summary>Packs the core's successor against the packed version as its baseline, from the build already made.</summary>
    private async Task<(ProcessResult Restore, bool BaselineFetched, ProcessResult Pack)> PackSuccessorAgainstBaselineAsync()
    {
        var project = Path.Combine(TestPaths.RepoRoot, "src", "Compliance.Rules", "Compliance.Rules.csproj");
        string[] properties =
        [
            "--artifacts-path", Path.Combine(_root, "artifacts"),
            "--disable-build-servers",
            $"-p:Version={SuccessorVersion}",
            $"-p:PackageValidationBaselineVersion={_version}",
            "-p:ContinuousIntegrationBuild=true",
        ];

        // The restore fetches the baseline package from the temporary feed; the pack validates against it.
        var restore = await RunAsync(TestPaths.RepoRoot, Dotnet, ["restore", project, $"-p:RestoreAdditionalProjectSources={Feed}", .. properties]);
        var baselineFetched = Directory.Exists(Path.Combine(GlobalPackagesFolder(), "compliance.rules", _version));
        var pack = await RunAsync(TestPaths.RepoRoot, Dotnet, ["pack", project, "--configuration", "Release", "--no-build", "--no-restore", "--output", SuccessorFeed, .. properties]);
        return (restore, baselineFetched, pack);
    }
}
