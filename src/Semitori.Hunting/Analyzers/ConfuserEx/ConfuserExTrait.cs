namespace Semitori.Hunting.Analyzers.ConfuserEx;

/// <summary>
/// One independent structural trait of a ConfuserEx-protected module. Strong traits are ones no
/// ordinary compiler output shows; weak ones (a module initializer, SuppressIldasm) also occur in
/// legitimate code and only add weight to strong ones.
/// </summary>
/// <param name="Id">Protection name as reported (anti-tamper, constants, …).</param>
/// <param name="Strong">True when the trait alone is unusual for compiler output.</param>
/// <param name="Evidence">What was seen, for the finding's evidence lines.</param>
public sealed record ConfuserExTrait(string Id, bool Strong, string Evidence)
{
    public int Weight => Strong ? 2 : 1;
}
