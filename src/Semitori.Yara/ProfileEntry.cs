namespace Semitori.Yara;

/// <summary>
/// One line of a <see cref="ScanProfile"/>: a rule, string or module, how often it ran (condition
/// evaluations, verification attempts, loads) and the time it took.
/// </summary>
/// <param name="Name">namespace:rule, namespace:rule:$string, or the module name.</param>
/// <param name="Count">Evaluations, verification attempts or loads.</param>
/// <param name="Time">Time measured in it over all files scanned.</param>
/// <param name="Detail">For strings, the atoms the prefilter looks for (hex@min..max); otherwise empty.</param>
public sealed record ProfileEntry(string Name, long Count, TimeSpan Time, string Detail);
