namespace IncidentParsing.Model;

/// <summary>The catalogue of diagnostic codes; tests assert on these, never on message text.</summary>
public static class DiagnosticCodes
{
    /// <summary>A weekday in brackets contradicts the date.</summary>
    public const string WeekdayMismatch = "IP1001";

    /// <summary>A date-like expression names a day that does not exist (2月30日).</summary>
    public const string InvalidDate = "IP1002";

    /// <summary>A date was completed from context.</summary>
    public const string DateInferred = "IP1003";

    /// <summary>A notice has no recognizable title.</summary>
    public const string NoTitle = "IP2001";

    /// <summary>An extractor failed on this notice; its results are missing.</summary>
    public const string ExtractorFailed = "IP9001";

    /// <summary>Input bytes were not valid in the detected encoding.</summary>
    public const string InvalidBytes = "IP3001";

    /// <summary>A NUL character in text, read as text all the same (a binary file has many).</summary>
    public const string NulCharacter = "IP3002";

    /// <summary>A PDF file was read in part or not at all: no text layer (a scan), broken or encrypted, too many pages.</summary>
    public const string PdfNotRead = "IP3003";

    /// <summary>
    /// An HTML page reached an input limit of <see cref="Pipeline.ParseOptions"/>: over its size (not read), or nested deeper than
    /// its depth (read by stripping its tags). A PDF file's limits are reported as <see cref="PdfNotRead"/>.
    /// </summary>
    public const string InputLimit = "IP3004";

    /// <summary>Which tokenizer ran.</summary>
    public const string Tokenizer = "IP0001";
}
