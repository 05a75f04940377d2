using System.Collections.Immutable;

namespace Compliance.Rules.Reporting.Notice;

/// <summary>A paragraph of a notice draft: its part (title, heading, text…) and its spans.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Part">What the paragraph is.</param>
/// <param name="Spans">The text and placeholders, in order.</param>
internal sealed record NoticeParagraph(NoticePart Part, ImmutableArray<NoticeSpan> Spans)
{
    /// <summary>Gets the paragraph's text, placeholders included.</summary>
    public string Text => string.Concat(Spans.Select(s => s.Text));

    /// <summary>Starts a paragraph.</summary>
    /// <param name="part">What the paragraph is.</param>
    /// <returns>A builder.</returns>
    public static Builder Of(NoticePart part) => new(part);

    /// <summary>Builds a paragraph span by span.</summary>
    /// <param name="part">What the paragraph is.</param>
    internal sealed class Builder(NoticePart part)
    {
        private readonly ImmutableArray<NoticeSpan>.Builder _spans = ImmutableArray.CreateBuilder<NoticeSpan>();

        /// <summary>Appends text the report states.</summary>
        /// <param name="text">The text.</param>
        /// <returns>This builder.</returns>
        public Builder Text(string text)
        {
            if (text.Length > 0)
            {
                _spans.Add(new NoticeSpan(text, ForEditor: false));
            }

            return this;
        }

        /// <summary>Appends a placeholder for the editor, written as 【what】.</summary>
        /// <param name="what">What the editor writes there.</param>
        /// <returns>This builder.</returns>
        public Builder Edit(string what)
        {
            _spans.Add(new NoticeSpan($"【{what}】", ForEditor: true));
            return this;
        }

        /// <summary>Appends a note for the editor that is not part of the notice (written without 【】).</summary>
        /// <param name="text">The note.</param>
        /// <returns>This builder.</returns>
        public Builder Note(string text)
        {
            _spans.Add(new NoticeSpan(text, ForEditor: true));
            return this;
        }

        /// <summary>Finishes the paragraph.</summary>
        /// <returns>The paragraph.</returns>
        public NoticeParagraph Build() => new(part, _spans.ToImmutable());
    }
}
