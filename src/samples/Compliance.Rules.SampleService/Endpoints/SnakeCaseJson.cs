using System.Text.Encodings.Web;
using System.Text.Json;

namespace Compliance.Rules.SampleService.Endpoints;

/// <summary>The JSON settings of the service's own documents: snake_case names, as the report and the facts have.</summary>
internal static class SnakeCaseJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };
}
