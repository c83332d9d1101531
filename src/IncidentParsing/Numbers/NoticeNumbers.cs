using IncidentParsing.Pipeline;

namespace IncidentParsing.Numbers;

/// <summary>
/// The numbers of one notice, found once and shared by every extractor that needs them
/// (<see cref="ExtractionContext.GetShared{T}"/>).
/// </summary>
internal sealed class NoticeNumbers
{
    private NoticeNumbers(IReadOnlyList<NumberMention> mentions) => Mentions = mentions;

    /// <summary>Every number in <see cref="ExtractionContext.Text"/>, in text order (offsets into it).</summary>
    public IReadOnlyList<NumberMention> Mentions { get; }

    /// <summary>The notice's numbers, computed by the first caller with <paramref name="parser"/> (default parser if null).</summary>
    public static NoticeNumbers Of(ExtractionContext context, JapaneseNumberParser? parser = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        // The default parser needs no closure: one delegate for every notice.
        return parser is null
            ? context.GetShared(static ctx => new NoticeNumbers(JapaneseNumberParser.Default.Find(ctx.Text)))
            : context.GetShared(ctx => new NoticeNumbers(parser.Find(ctx.Text)));
    }
}
