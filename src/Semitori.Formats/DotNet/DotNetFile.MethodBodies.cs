namespace Semitori.Formats.DotNet;

public sealed partial class DotNetFile
{
    /// <summary>
    /// Anomaly code for a method body that cannot be read or is truncated (NET011; see
    /// <see cref="MethodBodyReader"/>).
    /// </summary>
    public const string BadMethodBodyCode = DotNetAnomalyCodes.BadMethodBody;

    /// <summary>
    /// The body of <paramref name="method"/>, or null when it has none or it cannot be read; a
    /// damaged or truncated body is recorded in <see cref="Anomalies"/> (code <see cref="BadMethodBodyCode"/>).
    /// Bodies are read on each call, not cached: callers visit a few methods, not all.
    /// </summary>
    public DotNetMethodBody? GetMethodBody(DotNetMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (method.Rva == 0)
        {
            return null;
        }

        return _sink.Guard(DotNetAnomalyCodes.InternalError, "method body", () =>
        {
            bool ok = MethodBodyReader.TryRead(Pe, method.Rva, out DotNetMethodBody? body, out string? problem);
            if (problem is not null)
            {
                _sink.Report(BadMethodBodyCode, $"method 0x{0x06000000 | method.Rid:x8}: {problem}", body?.HeaderOffset ?? -1);
            }

            return ok ? body : null;
        }, null);
    }
}
