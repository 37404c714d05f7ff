namespace Semitori.Formats.Evtx.BinXml;

/// <summary>
/// Writes <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c> digit by digit. Every record has a FILETIME
/// (TimeCreated), and the custom-format path of <see cref="DateTime.ToString(string)"/> cost
/// about 4 % of parsing.
/// </summary>
internal static class IsoTime
{
    public static string Format(DateTime time) => string.Create(27, time, static (c, t) =>
    {
        Digits(c[..4], t.Year);
        c[4] = '-';
        Digits(c.Slice(5, 2), t.Month);
        c[7] = '-';
        Digits(c.Slice(8, 2), t.Day);
        c[10] = 'T';
        Digits(c.Slice(11, 2), t.Hour);
        c[13] = ':';
        Digits(c.Slice(14, 2), t.Minute);
        c[16] = ':';
        Digits(c.Slice(17, 2), t.Second);
        c[19] = '.';
        Digits(c.Slice(20, 6), (int)(t.Ticks % TimeSpan.TicksPerSecond / 10));
        c[26] = 'Z';
    });

    private static void Digits(Span<char> into, int value)
    {
        for (int i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }
}
