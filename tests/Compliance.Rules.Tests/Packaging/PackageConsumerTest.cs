using System.Diagnostics;
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Compliance.Rules.Tests.Packaging;

/// <summary>
/// The packages as a host and a policy officer get them: all four are packed into a temporary feed, a console project
/// outside the solution (Consumer/, whose Program.cs is the README's quick start) references the library by version and
/// runs, a fresh web project (WebConsumer/, the README's host section) references Compliance.Rules.Hosting and is started
/// and asked over HTTP, a fresh test project (TestConsumer/) runs its own overlay's regression cases through
/// Compliance.Rules.Testing, and the tool is installed into a temporary tool path and run.
/// </summary>
/// <remarks>
/// Restores see only the temporary feed and the package sources this machine is configured with. The packages get a
/// version no other run uses, so the shared global packages folder never serves a stale copy; that version's folders are
/// removed from it afterwards, with every temporary folder.
/// </remarks>
public sealed partial class PackageConsumerTest : IDisposable
{
    private const string ToolCommand = "compliance-rules";

    // The issue: "the core package depends only on NRules, YamlDotNet and NodaTime".
    private static readonly string[] LibraryDependencies = ["NodaTime", "NRules", "YamlDotNet"];

    private static readonly string[] LibraryFrameworks = ["net10.0", "net8.0"];

    // The issue: "the core stays free of Microsoft.Extensions dependencies"; the host package brings them.
    private static readonly string[] HostingDependencies =
    [
        "Compliance.Rules", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Diagnostics.Abstractions",
        "Microsoft.Extensions.Diagnostics.HealthChecks", "Microsoft.Extensions.Hosting.Abstractions", "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.Options", "Microsoft.Extensions.Options.ConfigurationExtensions",
    ];

    // The repository's address as Directory.Build.props gives it to the packages.
    private const string RepositoryUrl = "https://github.com/compliance-rules/Compliance.Rules";

    // Only a hang guard: packing, building and installing take a few minutes on a loaded two-core machine, so a step that
    // has not finished after this long is stuck, and fails naming itself with what it printed so far.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(30);

    private static readonly string ConsumerFixture = Path.Combine(TestPaths.RepoRoot, "tests", "Compliance.Rules.Tests", "Packaging", "Consumer");

    private static readonly string WebConsumerFixture = Path.Combine(TestPaths.RepoRoot, "tests", "Compliance.Rules.Tests", "Packaging", "WebConsumer");

    private readonly string _root = Path.Combine(Path.GetTempPath(), "cr-packaging-" + Guid.NewGuid().ToString("N"));

    // SemVer: a pre-release identifier made of digits only may not start with 0, so the hex part follows a letter.
    private readonly string _version = "0.0.0-ci.g" + Guid.NewGuid().ToString("N")[..12];

    public PackageConsumerTest() => Directory.CreateDirectory(_root);

    private string Feed => Path.Combine(_root, "feed");

    private string Consumer => Path.Combine(_root, "consumer");

    private string WebConsumer => Path.Combine(_root, "web");

