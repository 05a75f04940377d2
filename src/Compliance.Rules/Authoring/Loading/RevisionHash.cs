using System.Security.Cryptography;
using System.Text;
using Compliance.Rules.Authoring.Parsing;

namespace Compliance.Rules.Authoring.Loading;

/// <summary>
/// The content hash of a loaded revision: SHA-256 over its merged header and every merged indicator in a canonical form
/// (keys sorted, flow style), so comments, layout and the split into files do not change it, while any change of
/// meaning, in the revision or in a base it extends, does.
/// </summary>
internal static class RevisionHash
{
    /// <summary>Computes the hash of a revision as loaded (overlays applied).</summary>
    /// <param name="raw">The merged revision.</param>
    /// <returns>The hash as lower-case hex.</returns>
    public static string Of(RawRevision raw)
    {
        var text = new StringBuilder();
        CanonicalText.Write(raw.Header, text);
        foreach (var indicator in raw.Indicators)
        {
            text.Append('\n').Append(indicator.Id).Append('\t');
            CanonicalText.Write(indicator.Node, text);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }
}
