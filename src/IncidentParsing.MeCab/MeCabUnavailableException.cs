namespace IncidentParsing.MeCab;

/// <summary>
/// MeCab cannot be used: libmecab or a UTF-8 IPADIC dictionary is missing or unreadable. Thrown
/// when a <see cref="MeCabTokenizer"/> is constructed (a configuration error), never while tokenizing.
/// The message says what was looked for and which packages to install.
/// </summary>
public sealed class MeCabUnavailableException : Exception
{
    /// <summary>The Debian/Ubuntu packages that provide the library and the dictionary.</summary>
    public const string DebianPackages = "mecab libmecab2 mecab-ipadic-utf8";

    internal const string InstallHint =
        "Install MeCab and its UTF-8 IPADIC dictionary (Debian/Ubuntu: `apt-get install " + DebianPackages
        + "`; macOS: `brew install mecab mecab-ipadic`), or set " + MeCabOptions.DictionaryDirectoryVariable
        + " / MeCabOptions.DictionaryDirectory to an IPADIC (UTF-8) directory.";

    /// <summary>Creates the exception with a message that already names the fix.</summary>
    public MeCabUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message that already names the fix, and its cause.</summary>
    public MeCabUnavailableException(string message, Exception innerException) : base(message, innerException)
    {
    }

    internal static MeCabUnavailableException Because(string problem, Exception? cause = null)
    {
        string message = problem + " " + InstallHint;
        return cause is null ? new(message) : new(message, cause);
    }
}