    private string ToolPath => Path.Combine(_root, "tools");

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        var globalPackages = GlobalPackagesFolder();
        foreach (var id in new[] { "compliance.rules", "compliance.rules.cli", "compliance.rules.hosting", "compliance.rules.testing" })
        {
            var folder = Path.Combine(globalPackages, id, _version);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public void Readme_CSharpQuickStart_IsTheConsumerProgramVerbatim()
    {
        var program = ReadText(Path.Combine(ConsumerFixture, "Program.cs"));

        var readme = ReadText(Path.Combine(TestPaths.RepoRoot, "README.md"));

        readme.Should().Contain("```csharp\n" + program + "```\n", "the README's quick start is the program the packaging test compiles");
    }

    [Fact]
    public void Readme_HostSection_IsTheWebConsumerVerbatim()
    {
        var program = ReadText(Path.Combine(WebConsumerFixture, "Program.cs"));
        var settings = ReadText(Path.Combine(WebConsumerFixture, "appsettings.json"));

        var readme = ReadText(Path.Combine(TestPaths.RepoRoot, "README.md"));

        readme.Should().Contain("```csharp\n" + program + "```\n", "the README's host section is the web project the packaging test starts");
        readme.Should().Contain("```json\n" + settings + "```\n");
    }

    [Fact]
    public async Task Packages_PackedIntoATemporaryFeed_WorkInAFreshConsumerAndAsATool()
    {
        // Arrange: pack the four packages, as a CI build would, into the temporary feed (one build of them all).
        var expectedResources = RulesFolderResources();
        await PackAsync(
            Path.Combine("src", "Compliance.Rules", "Compliance.Rules.csproj"),
            Path.Combine("src", "Compliance.Rules.Cli", "Compliance.Rules.Cli.csproj"),
            Path.Combine("src", "Compliance.Rules.Hosting", "Compliance.Rules.Hosting.csproj"),
            Path.Combine("src", "Compliance.Rules.Testing", "Compliance.Rules.Testing.csproj"));
        var (baselineRestore, baselineFetched, successorPack) = await PackSuccessorAgainstBaselineAsync();
        CopyFixture(ConsumerFixture, Consumer);
        CopyFixture(WebConsumerFixture, WebConsumer);
        await WriteNuGetConfigAsync();
        File.Copy(Path.Combine(Consumer, "NuGet.config"), Path.Combine(WebConsumer, "NuGet.config"));

        // Act: build the three consumers against the packages and install the tool, side by side (each in a folder of its
        // own, restoring from the same feed); then run the consumer and the tool.
        PrepareTestConsumer();
        var builds = await Task.WhenAll(
            BuildAsync(Consumer),
            BuildAsync(WebConsumer),
            BuildAsync(TestConsumer),
            RunAsync(Consumer, Dotnet, "tool", "install", "Compliance.Rules.Cli", "--version", _version, "--tool-path", ToolPath, "--configfile", Path.Combine(Consumer, "NuGet.config")));
        var (build, webBuild, testBuild, install) = (builds[0], builds[1], builds[2], builds[3]);
        var consumer = await RunAsync(Consumer, Dotnet, Path.Combine(Consumer, "bin", "Release", "net10.0", "Consumer.dll"));
        var version = await RunToolAsync("--version");
        var help = await RunToolAsync("--help");
        var validate = await RunToolAsync("validate", "builtin:gb-2019");
        var testBuiltIn = await RunToolAsync("test", "builtin:gb-2019");
        var addWorkingDays = await RunToolAsync("calendar", "add-working-days", "--calendar", "cn", "2024-09-27", "3");
        webBuild.ExitCode.Should().Be(0, webBuild.Log);
        var web = await AskWebConsumerAsync("/health", "/revision");
        testBuild.ExitCode.Should().Be(0, testBuild.Log);
        var (testsAsTheyAre, testsWithAWrongExpectation) = await RunTestConsumerAsync();

        // Assert: the consumer compiled the quick start against the package for both frameworks, and got the verdicts of
        // 2周内无更新 at 2024-06-27: a post on 06-20 is inside the window; the last post on 06-01 leaves the account
        // without an update since 06-02.
        build.ExitCode.Should().Be(0, build.Log);
        File.Exists(Path.Combine(Consumer, "bin", "Release", "net8.0", "Consumer.dll")).Should().BeTrue();
        ReadText(Path.Combine(Consumer, "obj", "project.assets.json")).Should().Contain($"\"Compliance.Rules/{_version}\"");
        consumer.ExitCode.Should().Be(0, consumer.Log);
        Lines(consumer.Output).Should().Equal(
            "某市发布: 合格",
            "某县发布: 不合格",
            "  NM-V2 内容不更新: 超14天未更新 (6月2日起未更新)");

        // Assert: the tool from the same feed. 2024-09-27 is a Friday; Sunday 09-29 is a 调休 working day, 09-30 the next,
        // then the National Day holiday runs to 10-07, so the third working day is 10-08.
        install.ExitCode.Should().Be(0, install.Log);
        version.ExitCode.Should().Be(0, version.Log);
        version.Output.Trim().Should().Be(_version);
        help.ExitCode.Should().Be(0, help.Log);
        help.Output.Should().Contain("calendar").And.Contain("validate");
        validate.ExitCode.Should().Be(0, validate.Log);
        testBuiltIn.ExitCode.Should().Be(0, testBuiltIn.Log);
        testBuiltIn.Output.Trim().Should().Be($"{Testing.RegressionSuite.ReadBuiltIn("gb-2019").GetValueOrThrow().Cases.Length} passed, 0 failed", "the tool carries the testing package's runner");
        addWorkingDays.ExitCode.Should().Be(0, addWorkingDays.Log);
        addWorkingDays.Output.Trim().Should().Be("2024-10-08");

        // Assert: the web project built against the host package, started, loaded the built-in gb-2019 and is healthy.
        // (It builds for .NET 10 only, to keep the test short: package validation checks that the host package's .NET 8
        // and .NET 10 assets expose the same API.)
        ReadText(Path.Combine(WebConsumer, "obj", "project.assets.json")).Should().Contain($"\"Compliance.Rules.Hosting/{_version}\"");
        web["/health"].Should().Be("Healthy");
        web["/revision"].Should().Be("gb-2019 " + RuleSet.BuiltIn("gb-2019").Revision.ContentHash);

        // Assert: the test project ran its own overlay's cases through the testing package (PackageConsumerTest.TestConsumer.cs).
        AssertTestConsumerRanItsOwnCases(testBuild, testsAsTheyAre, testsWithAWrongExpectation);
        AssertTestingPackage();

        // Assert: the next version of the core validated against this one as its API baseline: the restore fetched the
        // baseline package (before any consumer asked for it), and the pack, which fails on a lost API, succeeded.
        baselineRestore.ExitCode.Should().Be(0, baselineRestore.Log);
        baselineFetched.Should().BeTrue("package validation restores the baseline package it compares with");
        successorPack.ExitCode.Should().Be(0, successorPack.Log);
        File.Exists(Path.Combine(SuccessorFeed, $"Compliance.Rules.{SuccessorVersion}.nupkg")).Should().BeTrue();

        // Assert: what the packages hold.
        File.Exists(Path.Combine(Feed, $"Compliance.Rules.{_version}.snupkg")).Should().BeTrue("the library ships a symbols package");
        using var tool = ZipFile.OpenRead(Path.Combine(Feed, $"Compliance.Rules.Cli.{_version}.nupkg"));
        var toolSpec = Nuspec(tool);
        toolSpec.Descendants(toolSpec.Root!.Name.Namespace + "packageType").Select(t => (string?)t.Attribute("name")).Should().Equal("DotnetTool");
        tool.GetEntry("README.md").Should().NotBeNull();

        using var library = ZipFile.OpenRead(Path.Combine(Feed, $"Compliance.Rules.{_version}.nupkg"));
        var spec = Nuspec(library);
        var ns = spec.Root!.Name.Namespace;
        var metadata = spec.Root.Element(ns + "metadata")!;
        metadata.Element(ns + "license")!.Value.Should().Be("MIT");
        metadata.Element(ns + "readme")!.Value.Should().Be("README.md");
        library.GetEntry("README.md").Should().NotBeNull();
        metadata.Element(ns + "repository")!.Attribute("type")!.Value.Should().Be("git");
        expectedResources.Should().Contain(["rules/calendars/cn.yaml", "rules/calendars/cn-xj.yaml", "rules/gb-2019/revision.yaml", "rules/schema/calendar.schema.json"]);
        foreach (var framework in LibraryFrameworks)
        {
            var resources = ManifestResourceNames(library, $"lib/{framework}/Compliance.Rules.dll").Where(n => n.StartsWith("rules/", StringComparison.Ordinal)).ToList();
            resources.Should().Contain(expectedResources, $"the {framework} assembly embeds everything under rules/ except samples");
            resources.Should().OnlyContain(n => !n.Contains("/samples/", StringComparison.Ordinal) && File.Exists(Path.Combine(TestPaths.RepoRoot, n)));
            var docs = XDocument.Load(library.GetEntry($"lib/{framework}/Compliance.Rules.xml")!.Open());
            docs.Descendants("member").Select(m => (string?)m.Attribute("name"))
                .Should().Contain(["T:Compliance.Rules.RuleSet", "M:Compliance.Rules.RuleSet.BuiltIn(System.String)", "T:Compliance.Rules.CompiledRuleSet"]);
        }

        using var hosting = ZipFile.OpenRead(Path.Combine(Feed, $"Compliance.Rules.Hosting.{_version}.nupkg"));
        var hostingSpec = Nuspec(hosting);
        hosting.GetEntry("lib/net8.0/Compliance.Rules.Hosting.xml").Should().NotBeNull("the host package documents its API");
        foreach (var group in hostingSpec.Root!.Element(ns + "metadata")!.Element(ns + "dependencies")!.Elements(ns + "group"))
        {
            group.Elements(ns + "dependency").Select(d => (string?)d.Attribute("id")).Should().BeEquivalentTo(HostingDependencies);
        }

        // Assert: the README a package page shows has no relative link left (they would not resolve there), and is the
        // repository's README otherwise.
        metadata.Element(ns + "projectUrl")!.Value.Should().Be(RepositoryUrl);
        metadata.Element(ns + "repository")!.Attribute("url")!.Value.Should().Be(RepositoryUrl);
        var readme = ReadText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        foreach (var package in new[] { library, tool, hosting })
        {
            var packed = ReadEntry(package, "README.md");
            MarkdownLink().Matches(packed).Select(m => m.Groups["target"].Value)
                .Should().OnlyContain(target => target.StartsWith("https://", StringComparison.Ordinal) || target.StartsWith('#'), "a package page has no repository to resolve a relative link against");
            packed.Should().Contain($"]({RepositoryUrl}/blob/main/rules/README.md)");
            packed.Replace(RepositoryUrl + "/blob/main/", string.Empty, StringComparison.Ordinal)
                .Replace(RepositoryUrl.Replace("https://github.com/", "https://raw.githubusercontent.com/", StringComparison.Ordinal) + "/main/", string.Empty, StringComparison.Ordinal)
                .Should().Be(readme, "links to files become absolute (images from raw.githubusercontent.com) and nothing else changes");
        }

        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group").ToList();
        groups.Select(g => (string?)g.Attribute("targetFramework")).Should().BeEquivalentTo(LibraryFrameworks);
        foreach (var group in groups)
        {
            group.Elements(ns + "dependency").Select(d => (string?)d.Attribute("id"))
                .Should().BeEquivalentTo(LibraryDependencies, "the core package depends only on NRules, YamlDotNet and NodaTime");
        }
    }

    private static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private Task<ProcessResult> BuildAsync(string project) =>
        RunAsync(project, Dotnet, "build", "--configuration", "Release", "--disable-build-servers", $"-p:ComplianceRulesVersion={_version}");

    // Packs projects of the solution in one build, through a solution filter written beside the feed.
    private async Task PackAsync(params string[] projects)
    {
        var filter = Path.Combine(_root, "packages.slnf");
        var solution = new JsonObject
        {
            ["solution"] = new JsonObject
            {
                ["path"] = Path.Combine(TestPaths.RepoRoot, "Compliance.Rules.sln"),
                ["projects"] = new JsonArray([.. projects.Select(p => JsonValue.Create(p.Replace('\\', '/')))]),
            },
        };
        await File.WriteAllTextAsync(filter, solution.ToJsonString());
        var pack = await RunAsync(
            TestPaths.RepoRoot,
            Dotnet,
            "pack",
            filter,
            "--configuration",
            "Release",
            "--output",
            Feed,
            "--artifacts-path",
            Path.Combine(_root, "artifacts"),
            "--disable-build-servers",
            $"-p:Version={_version}",
            "-p:ContinuousIntegrationBuild=true");
        pack.ExitCode.Should().Be(0, pack.Log);
    }

    /// <summary>
    /// Writes the consumer's NuGet.config: the temporary feed and the package sources this machine is configured with
    /// (under their own keys, so credentials configured for them still apply), nothing else.
    /// </summary>
    private async Task WriteNuGetConfigAsync()
    {
        var list = await RunAsync(Consumer, Dotnet, "nuget", "list", "source", "--format", "Detailed");
        list.ExitCode.Should().Be(0, list.Log);
        var sources = new List<(string Key, string Value)>();
        var lines = Lines(list.Output);
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var header = Regex.Match(lines[i], @"^\s*\d+\.\s+(?<key>.+?)\s+\[Enabled\]\s*$", RegexOptions.None, TimeSpan.FromSeconds(1));
            if (header.Success)
            {
                sources.Add((header.Groups["key"].Value, lines[i + 1].Trim()));
            }
        }

        if (sources.Count == 0)
        {
            // No source configured anywhere: NuGet's implicit default.
            sources.Add(("nuget.org", "https://api.nuget.org/v3/index.json"));
        }

        var packageSources = new XElement("packageSources", new XElement("clear"), new XElement("add", new XAttribute("key", "compliance-rules-ci"), new XAttribute("value", Feed)));
        packageSources.Add(sources.Select(s => new XElement("add", new XAttribute("key", s.Key), new XAttribute("value", s.Value))));
        new XDocument(new XElement("configuration", packageSources)).Save(Path.Combine(Consumer, "NuGet.config"));
    }

