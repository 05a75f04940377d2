using Compliance.Rules.Cli;

return CliApplication.Run(args, Console.Out, Console.Error);
