using IncidentParsing.Extractors.TitleClassification;
using IncidentParsing.Layout;
using IncidentParsing.Lexicons;
using IncidentParsing.Pipeline;
using IncidentParsing.Text;

namespace IncidentParsing.Extractors.Organization;

/// <summary>
/// Finds the organization responsible for the data (<see cref="Model.Incident.Organization"/>) among scored
/// candidates. Each reading of the notice proposes a name: the addressee of a regulator's letter
/// (<c>貴社(ヤフー株式会社)</c>); the notice's own layout (self-definition <c>X(以下「当社」)</c>, issuer line, lead
/// subject, greeting, signature, contact block); the names it gives itself without a legal form
/// (<see cref="ServiceNames"/>: the title's subject, the lead's place, its services, its contact window); the title's first word where the blog puts the issuer
/// (<c>株式会社東玉 弊社が…</c>); a name in the title (skipping police acting on someone else); a title word the body
/// cites as its source (<c>イオンによれば</c>); a MeCab organization tag; the name the body repeats most. Every name the
/// scan finds joins them; <see cref="OrganizationModel"/> weighs them all with the words around each
/// (<see cref="CandidatePool"/>) and keeps the best few as <see cref="Model.Incident.OrganizationCandidates"/>, with
/// the organizations given a part as <see cref="Model.Incident.Parties"/>. A page listing many organizations (a
/// gang's victims) takes none it merely lists. The legal form is kept as written.
/// </summary>
[Requires(typeof(TitleClassificationExtractor))]
public sealed partial class OrganizationExtractor : IIncidentExtractor
{
    private const int MaxHeadLength = 40;
    private const int MaxBracketedLength = 40;
    private const int MinRepeats = 2;

    private readonly OrganizationLexicon _lexicon;
    private readonly NameScanner _names;
    private readonly LayoutNames _layoutNames;
    private readonly ServiceNames _serviceNames;
    private readonly FeatureSpace _space;
    private readonly SelfPointers _pointers;
    private readonly CandidateCues _cues;
    private readonly OrganizationModel _model;
    private readonly int _maxCandidates;

    /// <summary>Creates the extractor with the embedded vocabulary.</summary>
    public OrganizationExtractor() : this(new OrganizationOptions())
    {
    }

    /// <summary>Creates the extractor with the embedded vocabulary plus the caller's.</summary>
    public OrganizationExtractor(OrganizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lexicon = new OrganizationLexicon(Lexicon.ReadEmbedded("Extractors/Organization/organization.tsv").Concat(options.Rows));
        _names = new NameScanner(_lexicon);
        _layoutNames = new LayoutNames(_lexicon, _names);
        _serviceNames = new ServiceNames(_lexicon);
        var cueRows = Lexicon.ReadEmbedded("Extractors/Organization/candidate-cues.tsv");
        _space = new FeatureSpace(CandidateCues.FeatureNames(cueRows));
        _pointers = new SelfPointers(_lexicon);
        _cues = new CandidateCues(cueRows, _space);
        _model = new OrganizationModel(Lexicon.ReadEmbedded("Extractors/Organization/organization-weights.tsv"), _space);
        _maxCandidates = options.MaxCandidates;
    }

    /// <inheritdoc />
    public void Extract(ExtractionContext context)
    {
        var text = context.Text;
        var title = Trimmed(text, context.Header.Title);
        using var pool = new CandidatePool(_lexicon, _names, _cues, _pointers, _space);
        var constants = Read(context, title, pool);
        var kept = pool.Score(context, _model, constants, _maxCandidates, out var candidate);
        context.Incident.OrganizationCandidates.AddRange(kept);
        pool.AddParties(context, context.DocumentKind is DocumentKind.NewsArticle or DocumentKind.Digest, context.Incident.Parties);
        if (candidate is not null)
        {
            context.Incident.Organization = candidate.Source;
            context.Incident.OrganizationName = candidate.Name == candidate.Source.Text ? null : candidate.Name;
        }
    }

