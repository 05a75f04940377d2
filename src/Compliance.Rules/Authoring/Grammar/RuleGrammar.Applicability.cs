using Compliance.Rules.Grammar;

using static Compliance.Rules.Grammar.GrammarKey;
using V = Compliance.Rules.Grammar.GrammarValue;

namespace Compliance.Rules.Authoring.Grammar;

/// <summary>The rule language: whom an indicator, a scoring rule or an exclusion applies to.</summary>
internal static partial class RuleGrammar
{
    /// <summary>
    /// An applicability written as a mapping (<c>{ subject: website, where: { is_portal: true } }</c>); it may also be
    /// written as a subject kind or a selector's name alone.
    /// </summary>
    public static readonly MappingGrammar Applicability = new(
        "applicability",
        "an applicability",
        new("适用对象：website、new_media、supervisor，或 { subject: website, where: { is_portal: true } } 以过滤对象本身的字段，或 revision.yaml 的 selectors 中定义的选择器名称。", "Which subjects: website, new_media, supervisor, or { subject: website, where: { is_portal: true } } to test the subject's own fields, or the name of a selector defined under selectors in revision.yaml."),
        [
            Of("subject", new V.Text(), "对象类别：website（政府网站）、new_media（政务新媒体）或 supervisor（监管单位）；或一个选择器名称，以其对象再加过滤。", "A subject kind: website (政府网站), new_media (政务新媒体) or supervisor (监管单位); or a selector name, narrowed by where.", KeyPresence.Required),
            Of("where", new V.Construct(ConstructKind.SubjectFilter), "对对象本身字段的过滤（字段取决于 subject）。", "A filter on the subject's own fields (which depend on subject)."),
        ],
        shorthand: new V.Text());
}
