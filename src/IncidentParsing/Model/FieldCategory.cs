using System.Text.Json.Serialization;

namespace IncidentParsing.Model;

/// <summary>The kind of personal data a field is (CONTRACT.md, field categories).</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<FieldCategory>))]
public enum FieldCategory
{
    /// <summary>氏名, 名前.</summary>
    Name,
    /// <summary>ふりがな, フリガナ.</summary>
    NameKana,
    /// <summary>住所.</summary>
    Address,
    /// <summary>郵便番号.</summary>
    PostalCode,
    /// <summary>電話番号.</summary>
    Phone,
    /// <summary>FAX番号.</summary>
    Fax,
    /// <summary>メールアドレス.</summary>
    Email,
    /// <summary>緊急連絡先.</summary>
    EmergencyContact,
    /// <summary>生年月日.</summary>
    BirthDate,
    /// <summary>年齢.</summary>
    Age,
    /// <summary>性別.</summary>
    Gender,
    /// <summary>国籍, 本籍.</summary>
    Nationality,
    /// <summary>ログインID, ユーザーID.</summary>
    LoginId,
    /// <summary>パスワード.</summary>
    Password,
    /// <summary>会員番号, 顧客番号.</summary>
    MemberId,
    /// <summary>クレジットカード番号.</summary>
    CardNumber,
    /// <summary>カード名義人名.</summary>
    CardHolder,
    /// <summary>有効期限.</summary>
    CardExpiry,
    /// <summary>セキュリティコード.</summary>
    CardSecurityCode,
    /// <summary>口座番号.</summary>
    BankAccount,
    /// <summary>マイナンバー.</summary>
    GovernmentId,
    /// <summary>患者ID.</summary>
    PatientId,
    /// <summary>診断名, 診療科.</summary>
    Medical,
    /// <summary>学生番号.</summary>
    StudentId,
    /// <summary>学年, 成績.</summary>
    SchoolRecord,
    /// <summary>勤務先, 所属.</summary>
    Employment,
    /// <summary>年収.</summary>
    Income,
    /// <summary>購入履歴.</summary>
    PurchaseHistory,
    /// <summary>契約情報.</summary>
    ContractInfo,
    /// <summary>保護者の名前, 続柄.</summary>
    Family,
    /// <summary>位置情報.</summary>
    Location,
    /// <summary>映像, 写真.</summary>
    Image,
    /// <summary>検索クエリ, 閲覧履歴.</summary>
    OnlineActivity,
    /// <summary>Anything else.</summary>
    Other,
}
