using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Compliance.Rules.Hosting.Tests.Support;

namespace Compliance.Rules.Hosting.Tests.SampleService;

/// <summary>
/// The sample service over HTTP: the 兵团 2024 Q2 sample evaluated, a rule file broken on disk while the old rule set
/// keeps serving and /health says why, then fixed and the new rule set served.
/// </summary>
public sealed class SampleServiceTest : IDisposable
{
    private const string EvaluateAtNoticeDate = "/evaluate?as_of=2024-06-27";

    private readonly XjbtRuleFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Service_RuleFileBrokenThenFixedOnDisk_KeepsServingTheLastGoodRuleSetThenServesTheFix()
    {
        await using var factory = new SampleServiceFactory(_folder.Revision);
        using var client = factory.CreateClient();
        var builtIn = RuleSet.BuiltIn("xjbt-2024").Revision.ContentHash;

        // The notice: 41 of 41 websites and 610 of 618 accounts pass at 6月27日.
        var first = await EvaluateSampleAsync(client);
        Hash(first).Should().Be(builtIn);
        Kind(first, "website").GetProperty("passed").GetInt32().Should().Be(41);
        Kind(first, "new_media").GetProperty("total").GetInt32().Should().Be(618);
        Kind(first, "new_media").GetProperty("passed").GetInt32().Should().Be(610);

        _folder.Break();
        await RulesAsync(client, rules => Source(rules).GetProperty("stale").GetBoolean(), "the edit to be rejected");
        var whileBroken = await EvaluateSampleAsync(client);
        using var health = await client.GetAsync("/health");
        var healthText = await health.Content.ReadAsStringAsync();

        Hash(whileBroken).Should().Be(builtIn, "the last good rule set keeps serving");
        Kind(whileBroken, "new_media").GetProperty("passed").GetInt32().Should().Be(610);
        health.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        using (var json = JsonDocument.Parse(healthText))
        {
            json.RootElement.GetProperty("status").GetString().Should().Be("Unhealthy");
            json.RootElement.GetProperty("checks")[0].GetProperty("description").GetString()
                .Should().Contain($"{_folder.NewMediaFile}:{_folder.WindowLine}:").And.Contain("calendar_dayz");
        }

        // Fixed with a 7-day window: the 287 active accounts whose last post is 8 to 14 days old fail too (README, impact).
        _folder.SetNewMediaWindow(7);
        var rules = await RulesAsync(client, r => !Source(r).GetProperty("stale").GetBoolean() && Source(r).GetProperty("content_hash").GetString() != builtIn, "the fix to be served");
        var afterFix = await EvaluateSampleAsync(client);
        using var healthy = await client.GetAsync("/health");

        Hash(afterFix).Should().Be(Source(rules).GetProperty("content_hash").GetString());
        Kind(afterFix, "new_media").GetProperty("passed").GetInt32().Should().Be(323);
        Kind(afterFix, "website").GetProperty("passed").GetInt32().Should().Be(41);
        healthy.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Rules_ActiveRevisions_ShowProvenance()
    {
        await using var factory = new SampleServiceFactory(_folder.Revision);
        using var client = factory.CreateClient();

        var rules = await RulesAsync(client, _ => true, "the rule sets");

        rules.GetProperty("default_revision").GetString().Should().Be("xjbt-2024");
        var xjbt = Source(rules);
        xjbt.GetProperty("revision_id").GetString().Should().Be("xjbt-2024");
        xjbt.GetProperty("content_hash").GetString().Should().Be(RuleSet.BuiltIn("xjbt-2024").Revision.ContentHash);
        xjbt.GetProperty("calendar").GetProperty("id").GetString().Should().Be("cn-xj");
        xjbt.GetProperty("calendar").GetProperty("data_version").GetString().Should().Be(RuleSet.BuiltIn("xjbt-2024").Calendar.DataVersion);
        rules.GetProperty("rule_sets")[1].GetProperty("source").GetString().Should().Be("builtin:gb-2019");
    }

    [Fact]
    public async Task Evaluate_BadRequests_AnswerWithProblemsAndNoStackTrace()
    {
        await using var factory = new SampleServiceFactory(_folder.Revision);
        using var client = factory.CreateClient();

        using var malformed = await PostAsync(client, EvaluateAtNoticeDate, "{\n  \"websites\": [ { \"id\": \"w1\", \"nmae\": \"x\" } ]\n}");
        using var unknownRevision = await PostAsync(client, "/evaluate?revision=gb-2015&as_of=2024-06-27", "{}");
        using var badDate = await PostAsync(client, "/evaluate?as_of=2024-13-01", "{}");
        using var outsideCalendar = await PostAsync(client, "/evaluate?as_of=2031-01-06", Encoding.UTF8.GetString(SampleFactsJson.Xjbt2024Q2()));

        malformed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await malformed.Content.ReadAsStringAsync();
        using (var json = JsonDocument.Parse(problem))
        {
            json.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Should().Contain(d => d.GetProperty("file").GetString() == "request" && d.GetProperty("line").GetInt32() == 2 && d.GetProperty("message").GetString()!.Contains("nmae"));
        }

        unknownRevision.StatusCode.Should().Be(HttpStatusCode.NotFound);
        badDate.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        outsideCalendar.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        foreach (var response in new[] { malformed, unknownRevision, badDate, outsideCalendar })
        {
            (await response.Content.ReadAsStringAsync()).Should().NotContain("   at ").And.NotContain("Exception");
        }
    }

    private static async Task<JsonElement> EvaluateSampleAsync(HttpClient client)
    {
        using var response = await PostAsync(client, EvaluateAtNoticeDate, Encoding.UTF8.GetString(SampleFactsJson.Xjbt2024Q2()));
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string uri, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await client.PostAsync(uri, content);
    }

    private static Task<JsonElement> RulesAsync(HttpClient client, Func<JsonElement, bool> condition, string what) =>
        Eventually.HoldsAsync(
            async () =>
            {
                using var json = JsonDocument.Parse(await client.GetStringAsync("/rules"));
                return json.RootElement.Clone();
            },
            condition,
            what);

    private static JsonElement Source(JsonElement rules) => rules.GetProperty("rule_sets")[0];

    private static string? Hash(JsonElement report) => report.GetProperty("provenance").GetProperty("revision_hash").GetString();

    private static JsonElement Kind(JsonElement report, string kind) =>
        report.GetProperty("summary").GetProperty("subjects").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == kind);
}
