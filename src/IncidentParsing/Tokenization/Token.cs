using IncidentParsing.Text;

namespace IncidentParsing.Tokenization;

/// <summary>The script a token is written in (what the built-in tokenizer can tell).</summary>
public enum TokenScript
{
    /// <summary>Kanji (and 々).</summary>
    Kanji,
    /// <summary>Hiragana.</summary>
    Hiragana,
    /// <summary>Katakana (and ー).</summary>
    Katakana,
    /// <summary>Latin letters.</summary>
    Latin,
    /// <summary>Digits.</summary>
    Digit,
    /// <summary>Punctuation and symbols.</summary>
    Symbol,
    /// <summary>Mixed scripts (a dictionary word such as 個人情報 is Kanji; 取り扱い is Mixed).</summary>
    Mixed,
}

/// <summary>
/// IPADIC part-of-speech columns (品詞, 品詞細分類1–3). Empty strings where the tokenizer does not know
/// and where the dictionary has no value (IPADIC's <c>*</c>). Tokenizers share instances, so comparing
/// columns is cheap; compare by value, not by reference.
/// </summary>
/// <param name="Main">品詞: 名詞, 動詞, 助詞…</param>
/// <param name="Sub1">品詞細分類1: 固有名詞, 一般…</param>
/// <param name="Sub2">品詞細分類2: 組織, 人名…</param>
/// <param name="Sub3">品詞細分類3.</param>
public sealed record PartOfSpeech(string Main, string Sub1, string Sub2, string Sub3)
{
    /// <summary>Nothing known.</summary>
    public static PartOfSpeech Unknown { get; } = new("", "", "", "");

    /// <summary>名詞.</summary>
    public bool IsNoun => Main == "名詞";

    /// <summary>名詞,固有名詞.</summary>
    public bool IsProperNoun => Main == "名詞" && Sub1 == "固有名詞";

    /// <summary>名詞,固有名詞,組織.</summary>
    public bool IsOrganization => IsProperNoun && Sub2 == "組織";
}

/// <summary>A morpheme: where it stands, its script, part of speech, base form and reading.</summary>
/// <param name="Span">Offsets into the tokenized text.</param>
/// <param name="Script">The script it is written in.</param>
/// <param name="Pos">Part of speech; <see cref="PartOfSpeech.Unknown"/> from the built-in tokenizer.</param>
/// <param name="BaseForm">Dictionary form, or null when it equals the surface or is unknown.</param>
/// <param name="Reading">Katakana reading, or null when unknown.</param>
public readonly record struct Token(TextSpan Span, TokenScript Script, PartOfSpeech Pos, string? BaseForm, string? Reading)
{
    /// <summary>
    /// True when a dictionary knows the word; false for the built-in tokenizer and for MeCab's
    /// unknown words, whose POS is MeCab's guess among IPADIC's unknown-word classes (an unknown
    /// katakana or Latin run may come out 名詞,一般 or 名詞,固有名詞,組織).
    /// </summary>
    public bool InDictionary { get; init; }

    /// <summary>The token's characters in <paramref name="text"/>.</summary>
    public ReadOnlySpan<char> Surface(string text) => text.AsSpan(Span.Start, Span.Length);

    /// <summary>The script of <paramref name="c"/> as the built-in tokenizer classes it (a tokenizer of words uses it for their script).</summary>
    public static TokenScript ScriptOf(char c) => ScriptTokenizer.ScriptOf(c);
}
