using System.Text;

namespace IncidentParsing.Text;

/// <summary>What <see cref="EncodingDetector"/> decided about some bytes.</summary>
/// <param name="Encoding">The encoding to decode with.</param>
/// <param name="Name">Its canonical name: <c>utf-8</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>shift_jis</c>, <c>euc-jp</c>, <c>iso-2022-jp</c>.</param>
/// <param name="Confidence">1.0 for a byte-order mark or a clean strict decode; lower when bytes had to be guessed.</param>
/// <param name="PreambleLength">Bytes of byte-order mark to skip.</param>
internal sealed record DetectedEncoding(Encoding Encoding, string Name, double Confidence, int PreambleLength);

/// <summary>The text of some bytes, and where the bytes were not valid in their encoding.</summary>
/// <param name="Text">The decoded text (invalid bytes become U+FFFD).</param>
/// <param name="Encoding">The encoding used.</param>
/// <param name="InvalidByteOffset">The offset of the first invalid byte, or -1.</param>
internal sealed record DecodedText(string Text, DetectedEncoding Encoding, long InvalidByteOffset);

/// <summary>
/// Tells the Japanese encodings apart from the bytes: BOMs first, then UTF-16 without BOM from the
/// pattern of zero bytes (or its kana, where the bytes are no 8-bit encoding's), then ISO-2022-JP from its escape
/// sequences, then what UTF.Unknown detects where it is one of UTF-8, Shift_JIS (CP932) and EUC-JP and decodes the
/// bytes cleanly, else whichever of those three decodes the bytes strictly with the fewest rejects.
/// </summary>
internal static class EncodingDetector
{
    private static readonly string[] Candidates = ["utf-8", "shift_jis", "euc-jp"];

    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Looks up an encoding by name (<c>utf-8</c>, <c>sjis</c>, <c>cp932</c>, <c>euc-jp</c>, <c>utf-16</c>…).</summary>
    /// <exception cref="ArgumentException">The name is not an encoding this library reads.</exception>
    public static DetectedEncoding FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string canonical = name.Trim().ToLowerInvariant() switch
        {
            "utf8" or "utf-8" or "utf-8-sig" => "utf-8",
            "utf16" or "utf-16" or "utf-16le" or "utf16le" => "utf-16le",
            "utf-16be" or "utf16be" => "utf-16be",
            "sjis" or "shift_jis" or "shift-jis" or "cp932" or "windows-31j" or "ms932" => "shift_jis",
            "euc-jp" or "eucjp" or "euc_jp" => "euc-jp",
            "iso-2022-jp" or "jis" or "iso2022jp" => "iso-2022-jp",
            _ => throw new ArgumentException($"Unknown encoding '{name}'. Use utf-8, utf-16le, utf-16be, shift_jis, euc-jp or iso-2022-jp.", nameof(name)),
        };
        return new DetectedEncoding(Get(canonical), canonical, 1.0, 0);
    }

    /// <summary>Detects the encoding of <paramref name="bytes"/>.</summary>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(Get("utf-8"), "utf-8", 1.0, 3);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedEncoding(Get("utf-16le"), "utf-16le", 1.0, 2);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedEncoding(Get("utf-16be"), "utf-16be", 1.0, 2);
        }
        if (TryUtf16WithoutBom(bytes, out var utf16))
        {
            return utf16;
        }
        if (bytes.IndexOf((ReadOnlySpan<byte>)[0x1B, 0x24, 0x42]) >= 0 || bytes.IndexOf((ReadOnlySpan<byte>)[0x1B, 0x24, 0x40]) >= 0)
        {
            return new DetectedEncoding(Get("iso-2022-jp"), "iso-2022-jp", 0.99, 0);
        }
        var sample = bytes.Length > 1 << 20 ? bytes[..(1 << 20)] : bytes;
        // A maintained detector first (UTF.Unknown: uchardet's and Mozilla's), trusted where its answer is one of the
        // Japanese encodings and decodes the bytes cleanly; else whichever decodes them with the fewest rejects.
        if (Canonical(UtfUnknown.CharsetDetector.DetectFromBytes(sample.ToArray()).Detected) is { } named && CountRejects(Get(named.Name), sample) == 0)
        {
            return new DetectedEncoding(Get(named.Name), named.Name, Math.Clamp(named.Confidence, 0.5, 1.0), 0);
        }
        DetectedEncoding? best = null;
        int bestRejects = int.MaxValue;
        foreach (var name in Candidates)
        {
            int rejects = CountRejects(Get(name), sample);
            if (rejects < bestRejects)
            {
                bestRejects = rejects;
                double confidence = rejects == 0 ? 1.0 : Math.Max(0.1, 1.0 - rejects * 64.0 / Math.Max(sample.Length, 1));
                best = new DetectedEncoding(Get(name), name, confidence, 0);
            }
            if (rejects == 0)
            {
                break;
            }
        }
        return best!;
    }

    /// <summary>Decodes <paramref name="bytes"/> with <paramref name="encoding"/> (detected when null), noting the first invalid byte.</summary>
    internal static DecodedText Decode(ReadOnlySpan<byte> bytes, DetectedEncoding? encoding = null)
    {
        encoding ??= Detect(bytes);
        var body = bytes[Math.Min(encoding.PreambleLength, bytes.Length)..];
        long invalidAt = FirstInvalidByte(encoding.Encoding, body);
        if (invalidAt >= 0)
        {
            invalidAt += encoding.PreambleLength;
        }
        string text = encoding.Encoding.GetString(body);
        return new DecodedText(text, encoding, invalidAt);
    }

    // UTF.Unknown's names for the encodings read here (ASCII is UTF-8's subset); null for any other answer.
    private static (string Name, double Confidence)? Canonical(UtfUnknown.DetectionDetail? detail) =>
        detail?.EncodingName?.ToLowerInvariant() switch
        {
            "utf-8" or "ascii" => ("utf-8", detail.Confidence),
            "shift_jis" or "shift-jis" or "windows-31j" or "cp932" => ("shift_jis", detail.Confidence),
            "euc-jp" => ("euc-jp", detail.Confidence),
            "iso-2022-jp" => ("iso-2022-jp", detail.Confidence),
            _ => null,
        };

    private static Encoding Get(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(false, false),
        "utf-16le" => new UnicodeEncoding(false, false, false),
        "utf-16be" => new UnicodeEncoding(true, false, false),
        "shift_jis" => Encoding.GetEncoding(932),
        _ => Encoding.GetEncoding(name),
    };

    private static bool TryUtf16WithoutBom(ReadOnlySpan<byte> bytes, out DetectedEncoding result)
    {
        result = null!;
        int n = Math.Min(bytes.Length & ~1, 4096);
        if (n < 4)
        {
            return false;
        }
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2)
        {
            zeroEven += bytes[i] == 0 ? 1 : 0;
            zeroOdd += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        // Japanese UTF-16 has few zero bytes, so also accept text whose strict UTF-16 decode is
        // clean and mostly CJK where UTF-8 fails.
        if (zeroOdd > pairs / 4 && zeroEven < pairs / 20)
        {
            result = new DetectedEncoding(Get("utf-16le"), "utf-16le", 0.9, 0);
            return true;
        }
        if (zeroEven > pairs / 4 && zeroOdd < pairs / 20)
        {
            result = new DetectedEncoding(Get("utf-16be"), "utf-16be", 0.9, 0);
            return true;
        }
        // Shift_JIS and EUC-JP byte pairs fall in the CJK range too when read as UTF-16: bytes any of the 8-bit
        // encodings decodes cleanly are that encoding's.
        if (n < 64 || (bytes.Length & 1) != 0)
        {
            return false;
        }
        foreach (var name in Candidates)
        {
            // A sample cut inside a two-byte character ends in one reject that the whole text does not have.
            if (CountRejects(Get(name), bytes[..n]) <= (n < bytes.Length ? 1 : 0))
            {
                return false;
            }
        }
        // Japanese read with its bytes swapped lands in the CJK range too (U+3042 あ read the other way is U+4230): of
        // the two orders, the one reading more kana and line breaks is the text's.
        var sample = bytes[..n];
        var big = Shares(sample, bigEndian: true);
        var little = Shares(sample, bigEndian: false);
        bool bigEndian = big.Kana > little.Kana;
        if ((bigEndian ? big : little).Cjk > 0.6)
        {
            string name = bigEndian ? "utf-16be" : "utf-16le";
            result = new DetectedEncoding(Get(name), name, 0.8, 0);
            return true;
        }
        return false;
    }

    // Of the code units read in one byte order: the share that is Japanese text's (CJK, full-width forms, digits, spaces
    // and line breaks), and the share that is kana, CJK punctuation or a line break.
    private static (double Cjk, double Kana) Shares(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        int cjk = 0, kana = 0, total = 0;
        for (int i = 0; i + 1 < bytes.Length; i += 2)
        {
            int c = bigEndian ? bytes[i] << 8 | bytes[i + 1] : bytes[i + 1] << 8 | bytes[i];
            total++;
            cjk += c is >= 0x3000 and <= 0x9FFF or >= 0xFF00 and <= 0xFFEF or 0x0A or 0x0D or 0x20 or >= 0x30 and <= 0x39 ? 1 : 0;
            kana += c is >= 0x3000 and <= 0x30FF or 0x0A or 0x0D ? 1 : 0;
        }
        return total == 0 ? (0, 0) : ((double)cjk / total, (double)kana / total);
    }

    private static int CountRejects(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = (Encoding)encoding.Clone();
        int rejects = 0;
        var fallback = new CountingFallback();
        strict.DecoderFallback = fallback;
        strict.GetCharCount(bytes);
        rejects = fallback.Count;
        return rejects;
    }

    private static long FirstInvalidByte(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            strict.GetCharCount(bytes);
            return -1;
        }
        catch (DecoderFallbackException ex)
        {
            return Math.Max(ex.Index, 0);
        }
    }

    // Counts invalid byte sequences instead of throwing; one instance per call, so no shared state.
    private sealed class CountingFallback : DecoderFallback
    {
        public int Count { get; set; }

        public override int MaxCharCount => 1;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private sealed class Buffer(CountingFallback owner) : DecoderFallbackBuffer
        {
            private bool _pending;

            public override int Remaining => _pending ? 1 : 0;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Count++;
                _pending = true;
                return true;
            }

            public override char GetNextChar()
            {
                if (!_pending)
                {
                    return '\0';
                }
                _pending = false;
                return '\uFFFD';
            }

            public override bool MovePrevious() => false;
        }
    }
}