    private static void CopyFixture(string fixture, string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(fixture))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // Subfolders too (the test consumer's rules/), but never what a build in the fixture's folder may have left.
        foreach (var subfolder in Directory.GetDirectories(fixture).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyFixture(subfolder, Path.Combine(folder, Path.GetFileName(subfolder)));
        }
    }

    /// <summary>
    /// Starts the web consumer (its .NET 10 build) on a free loopback port, reads the address it listens on from its
    /// console log, asks each path, and stops it.
    /// </summary>
    private async Task<Dictionary<string, string>> AskWebConsumerAsync(params string[] paths)
    {
        var output = Path.Combine(WebConsumer, "bin", "Release", "net10.0");
        using var process = Process.Start(StartInfo(output, Dotnet, [Path.Combine(output, "WebConsumer.dll"), "--urls", "http://127.0.0.1:0"]))
            ?? throw new InvalidOperationException("could not start the web consumer");
        var log = new StringBuilder();
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            using var timeout = new CancellationTokenSource(HangGuard);
            string? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                log.AppendLine(line);
                address = Regex.Match(line, @"Now listening on: (?<url>http://\S+)", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } m ? m.Groups["url"].Value : null;
            }

            address.Should().NotBeNull($"the web consumer logs the address it listens on:\n{log}{(process.HasExited ? await errors : string.Empty)}");

            // Keep reading its log, so that a full pipe never blocks it.
            _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            using var client = new HttpClient { BaseAddress = new Uri(address!), Timeout = HangGuard };
            var answers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                answers[path] = await client.GetStringAsync(path, timeout.Token);
            }

            return answers;
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private Task<ProcessResult> RunToolAsync(params string[] arguments) =>
        RunAsync(Consumer, Path.Combine(ToolPath, OperatingSystem.IsWindows() ? ToolCommand + ".exe" : ToolCommand), arguments);

    private static async Task<ProcessResult> RunAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var command = $"{fileName} {string.Join(' ', arguments)}";
        var output = new StringBuilder();
        var error = new StringBuilder();
        using var process = new Process { StartInfo = StartInfo(workingDirectory, fileName, arguments) };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(error, line.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"could not start {fileName}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var hang = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(
                $"'{command}' had not finished after {HangGuard.TotalMinutes:0} minutes, far longer than it takes on a loaded machine, so it was stopped as hung. "
                + $"What it printed so far:\n{Tail(output)}\n{Tail(error)}");
        }

        // WaitForExit without a timeout returns once the redirected streams are read to their end.
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, Text(output), Text(error), command);
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, string fileName, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs inside 'dotnet test': its MSBuild settings must not leak into the builds started here, and no
        // build server may outlive them holding the output pipes open.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        if (Path.IsPathRooted(Dotnet) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ROOT")))
        {
            // The tool's launcher finds the runtime through DOTNET_ROOT when dotnet is not installed globally.
            start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Dotnet);
        }

        return start;
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.Append(line).Append('\n');
        }
    }

    private static string Text(StringBuilder text)
    {
        lock (text)
        {
            return text.ToString();
        }
    }

    private static string Tail(StringBuilder text) => string.Join('\n', Lines(Text(text)).TakeLast(40));

    private static string GlobalPackagesFolder()
    {
        var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(configured)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : configured;
    }

    /// <summary>
    /// The resource names the library should embed: every YAML, JSON and CSV file under rules/ except samples. Read before
    /// packing: in a shared working tree, files that appear while the test runs are not expected in the package.
    /// </summary>
    private static List<string> RulesFolderResources()
    {
        var rules = Path.Combine(TestPaths.RepoRoot, "rules");
        return Directory.EnumerateFiles(rules, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".yaml" or ".json" or ".csv")
            .Select(f => "rules/" + Path.GetRelativePath(rules, f).Replace('\\', '/'))
            .Where(n => !n.Contains("/samples/", StringComparison.Ordinal))
            .ToList();
    }

    private static List<string> ManifestResourceNames(ZipArchive package, string entry) =>
        ReadMetadata(package, entry, reader => reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToList());

    /// <summary>Reads the metadata of an assembly inside a package.</summary>
    private static T ReadMetadata<T>(ZipArchive package, string entry, Func<MetadataReader, T> read)
    {
        using var stream = new MemoryStream();
        using (var source = package.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        return read(pe.GetMetadataReader());
    }

    private static XDocument Nuspec(ZipArchive package)
    {
        using var stream = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }

    private static string ReadText(string path) => File.ReadAllText(path).ReplaceLineEndings("\n");

    private static string ReadEntry(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)!.Open());
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static List<string> Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();

    private sealed record ProcessResult(int ExitCode, string Output, string Error, string Command)
    {
        public string Log => $"{Command} exited with {ExitCode}:\n{Output}\n{Error}";
    }

    // An inline link or image, [text](target) or ![text](target).
    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownLink();
}
