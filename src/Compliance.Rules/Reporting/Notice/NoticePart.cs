namespace Compliance.Rules.Reporting.Notice;

/// <summary>
/// What a paragraph of a notice draft is, which decides how an official document lays it out (GB/T 9704): the title in
/// 小标宋, the headings in 黑体 and 楷体, the text in 仿宋.
/// </summary>
internal enum NoticePart
{
    /// <summary>The title (标题), centred.</summary>
    Title,

    /// <summary>The addressees (主送机关), flush left.</summary>
    Salutation,

    /// <summary>A paragraph of the text (正文), its first line indented by two characters.</summary>
    Body,

    /// <summary>A first-level heading such as 一、检查的总体情况.</summary>
    Heading,

    /// <summary>A second-level heading such as （一）政府网站.</summary>
    Subheading,

    /// <summary>The first line of the list of attachments (附件：1.…).</summary>
    AttachmentList,

    /// <summary>A further line of the list of attachments, aligned under the first attachment's name.</summary>
    AttachmentListContinued,

    /// <summary>The issuing body's signature (署名) or the date (成文日期), at the right.</summary>
    Signature,

    /// <summary>A note for the editor that is not part of the notice (起草说明), to be deleted before it is issued.</summary>
    EditorNote,
}
