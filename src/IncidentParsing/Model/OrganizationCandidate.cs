namespace IncidentParsing.Model;

/// <summary>
/// A name the organization extractor weighed (beyond the contract): where it stands, what was found about it and
/// how likely the model thinks it is the notice's organization. <see cref="Incident.OrganizationCandidates"/> lists
/// them best first, so a caller can see why one was chosen and which came next.
/// </summary>
/// <param name="Name">The name, spaces collapsed.</param>
/// <param name="Source">Where the name was read (the occurrence the strongest evidence came from).</param>
/// <param name="Score">The model's probability, 0 to 1, that this is the organization.</param>
/// <param name="Features">What was found about the name (<c>issuer</c>, <c>lead</c>, <c>contractor</c>, <c>recurs</c>…)
/// and its value; the weights are in <c>Extractors/Organization/organization-weights.tsv</c>.</param>
public sealed record OrganizationCandidate(string Name, SourceText Source, double Score, IReadOnlyDictionary<string, double> Features);
