using BenchmarkDotNet.Running;
using Compliance.Rules.Benchmarks;

// `facts-generate` / `facts-load` write and read large facts files (FactsFiles/FactsLoadRun.cs);
// `national-once` / `bingtuan-once` run one evaluation and print peak memory and GC figures; anything else goes to
// BenchmarkDotNet, e.g. `dotnet run -c Release -- --filter '*Calendar*'`.
if (args.Length > 0 && args[0] is "facts-generate" or "facts-load")
{
    return Compliance.Rules.Benchmarks.FactsFiles.FactsLoadRun.Run(args);
}

if (args.Length > 0 && args[0] is "national-once" or "bingtuan-once")
{
    return OneShotRun.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(OneShotRun).Assembly).Run(args);
return 0;
