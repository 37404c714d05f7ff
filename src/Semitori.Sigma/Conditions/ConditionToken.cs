namespace Semitori.Sigma.Conditions;

/// <summary>A token of a condition expression with its offset in the condition text.</summary>
internal readonly record struct ConditionToken(ConditionTokenKind Kind, string Text, int Offset);

/// <summary>Kinds of condition tokens.</summary>
internal enum ConditionTokenKind
{
    Identifier,
    Number,
    And,
    Or,
    Not,
    Of,
    All,
    Them,
    OpenParen,
    CloseParen,
    Pipe,
    End,
}
