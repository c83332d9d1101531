namespace IncidentParsing.Extractors.Fields;

/// <summary>
/// Sentences that hold a leak word but state nothing about this incident's data: a reader's question, a
/// footnote explaining a word, a spoofed mail's sender display.
/// </summary>
internal sealed class NonStatements(FieldCues cues)
{
    private readonly FieldCues _cues = cues;

    /// <summary>True where the leak word at <paramref name="at"/> stands in such a sentence.</summary>
    public bool Excludes(string text, int at) => IsQuestion(text, at) || IsFootnote(text, at) || ShowsSender(text, at);

    // Q5 カード情報が漏えいしたのではないですか?: a reader's question states nothing.
    private static bool IsQuestion(string text, int at)
    {
        int end = Text.Clauses.SentenceWordsEnd(text, at);
        var sentence = text.AsSpan(at, end - at).TrimEnd();
        return sentence.EndsWith("?") || sentence.EndsWith("か");
    }

    // (注釈3) / 他社サービスから流出したIDとパスワードのリストを用いる攻撃, ※2:…を保存した媒体: a footnote
    // explains a word of the notice and states nothing about this incident.
    private static bool IsFootnote(string text, int at)
    {
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        if (IsNoteMark(text, lineStart, LineEnd(text, lineStart), wholeLine: false))
        {
            return true;
        }
        int previousEnd = lineStart - 1;
        if (previousEnd <= 0)
        {
            return false;
        }
        int previousStart = text.LastIndexOf('\n', previousEnd - 1) + 1;
        return IsNoteMark(text, previousStart, previousEnd, wholeLine: true);
    }

    // ※2:, *1 , (注釈3), 注1: at the start of a line; wholeLine: the mark is all the line holds.
    private static bool IsNoteMark(string text, int start, int end, bool wholeLine)
    {
        var line = text.AsSpan(start, end - start).Trim();
        if (line.StartsWith("(注"))
        {
            int close = line.IndexOf(')');
            return close > 0 && (!wholeLine || close == line.Length - 1);
        }
        if (line.Length == 0 || line[0] is not ('※' or '*'))
        {
            return false;
        }
        int k = 1;
        while (k < line.Length && char.IsAsciiDigit(line[k]))
        {
            k++;
        }
        if (k == 1)
        {
            return false;
        }
        return wholeLine ? k == line.Length : k < line.Length && line[k] is ':' or ' ' or ')';
    }

    private static int LineEnd(string text, int from)
    {
        int e = text.IndexOf('\n', from);
        return e < 0 ? text.Length : e;
    }

    // 送信者の名前は弊社社員の名前が表示されておりますが: a spoofed mail's sender display, not leaked data.
    private bool ShowsSender(string text, int at)
    {
        if (_cues.Display.LengthAt(text, at) == 0)
        {
            return false;
        }
        int start = Text.Clauses.SentenceStart(text, at);
        return _cues.Sender.Occurs(text, start, Text.Clauses.SentenceWordsEnd(text, at));
    }
}
