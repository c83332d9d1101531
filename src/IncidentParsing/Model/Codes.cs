using System.Text.Json;
using System.Text.Json.Serialization;

namespace IncidentParsing.Model;

/// <summary>Writes an enum as its kebab-case name (<c>NotConfirmed</c> → <c>not-confirmed</c>).</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class KebabCaseEnumConverter<T> : JsonStringEnumConverter<T> where T : struct, Enum
{
    /// <summary>Creates the converter; integers are refused.</summary>
    public KebabCaseEnumConverter() : base(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    {
    }
}

/// <summary>What happened (CONTRACT.md, kind codes).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<IncidentKind>))]
public enum IncidentKind
{
    /// <summary>Someone got into a system they had no right to.</summary>
    UnauthorizedAccess,
    /// <summary>Ransomware.</summary>
    Ransomware,
    /// <summary>Other malware (Emotet, infostealers…).</summary>
    Malware,
    /// <summary>A payment page or payment application tampered with.</summary>
    WebSkimming,
    /// <summary>Denial of service.</summary>
    Ddos,
    /// <summary>Phishing.</summary>
    Phishing,
    /// <summary>Lost media, documents or devices.</summary>
    Loss,
    /// <summary>Stolen media, documents or devices.</summary>
    Theft,
    /// <summary>Sent to the wrong recipient: 誤送付・誤送信・BCC.</summary>
    Misdelivery,
    /// <summary>Visible to people who should not see it.</summary>
    Exposure,
    /// <summary>Data thrown away without being destroyed.</summary>
    ImproperDisposal,
    /// <summary>An employee or contractor abusing access.</summary>
    InsiderMisuse,
    /// <summary>The organization used or shared data beyond its purpose.</summary>
    ImproperHandling,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>How sure the notice is that data left.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<LeakStatus>))]
public enum LeakStatus
{
    /// <summary>The notice states that data leaked.</summary>
    Confirmed,
    /// <summary>可能性・おそれ・懸念・疑い.</summary>
    Possible,
    /// <summary>No leak found so far.</summary>
    NotConfirmed,
}

/// <summary>How a count is qualified.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<CountQualifier>))]
public enum CountQualifier
{
    /// <summary>As stated.</summary>
    Exact,
    /// <summary>約・程度・およそ.</summary>
    Approximately,
    /// <summary>超・を超える・以上.</summary>
    MoreThan,
    /// <summary>最大・まで・以内.</summary>
    UpTo,
    /// <summary>延べ.</summary>
    Cumulative,
}

/// <summary>What a timeline event says happened on its date.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<TimelineEventCode>))]
public enum TimelineEventCode
{
    /// <summary>The incident itself.</summary>
    Occurred,
    /// <summary>The organization became aware or was told.</summary>
    Detected,
    /// <summary>Stopped, blocked, deleted, disconnected.</summary>
    Contained,
    /// <summary>Investigation started or finished.</summary>
    Investigated,
    /// <summary>Reported to an authority.</summary>
    Reported,
    /// <summary>Individuals told.</summary>
    Notified,
    /// <summary>Public announcement.</summary>
    Published,
    /// <summary>Service resumed.</summary>
    Restored,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>Who a report went to.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ReportTarget>))]
public enum ReportTarget
{
    /// <summary>個人情報保護委員会.</summary>
    Ppc,
    /// <summary>The police.</summary>
    Police,
    /// <summary>JIPDEC (プライバシーマーク).</summary>
    Jipdec,
    /// <summary>Any other ministry or supervisor.</summary>
    Regulator,
    /// <summary>Anyone else.</summary>
    Other,
}

/// <summary>The precision a date is written at.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary><c>2024</c>.</summary>
    Year,
    /// <summary><c>2024-08</c>.</summary>
    Month,
    /// <summary><c>2024-08-09</c>.</summary>
    Day,
    /// <summary><c>2024-08-09T18</c>.</summary>
    Hour,
    /// <summary><c>2024-08-09T18:42</c>.</summary>
    Minute,
}

/// <summary>A part of a month or day the text names.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<DatePart>))]
public enum DatePart
{
    /// <summary>No part named.</summary>
    None,
    /// <summary>上旬, 初め.</summary>
    Early,
    /// <summary>中旬, 半ば.</summary>
    Middle,
    /// <summary>下旬.</summary>
    Late,
    /// <summary>末, 終わり.</summary>
    End,
    /// <summary>未明.</summary>
    BeforeDawn,
    /// <summary>午前.</summary>
    Morning,
    /// <summary>午後.</summary>
    Afternoon,
    /// <summary>夕, 夕方.</summary>
    Evening,
    /// <summary>夜.</summary>
    Night,
}
