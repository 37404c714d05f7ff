namespace Semitori.Yara;

/// <summary>
/// Stable codes of the YARA front end's diagnostics (listed with examples in docs/diagnostics.md).
/// YR0xx: lexical, YR1xx: syntax, YR2xx: strings, YR3xx: names and types, YR4xx: includes and
/// imports, YR5xx: warnings.
/// </summary>
public static class DiagnosticCodes
{
    public const string UnexpectedCharacter = "YR001";
    public const string UnterminatedString = "YR002";
    public const string UnterminatedRegex = "YR003";
    public const string UnterminatedHex = "YR004";
    public const string UnterminatedComment = "YR005";
    public const string InvalidEscape = "YR006";
    public const string IntegerOverflow = "YR008";

    public const string SyntaxError = "YR100";
    public const string TooManyErrors = "YR101";
    public const string NestingTooDeep = "YR102";

    public const string DuplicateString = "YR200";
    public const string InvalidModifier = "YR201";
    public const string DuplicateModifier = "YR202";
    public const string InvalidHexString = "YR203";
    public const string InvalidRegex = "YR204";
    public const string UnreferencedString = "YR205";
    public const string EmptyString = "YR206";
    public const string InvalidXorRange = "YR207";
    public const string InvalidBase64Alphabet = "YR208";
    public const string TooManyStrings = "YR209";

    public const string DuplicateRule = "YR300";
    public const string UndefinedIdentifier = "YR301";
    public const string UndefinedString = "YR302";
    public const string WrongType = "YR303";
    public const string WrongArguments = "YR304";
    public const string DuplicateTag = "YR305";
    public const string InvalidRange = "YR306";
    public const string InvalidPercentage = "YR307";
    public const string InvalidQuantifier = "YR308";
    public const string DuplicateLoopVariable = "YR309";
    public const string StringOutsideLoop = "YR310";
    public const string InvalidValue = "YR311";
    public const string DivisionByZero = "YR312";
    public const string NoStringsForThem = "YR313";
    public const string InvalidModuleField = "YR314";
    public const string LoopNestingTooDeep = "YR315";

    public const string IncludeNotFound = "YR400";
    public const string IncludeCycle = "YR401";
    public const string IncludeTooDeep = "YR402";
    public const string UnknownModule = "YR403";
    public const string IncludesDisabled = "YR404";

    public const string SlowString = "YR500";
    public const string AlwaysFalse = "YR502";
    public const string DeprecatedEntrypoint = "YR503";
    public const string LiteralStringInBoolean = "YR504";
    public const string SlowRegex = "YR507";
}
