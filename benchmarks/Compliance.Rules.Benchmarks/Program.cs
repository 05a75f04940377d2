using BenchmarkDotNet.Running;
using Compliance.Rules.Benchmarks;

// `national-once` / `bingtuan-once` run one evaluation and print peak memory and GC figures; anything else goes to
// BenchmarkDotNet, e.g. `dotnet run -c Release -- --filter '*Calendar*'`.
if (args.Length > 0 && args[0] is "national-once" or "bingtuan-once")
{
    return OneShotRun.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(OneShotRun).Assembly).Run(args);
return 0;
