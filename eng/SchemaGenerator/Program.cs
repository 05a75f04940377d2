using Compliance.Rules.Authoring.Grammar.Schemas;
using Compliance.Rules.Testing;

// Writes the generated JSON Schemas into the folder given (rules/schema by default) and names each file written.
var folder = args.Length > 0 ? args[0] : Path.Combine("rules", "schema");
if (!Directory.Exists(folder))
{
    Console.Error.WriteLine($"error: '{folder}' is not a folder; run this from the repository's root or name the schema folder");
    return 1;
}

foreach (var file in SchemaGenerator.Write(folder, [CaseGrammar.Schema]))
{
    Console.WriteLine(file);
}

return 0;
