using YamlDotNet.RepresentationModel;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>One indicator's YAML after its overlays are merged, before it is parsed.</summary>
/// <param name="Id">The indicator id.</param>
/// <param name="Node">The merged mapping.</param>
/// <param name="File">The file that last defined or changed it.</param>
internal sealed record RawIndicator(string Id, YamlMappingNode Node, string File);

/// <summary>A revision's YAML after its <c>extends</c> chain is merged, before it is parsed.</summary>
/// <param name="Header">The merged revision header.</param>
/// <param name="HeaderFile">The overlay's (or the revision's own) header file.</param>
/// <param name="Indicators">The indicators in order: the base's first, then the overlay's new ones.</param>
/// <param name="Complete">Whether every file of the chain was read (false when a base is missing or cyclic).</param>
internal sealed record RawRevision(YamlMappingNode Header, string HeaderFile, IReadOnlyList<RawIndicator> Indicators, bool Complete);
