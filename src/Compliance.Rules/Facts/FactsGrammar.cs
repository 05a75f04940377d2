using System.Collections.Frozen;
using Compliance.Rules.Grammar;
using static Compliance.Rules.Grammar.GrammarKey;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Facts;

/// <summary>
/// The documents that hand facts in: a facts document (JSON or YAML) and a facts folder's <c>coverage.yaml</c>. The
/// fields of each fact type come from the fact vocabulary (<see cref="FactVocabulary"/>). The facts readers take their
/// key lists from here and the schema generator writes it out.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal static class FactsGrammar
{
    /// <summary>The key that declares the observation types observed in full, in a facts document and in <c>coverage.yaml</c>.</summary>
    public const string ObservedKey = "observed";

    /// <summary>The key of a facts document's observations, by fact type.</summary>
    public const string ObservationsKey = "observations";

    private static readonly FrozenDictionary<string, SubjectKind> SubjectSections = new Dictionary<string, SubjectKind>(StringComparer.Ordinal)
    {
        ["websites"] = SubjectKind.Website,
        ["new_media"] = SubjectKind.NewMedia,
        ["supervisors"] = SubjectKind.Supervisor,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A facts document.</summary>
    public static readonly MappingGrammar Document = new(
        "facts",
        "a facts document",
        new("一批被检查对象及其监测、检查记录，供 compliance-rules evaluate --facts 读取（JSON 或 YAML）。字段名为 snake_case；同样的字段也可写成 CSV，每类事实一个文件（websites.csv、new_media.csv、messages.csv…，或中文文件名），列名可用英文字段名或各字段说明中的中文列名。", "A batch of subjects and what was observed about them, read by compliance-rules evaluate --facts (JSON or YAML). Fields are snake_case; the same fields can be given as CSV, one file per fact type (websites.csv, new_media.csv, messages.csv… or Chinese names), with the English field names or the Chinese headers named in each field's description."),
        [
            Of("websites", new V.Construct(ConstructKind.FactsSection), "政府网站。", "The government websites."),
            Of("new_media", new V.Construct(ConstructKind.FactsSection), "政务新媒体账号。", "The government new-media accounts."),
            Of("supervisors", new V.Construct(ConstructKind.FactsSection), "监管单位（监管工作年度考核对象）。", "The supervising bodies assessed for their supervision work."),
            Of(ObservationsKey, new V.Construct(ConstructKind.FactsSection), "按事实类型分列的监测、检查记录，每条以 subject_id 指向网站或账号。", "Observations by fact type, each naming its website or account by subject_id."),
            Of(ObservedKey, new V.Construct(ConstructKind.ObservedTypes), "声明已完整采集的事实类型：列出的类型即使没有记录，也视为“已检查且无记录”；未列出且没有记录的类型视为未采集，依赖它的指标不检查。写类型名（service_guide）、CSV 文件名（service_guides）或中文名（办事指南），或 all 表示全部。", "The observation types observed in full: a listed type with no facts means checked and none found; a type neither listed nor present was not observed, and the indicators that need it are not assessed. Write the type (service_guide), its CSV file name (service_guides) or Chinese name (办事指南), or all."),
        ]);

    /// <summary>A facts folder's <c>coverage.yaml</c>.</summary>
    public static readonly MappingGrammar Coverage = new(
        "coverage",
        "a coverage declaration",
        new("声明已完整采集的事实类型：列出的类型即使没有记录，也视为“已检查且无记录”；未列出且没有记录的类型视为未采集，依赖它的指标不检查。放在 CSV 事实文件夹中，名为 coverage.yaml。", "Declares the observation types observed in full: a listed type with no facts means checked and none found; a type neither listed nor present was not observed, and the indicators that need it are not assessed. Put it in a CSV facts folder as coverage.yaml."),
        [
            Of(ObservedKey, new V.Construct(ConstructKind.ObservedTypes), "已完整采集的事实类型，如 [service_guide, availability_probe]（也可写 CSV 文件名或中文名），或 all。", "The observation types observed in full, such as [service_guide, availability_probe] (or their CSV file names or Chinese names), or all.", KeyPresence.Required),
            Of("note", new V.Text(), "备注。", "A note."),
        ]);

    /// <summary>Gets the fact type of a subject section of a facts document (<c>websites</c>, <c>new_media</c>, <c>supervisors</c>).</summary>
    /// <param name="key">The section's key.</param>
    /// <returns>The subject type, or <see langword="null"/> when the key is no subject section.</returns>
    public static FactTypeInfo? SubjectSection(string key) =>
        SubjectSections.TryGetValue(key, out var kind) ? FactCatalog.Subject(kind) : null;
}
