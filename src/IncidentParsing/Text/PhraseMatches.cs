namespace IncidentParsing.Text;

/// <summary>
/// The occurrences of a <see cref="PhraseSet"/>'s phrases in a window of a text, found one at a time as a
/// <c>foreach</c> asks for them: in text order, and at one position longest first. A struct that is its own
/// enumerator, so searching allocates nothing.
/// </summary>
internal struct PhraseMatches
{
    private readonly PhraseSet _set;
    private readonly string _text;
    private readonly int _end;
    private readonly bool _joined;
    // The position being matched, its remaining candidate spellings, and the next of them to try.
    private int _at;
    private int[]? _candidates;
    private int _next;
    // The character a spelling's second character must equal at this position ('\0' when the window ends first).
    private char _second;

    internal PhraseMatches(PhraseSet set, string text, int start, int end, bool joined)
    {
        _set = set;
        _text = text;
        _end = Math.Min(end, text.Length);
        _joined = joined;
        _at = Math.Max(start, 0);
        _candidates = null;
        _next = 0;
        _second = '\0';
        Current = default;
    }

    /// <summary>The occurrence found by the last <see cref="MoveNext"/>.</summary>
    public PhraseHit Current { get; private set; }

    /// <summary>The enumerator (this struct itself).</summary>
    public readonly PhraseMatches GetEnumerator() => this;

    /// <summary>Finds the next occurrence.</summary>
    public bool MoveNext()
    {
        while (true)
        {
            if (_candidates is not null)
            {
                while (_next < _candidates.Length)
                {
                    int spelling = _candidates[_next++];
                    // Most candidates differ at their second character: rule them out with one comparison.
                    if (_set.SecondChar(spelling) is { } second && second != _second)
                    {
                        continue;
                    }
                    if (_set.TryMatchSpelling(spelling, _text, _at, _end, _joined, out int matchEnd))
                    {
                        Current = new PhraseHit(_set.PhraseOf(spelling), _at, matchEnd);
                        return true;
                    }
                }
                _candidates = null;
                _at++;
            }
            if (!NextCandidatePosition())
            {
                return false;
            }
        }
    }

    // Moves to the next position where a spelling can start (a vectorized search for the first characters).
    private bool NextCandidatePosition()
    {
        while (_at < _end && _set.Firsts is { } firsts)
        {
            int found = _text.AsSpan(_at, _end - _at).IndexOfAny(firsts);
            if (found < 0)
            {
                break;
            }
            _at += found;
            // A dropped space is not in the joined text: nothing starts there.
            if ((_joined && JoinedText.IsDropped(_text, _at)) || !_set.TryCandidatesAt(_text, _at, out var candidates))
            {
                _at++;
                continue;
            }
            _candidates = candidates;
            _next = 0;
            int secondAt = _joined ? JoinedText.SkipDroppedRun(_text, _at + 1) : _at + 1;
            _second = secondAt < _end ? _text[secondAt] : '\0';
            return true;
        }
        _at = _end;
        return false;
    }
}
