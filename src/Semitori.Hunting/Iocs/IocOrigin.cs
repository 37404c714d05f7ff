namespace Semitori.Hunting.Iocs;

/// <summary>
/// Where IOC entries came from and whom a match must credit: the Detection Rule License of
/// signature-base asks that match messages keep the author, so every finding carries
/// <see cref="Author"/>. <see cref="Actor"/> is set for lists that are about one intrusion set.
/// </summary>
/// <param name="Path">The list's path (or <c>builtin:packs/iocs/…</c>).</param>
/// <param name="Author">Attribution shown with every match.</param>
/// <param name="Actor">Intrusion set the list is about, empty when mixed.</param>
public sealed record IocOrigin(string Path, string Author, string Actor = "");
