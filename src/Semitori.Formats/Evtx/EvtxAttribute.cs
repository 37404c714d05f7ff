namespace Semitori.Formats.Evtx;

/// <summary>An attribute of a rendered element.</summary>
public sealed record EvtxAttribute(string Name, EvtxValue Value);
