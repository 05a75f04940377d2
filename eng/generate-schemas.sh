#!/usr/bin/env bash
# Regenerates the JSON Schemas of the rule, case, calendar, coverage and facts files (rules/schema/*.schema.json) from
# the grammars (src/Compliance.Rules/Authoring/Grammar, Calendar/CalendarGrammar.cs, Facts/FactsGrammar.cs, and the case
# files' src/Compliance.Rules.Testing/Cases/CaseGrammar.cs) and the
# fact vocabulary (Facts/FactVocabulary*.cs). Run it after changing the grammar, a
# field operator, a placeholder or a fact type, and commit the result: GeneratedSchemaTest fails while a committed
# schema differs from what this writes. report.schema.json and impact.schema.json describe the tool's output and are
# written by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project eng/SchemaGenerator/Compliance.Rules.SchemaGenerator.csproj -c Release -- rules/schema
