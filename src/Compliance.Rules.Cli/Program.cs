using System.Text;
using Compliance.Rules.Cli;

// Redirected standard output (`> 结果.csv`, a pipe) is written as UTF-8 on every system, as files are: the console's code
// page (GBK on Chinese Windows) cannot hold every character of the facts, and would turn a CSV's byte order mark into '?'.
if (Console.IsOutputRedirected)
{
    using var redirected = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    return CliApplication.Run(args, redirected, Console.Error);
}

return CliApplication.Run(args, Console.Out, Console.Error);
