using System.Text;
using IncidentParsing.Json;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Tests.Reliability;

/// <summary>Each seed, converted to each encoding, is detected and parses to the same JSON as UTF-8.</summary>
public sealed class EncodingTests
{
    private static readonly IncidentParser Parser = IncidentParser.CreateDefault();

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string, bool> Cases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var seed in SeedCorpus.SeedFiles.Select(Path.GetFileName))
        {
            foreach (var (name, bom) in new[] { ("utf-8", true), ("utf-8", false), ("utf-16le", true), ("utf-16le", false),
                         ("utf-16be", true), ("utf-16be", false), ("shift_jis", false), ("euc-jp", false), ("iso-2022-jp", false) })
            {
                data.Add(seed!, name, bom);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Seed_in_any_encoding_parses_like_utf8(string seed, string encodingName, bool bom)
    {
        var encoding = Encoding.GetEncoding(encodingName == "shift_jis" ? "shift_jis" : encodingName);
        string original = SeedCorpus.Read(seed);
        // Characters an encoding cannot hold (U+00A0 in Shift_JIS, say) change the text itself; compare
        // against the text the bytes really carry.
        byte[] body = encoding.GetBytes(original);
        string carried = encoding.GetString(body);
        byte[] bytes = bom ? [.. encoding.GetPreamble(), .. body] : body;

        var detected = EncodingDetector.Detect(bytes);
        Assert.Equal(encodingName, detected.Name);
        var decoded = EncodingDetector.Decode(bytes, detected);
        Assert.Equal(-1, decoded.InvalidByteOffset);
        Assert.Equal(carried, decoded.Text);

        string expected = IncidentJson.Serialize(Parser.Parse(carried, seed).Incidents);
        string actual = IncidentJson.Serialize(Parser.Parse(decoded.Text, seed).Incidents);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Invalid_bytes_are_reported_with_their_offset()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("個人情報の流出について\n"), 0xE3, 0x81, .. Encoding.UTF8.GetBytes("氏名、住所。\n漏えい")];
        var decoded = EncodingDetector.Decode(bytes, EncodingDetector.FromName("utf-8"));
        Assert.Equal(Encoding.UTF8.GetByteCount("個人情報の流出について\n"), decoded.InvalidByteOffset);
        Assert.Contains('\uFFFD', decoded.Text);
    }

    [Fact]
    public void Names_are_read_loosely_and_unknown_names_are_refused()
    {
        Assert.Equal("shift_jis", EncodingDetector.FromName("CP932").Name);
        Assert.Equal("euc-jp", EncodingDetector.FromName("eucjp").Name);
        Assert.Throws<ArgumentException>(() => EncodingDetector.FromName("klingon"));
    }

    public static TheoryData<string, string, bool> CorpusCases()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var post in Directory.EnumerateFiles(Path.Combine(SeedCorpus.Root, "fuzz", "corpus"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var (name, bom) in new[] { ("utf-8", true), ("utf-8", false), ("utf-16le", true), ("utf-16le", false),
                         ("utf-16be", true), ("utf-16be", false), ("shift_jis", false), ("euc-jp", false), ("iso-2022-jp", false) })
            {
                data.Add(Path.GetFileName(post), name, bom);
            }
        }
        return data;
    }

    // As iconv -c writes them: characters the encoding lacks are dropped, the rest is valid. No such text may pass for
    // UTF-16 because its byte pairs happen to fall in the CJK range.
    [Theory]
    [MemberData(nameof(CorpusCases))]
    public void A_fuzz_corpus_post_in_any_encoding_with_what_it_cannot_hold_dropped_is_detected_and_decoded(string post, string encodingName, bool bom)
    {
        var lossy = Encoding.GetEncoding(encodingName, new EncoderReplacementFallback(""), DecoderFallback.ReplacementFallback);
        byte[] body = lossy.GetBytes(File.ReadAllText(Path.Combine(SeedCorpus.Root, "fuzz", "corpus", post)));
        byte[] bytes = bom ? [.. lossy.GetPreamble(), .. body] : body;
        var detected = EncodingDetector.Detect(bytes);
        Assert.Equal(encodingName, detected.Name);
        var decoded = EncodingDetector.Decode(bytes, detected);
        Assert.Equal(-1, decoded.InvalidByteOffset);
        Assert.Equal(lossy.GetString(body), decoded.Text);
    }

    public static TheoryData<int, string, bool> RandomCases()
    {
        var data = new TheoryData<int, string, bool>();
        for (int seed = 0; seed < 12; seed++)
        {
            foreach (var (name, bom) in new[] { ("utf-8", true), ("utf-8", false), ("utf-16le", true), ("utf-16le", false),
                         ("utf-16be", true), ("utf-16be", false), ("shift_jis", false), ("euc-jp", false), ("iso-2022-jp", false) })
            {
                data.Add(seed, name, bom);
            }
        }
        return data;
    }

    // Random Japanese text: characters drawn as often as the seed corpus uses them (kana, kanji, ASCII, punctuation,
    // line breaks), in runs of one to a dozen, 100 to 3,000 characters long.
    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Random_japanese_text_in_any_encoding_is_detected_and_decoded(int seed, string encodingName, bool bom)
    {
        string urn = string.Concat(SeedCorpus.SeedFiles.Select(File.ReadAllText));
        var random = new Random(seed);
        var text = new StringBuilder();
        int length = random.Next(100, 3000);
        while (text.Length < length)
        {
            int at = random.Next(urn.Length - 12);
            text.Append(urn, at, random.Next(1, 12));
        }
        var lossy = Encoding.GetEncoding(encodingName, new EncoderReplacementFallback(""), DecoderFallback.ReplacementFallback);
        byte[] body = lossy.GetBytes(text.ToString());
        byte[] bytes = bom ? [.. lossy.GetPreamble(), .. body] : body;
        var detected = EncodingDetector.Detect(bytes);
        Assert.Equal(encodingName, detected.Name);
        Assert.Equal(lossy.GetString(body), EncodingDetector.Decode(bytes, detected).Text);
    }
}
