using System.Collections.Immutable;
using Compliance.Rules.Grammar;

namespace Compliance.Rules.Authoring.Grammar.Schemas;

/// <summary>One generated schema: its file, its title, the mapping at its root and the mappings of its own grammar.</summary>
/// <param name="FileName">The schema's file name in <c>rules/schema</c>, such as <c>revision.schema.json</c>.</param>
/// <param name="Title">The schema's title.</param>
/// <param name="Root">The mapping at the document's root; <see langword="null"/> for the facts schema, written from the fact catalogue.</param>
/// <param name="OverlayKey">The key that makes a document an overlay (<c>extends</c>), if documents of the kind may be overlays.</param>
/// <param name="OwnMappings">
/// The mappings of a grammar kept outside the language's table (the case files', in the testing package), which the
/// document's values name; default or empty when every mapping is the language's.
/// </param>
internal sealed record SchemaSource(string FileName, string Title, MappingGrammar? Root, string? OverlayKey, ImmutableArray<MappingGrammar> OwnMappings = default);
