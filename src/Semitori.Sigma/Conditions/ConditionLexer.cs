namespace Semitori.Sigma.Conditions;

/// <summary>Splits a condition into tokens; identifiers may contain <c>*</c> for <c>1 of selection_*</c>.</summary>
internal static class ConditionLexer
{
    public static List<ConditionToken> Tokenize(string text)
    {
        var tokens = new List<ConditionToken>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is '(' or ')' or '|')
            {
                tokens.Add(new ConditionToken(c == '(' ? ConditionTokenKind.OpenParen : c == ')' ? ConditionTokenKind.CloseParen : ConditionTokenKind.Pipe, c.ToString(), i));
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not '(' and not ')' and not '|')
            {
                i++;
            }

            string word = text[start..i];
            tokens.Add(new ConditionToken(Classify(word), word, start));
        }

        tokens.Add(new ConditionToken(ConditionTokenKind.End, string.Empty, text.Length));
        return tokens;
    }

    private static ConditionTokenKind Classify(string word) => word.ToLowerInvariant() switch
    {
        "and" => ConditionTokenKind.And,
        "or" => ConditionTokenKind.Or,
        "not" => ConditionTokenKind.Not,
        "of" => ConditionTokenKind.Of,
        "all" or "any" => ConditionTokenKind.All,
        "them" => ConditionTokenKind.Them,
        _ when word.All(char.IsAsciiDigit) => ConditionTokenKind.Number,
        _ => ConditionTokenKind.Identifier,
    };
}
