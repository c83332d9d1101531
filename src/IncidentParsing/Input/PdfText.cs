using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace IncidentParsing.Input;

/// <summary>The text of a PDF file and what kept some of it from being read.</summary>
/// <param name="Text">The pages' lines in reading order, pages apart by a blank line.</param>
/// <param name="Problems">Why text is missing: no text layer (a scan), a broken or encrypted file, the page limit.</param>
internal sealed record PdfContent(string Text, IReadOnlyList<string> Problems);

/// <summary>
/// The text of a PDF file as the parser reads a notice, extracted with PdfPig: glyphs gathered into lines by their
/// baseline and read left to right, no space put between Japanese glyphs (only where a gap parts Latin words), a
/// blank line where a paragraph's gap is, pages joined, and the header and footer lines every page repeats (a
/// letterhead, page numbers) dropped. A file that cannot be read gives its problem, never an exception.
/// </summary>
internal static class PdfText
{
    /// <summary>True when <paramref name="bytes"/> open as a PDF file (<c>%PDF-</c> in the first kilobyte).</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf("%PDF-"u8) >= 0;

    /// <summary>
    /// Extracts the text of the PDF file <paramref name="bytes"/> within <paramref name="limits"/> (<see cref="InputLimits.Default"/>
    /// unless given): a file over <see cref="InputLimits.MaxDocumentBytes"/>, or whose compressed streams decode to more
    /// than <see cref="InputLimits.MaxPdfDecodedBytes"/>, is not read; pages past <see cref="InputLimits.MaxPdfPages"/> are left.
    /// </summary>
    public static PdfContent Extract(byte[] bytes, InputLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        limits ??= InputLimits.Default;
        if (bytes.Length > limits.MaxDocumentBytes)
        {
            return TooLarge(bytes.Length, limits);
        }
        if (PdfStreams.DecodedSize(bytes, limits.MaxPdfDecodedBytes) > limits.MaxPdfDecodedBytes)
        {
            return new PdfContent("", [$"its compressed streams decode to more than {limits.MaxPdfDecodedBytes:N0} bytes (MaxPdfDecodedBytes): not read"]);
        }
        int maxPages = limits.MaxPdfPages;
        var problems = new List<string>();
        var pages = new List<List<Line>>();
        try
        {
            using var document = PdfDocument.Open(bytes);
            int count = document.NumberOfPages;
            if (count > maxPages)
            {
                problems.Add($"the file has {count:N0} pages; the first {maxPages:N0} were read (MaxPdfPages)");
            }
            for (int number = 1; number <= Math.Min(count, maxPages); number++)
            {
                pages.Add(Lines(document.GetPage(number).Letters));
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // PdfPig throws for truncated, encrypted and malformed files; what was read so far stays.
            problems.Add($"the PDF file could not be read whole ({ex.GetType().Name}: {ex.Message})");
        }
        if (pages.Count > 0 && pages.All(p => p.Count == 0))
        {
            problems.Add("the PDF file has no text layer (a scanned document?): no text was read");
        }
        return new PdfContent(Join(pages), problems);
    }

    // A file over the size limit, read no further: NoticeReader says so before copying its bytes.
    internal static PdfContent TooLarge(long length, InputLimits limits) =>
        new("", [$"the file is {length:N0} bytes, over the limit of {limits.MaxDocumentBytes:N0} (MaxDocumentBytes): not read"]);

    private readonly record struct Line(string Text, double Baseline, double Size, double Left, double Right);

    // Glyphs by baseline, then left to right.
    private static List<Line> Lines(IReadOnlyList<Letter> letters)
    {
        var sorted = letters.Where(l => !string.IsNullOrEmpty(l.Value))
            .OrderByDescending(l => Math.Round(l.StartBaseLine.Y, 1)).ThenBy(l => l.StartBaseLine.X).ToList();
        var lines = new List<Line>();
        var current = new List<Letter>();
        foreach (var letter in sorted)
        {
            if (current.Count > 0 && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > Math.Max(1, current[0].PointSize * 0.3))
            {
                lines.Add(LineOf(current));
                current.Clear();
            }
            current.Add(letter);
        }
        if (current.Count > 0)
        {
            lines.Add(LineOf(current));
        }
        return lines;
    }

    private static Line LineOf(List<Letter> letters)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var text = new StringBuilder(letters.Count);
        Letter? previous = null;
        foreach (var letter in letters)
        {
            // A space only where the file left a gap between Latin letters or digits: Japanese is written without them.
            // The gap is from where the pen stopped (the glyph's advance), not its ink: narrow glyphs leave ink gaps.
            if (previous is { } p && letter.StartBaseLine.X - p.EndBaseLine.X > p.PointSize * 0.2
                && IsLatin(p.Value) && IsLatin(letter.Value) && text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
            text.Append(letter.Value);
            previous = letter;
        }
        double size = letters.Max(l => l.PointSize);
        return new Line(text.ToString().Trim(), letters[0].StartBaseLine.Y, size > 0 ? size : 10, letters[0].StartBaseLine.X, letters[^1].EndBaseLine.X);
    }

    private static bool IsLatin(string s) => s.Length > 0 && s[0] < 0x2000 && !char.IsWhiteSpace(s[0]);

    // Pages in order, a blank line between paragraphs (a gap of more than a line and a half) and between pages; the
    // first and last lines every page repeats (digits aside: page numbers) are the letterhead and the footer.
    private static string Join(List<List<Line>> pages)
    {
        var repeated = pages.Count < 2 ? [] : RepeatedEdges(pages);
        var text = new StringBuilder();
        foreach (var page in pages)
        {
            Line? previous = null;
            double right = page.Count == 0 ? 0 : page.Max(l => l.Right);
            double left = LeftMargin(page);
            for (int i = 0; i < page.Count; i++)
            {
                var line = page[i];
                bool edge = i < EdgeLines || i >= page.Count - EdgeLines;
                if (line.Text.Length == 0 || (edge && repeated.Contains(Shape(line.Text))) || (i == page.Count - 1 && IsPageNumber(line.Text)))
                {
                    continue;
                }
                if (previous is { } p)
                {
                    bool paragraph = p.Baseline - line.Baseline > Math.Max(p.Size, line.Size) * 1.8;
                    // A line that runs from the left margin to the right one and ends mid-sentence goes on in the next
                    // one, where that starts at the left margin too: the file wrapped it, the notice did not break it. A
                    // right-aligned date or issuer reaches the right margin without being wrapped; a centred title's
                    // second line starts mid-page (the layout joins a title's lines).
                    bool full = p.Right >= right - (p.Size * 1.5) && p.Left <= left + (p.Size * 1.5);
                    bool goesOn = line.Left <= left + (line.Size * 1.5)
                        || (Math.Abs(line.Size - p.Size) < 0.5 && Math.Abs(((line.Left + line.Right) / 2) - ((left + right) / 2)) < line.Size);
                    bool wrapped = !paragraph && full && goesOn && !EndsSentence(p.Text);
                    text.Append(paragraph ? "\n\n" : wrapped ? "" : "\n");
                }
                text.Append(line.Text);
                previous = line;
            }
            text.Append("\n\n");
        }
        return text.ToString().TrimEnd('\n') + "\n";
    }

    private const int EdgeLines = 2;

    // Where most lines start: the text's left margin (a letterhead or a page number may stand further out).
    private static double LeftMargin(List<Line> page) =>
        page.Count == 0 ? 0 : page.GroupBy(l => Math.Round(l.Left)).MaxBy(g => g.Count())!.Key;

    // "1", "- 2 -", "3 / 4", "5ページ", "Page 6": a page number alone on a page's last line; "2025/6/27" or "2025.6.1"
    // (a signature's date) is none: at most two numbers, the second after a slash, of at most four digits each.
    private static bool IsPageNumber(string line)
    {
        if (line.Length > MaxPageNumberLength)
        {
            return false;
        }
        int groups = 0, digits = 0;
        bool slash = false;
        foreach (char c in line.Replace("Page", "", StringComparison.Ordinal).Replace("ページ", "", StringComparison.Ordinal).Replace("頁", "", StringComparison.Ordinal))
        {
            if (char.IsAsciiDigit(c))
            {
                groups += digits == 0 ? 1 : 0;
                if (++digits > 4)
                {
                    return false;
                }
                continue;
            }
            digits = 0;
            slash |= groups == 1 && c is '/' or '／';
            if (" -/()‐―－／".IndexOf(c) < 0)
            {
                return false;
            }
        }
        return groups == 1 || (groups == 2 && slash);
    }

    private const int MaxPageNumberLength = 16;

    private static bool EndsSentence(string line) => line.Length > 0 && line[^1] is '。' or '」' or '!' or '?' or '！' or '？' or ':' or '：';

    private static HashSet<string> RepeatedEdges(List<List<Line>> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var edges = page.Take(EdgeLines).Concat(page.Skip(Math.Max(EdgeLines, page.Count - EdgeLines))).Select(l => Shape(l.Text)).ToHashSet();
            foreach (var edge in edges)
            {
                counts[edge] = counts.GetValueOrDefault(edge) + 1;
            }
        }
        return counts.Where(c => c.Value == pages.Count).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
    }

    // "1 / 2" and "2 / 2" are one footer.
    private static string Shape(string line) => string.Concat(line.Select(c => char.IsAsciiDigit(c) ? '#' : c));
}
