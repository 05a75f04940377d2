using System.Collections.Immutable;
using Compliance.Rules.Labels;

namespace Compliance.Rules.Facts;

/// <summary>
/// The one table of the words the language uses for facts: each fact type's name, Chinese label, meaning and CSV file
/// names, and each field's name, record property, meaning and Chinese CSV headers; the words of the categories (the
/// enumerations fact fields hold) and subject kinds are its part <see cref="CategoryVocabulary"/>. The fact catalogue
/// binds the table to the records (<see cref="FactCatalog"/>), the facts readers read by it, and the generated facts and
/// rule schemas show its texts to editors.
/// </summary>
/// <remarks>
/// <para>
/// The names are written here, not derived from C# names, and are snake_case like every other word of the language
/// (<c>column</c>, <c>inspector_finding</c>, <c>website</c>, <c>new_media</c>). An observation type also keeps the
/// PascalCase name it had before (<c>Column</c>), which rule files may still write with deprecation warning CR2101.
/// A field names its property with <c>nameof</c>, so renaming a property keeps the language as it is, and the catalogue refuses a record property that the table does not name.
/// </para>
/// <para>
/// CSV headers: every field's snake_case name (ignoring case), or one of its Chinese headers, the first of which the
/// facts schema (<c>rules/schema/facts.schema.json</c>) names in the field's description. CSV file names are compared
/// ignoring case. Chinese names are those of the notices and of the spreadsheets staff export from Excel or WPS.
/// </para>
/// This type is immutable and thread-safe.
/// </remarks>
internal static partial class FactVocabulary
{
    /// <summary>The words for the fields every observation type has.</summary>
    public static readonly ImmutableArray<FieldTerms> ObservationFields =
    [
        Field(nameof(Observation.Id), "id", new("记录编号，在同类记录中唯一。", "The observation's id, unique among facts of its type."), "编号", "记录编号"),
        Field(nameof(Observation.SubjectId), "subject_id", new("所涉网站或账号的 id。", "The id of the website or account it is about."), "对象编号", "网站标识码", "账号编号", "网站或账号编号", "单位编号"),
    ];

    /// <summary>Gets every fact type's words: the subject types, then the observation types by name.</summary>
    public static ImmutableArray<FactTypeTerms> Types => [.. SubjectTypes, .. ObservationTypes];

    // A subject type's name and label are its kind's words (CategoryVocabulary.SubjectKinds), written once there.
    private static FactTypeTerms SubjectTerms<T>(SubjectKind kind, Bilingual meaning, ImmutableArray<string> fileNames, ImmutableArray<FieldTerms> fields)
        where T : Subject =>
        new(EnumVocabulary.NameOf(kind), EnumVocabulary.LabelOf(kind), typeof(T), kind, meaning, fileNames, fields, null);

    private static FactTypeTerms ObservationTerms<T>(string name, string formerName, string label, Bilingual meaning, ImmutableArray<string> fileNames, ImmutableArray<FieldTerms> fields)
        where T : Observation =>
        new(name, label, typeof(T), null, meaning, fileNames, fields, formerName);

    private static FieldTerms Field(string property, string name, Bilingual meaning, params string[] headers) =>
        new(property, name, meaning, [.. headers]);
}