    // Every reading of the notice puts its name in the pool under its own feature; "chain" marks the one the
    // readings' order of trust picks (the addressee of a regulator's letter, then the notice's own layout, the
    // title, a news source, the self-definition, the name repeated most), so the model can weigh agreement.
    private string[] Read(ExtractionContext context, TextSpan title, CandidatePool pool)
    {
        var text = context.Text;
        var kind = context.DocumentKind;
        var addressee = FromAddressee(context);
        TextSpan? self = null, issuer = null, lead = null, signature = null, contact = null, layout = null, greeting = null;
        // A blog post names its organization in its title (the blog's convention): its readings are tried in their
        // order of trust until one finds a name, only its title is scanned for names, and its body only where no
        // reading finds one. Any other notice is read every way and scanned whole.
        bool blog = kind == DocumentKind.BlogPost;
        var named = blog ? _names.FindAll(text, title.Start, title.End) : _names.FindAll(text, 0, text.Length);
        bool list = !blog && IsList(text, named);
        if (!blog)
        {
            // A notice that defines its own voice names itself there, even beside many other organizations.
            self = FromSelfReference(context) ?? FromPointedBracket(context) ?? _layoutNames.SelfDefinition(context);
            lead = _layoutNames.LeadSubject(context);
            greeting = _layoutNames.Greeting(context);
            if (list)
            {
                lead = null; // a list's lines and lead name the listed, not the issuer
                layout = self;
            }
            else if (kind == DocumentKind.Notice)
            {
                issuer = _layoutNames.Issuer(context, LineRole.Issuer);
                signature = _layoutNames.Issuer(context, LineRole.Signature);
                contact = _layoutNames.Issuer(context, LineRole.Contact);
                layout = self ?? issuer ?? lead ?? signature ?? contact;
            }
            else
            {
                layout = self ?? lead;
            }
        }
        var head = blog && addressee is not null ? null : FromTitleHead(text, title);
        bool found = blog && (addressee ?? head) is not null;
        // A blog post's names are its title's already.
        var titleName = found ? null : FromTitleNames(text, title, blog ? named : _names.FindAll(text, title.Start, title.End));
        found |= blog && titleName is not null;
        var source = found ? null : FromNewsSource(context, title);
        found |= blog && source is not null;
        var tagged = found ? null : FromTaggedTitle(context, title);
        found |= blog && tagged is not null;
        // A notice other than a blog post has read its self-definition already (self).
        var selfReference = found ? null : blog ? FromSelfReference(context) : self;
        var chain = addressee ?? layout ?? head ?? titleName ?? source ?? tagged ?? selfReference;
        TextSpan? repeated = null;
        if (!blog || chain is null)
        {
            repeated = FromRepeatedName(context, blog ? null : named, out bool listed);
            list |= listed;
            chain ??= repeated;
        }
        pool.Add(text, chain, _space["chain"]);
        pool.Add(text, addressee, _space["addressee"]);
        pool.Add(text, self ?? selfReference, _space["self"]);
        pool.Add(text, issuer, _space["issuer"]);
        pool.Add(text, lead, _space["lead"]);
        pool.Add(text, signature, _space["signature"]);
        pool.Add(text, contact, _space["contact"]);
        pool.Add(text, greeting, _space["greeting"]);
        pool.Add(text, head, _space["title.head"]);
        pool.Add(text, titleName, _space["title.name"]);
        pool.Add(text, source, _space["news.source"]);
        pool.Add(text, tagged, _space["tagged"]);
        pool.Add(text, repeated, _space["repeated"]);
        foreach (var name in named)
        {
            pool.Add(text, name.Span, _space.Named);
            if (!blog && _names.HeadOf(text, name.Span) is { } institution)
            {
                pool.Add(text, institution, _space["head"]);
            }
        }
        if (!blog)
        {
            // Names without a legal form that an organization gives itself: the title's subject, its services, its windows.
            pool.Add(text, _serviceNames.TitleSubject(text, title), _space["title.subject"]);
            pool.Add(text, _serviceNames.LeadPlace(context), _space["lead.place"]);
            var brands = new List<TextSpan>();
            var windows = new List<TextSpan>();
            _serviceNames.Collect(context, brands, windows);
            foreach (var brand in brands)
            {
                pool.Add(text, brand, _space["brand"]);
            }
            foreach (var window in windows)
            {
                pool.Add(text, window, _space["window"]);
            }
        }
        // An organization's own notice that names its group companies (当社グループ各社) speaks for itself: not a page of others.
        bool ownList = list && kind == DocumentKind.Notice && _lexicon.Voice.Occurs(text, context.Header.BodyStart, text.Length);
        return Constants(kind, list, ownList);
    }

    // The notice's own facts, features of every candidate: its kind, and whether it lists many organizations.
    private static string[] Constants(DocumentKind kind, bool list, bool ownList)
    {
        string kindFact = kind switch
        {
            DocumentKind.BlogPost => "kind.blog",
            DocumentKind.NewsArticle or DocumentKind.Digest => "kind.news",
            _ => "kind.notice",
        };
        return !list ? [kindFact] : ownList ? [kindFact, CandidatePool.ListFact, CandidatePool.OwnListFact] : [kindFact, CandidatePool.ListFact];
    }

    // A page naming many organizations with a legal form (a gang's victims) has no issuer to read from its layout.
    // 株式会社イシクラ and (株)イシクラ are one company.
    private bool IsList(string text, List<NameCandidate> names)
    {
        var formed = new HashSet<string>(StringComparer.Ordinal);
        var lookup = formed.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> other = stackalloc char[OrganizationLexicon.MaxRespelled];
        foreach (var name in names)
        {
            var key = text.AsSpan(name.Span.Start, name.Span.Length);
            if (_lexicon.LegalForms.Occurs(text, name.Span.Start, name.Span.End)
                && !(_lexicon.WriteOtherSpelling(key, other) is int length and > 0 && lookup.Contains(other[..length])))
            {
                lookup.Add(key);
            }
        }
        return formed.Count >= _lexicon.ListSize;
    }

    private static TextSpan Trimmed(string text, TextSpan span)
        => span.TrimWhiteSpace(text);
}
