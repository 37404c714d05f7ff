namespace Semitori.Sigma.Conditions;

/// <summary>A condition problem: diagnostic code, message and the range in the condition text.</summary>
internal sealed record ConditionError(string Code, string Message, int Offset, int Length);
