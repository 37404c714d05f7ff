using Semitori.Intel.Extraction;

namespace Semitori.Intel.Export;

/// <summary>The MISP attribute type and category for each IOC kind (pairs from the misp-rfc category/type matrix).</summary>
public static class MispAttributes
{
    public static IEnumerable<(string Type, string Category, string Value, bool ToIds)> For(ExportIndicator indicator)
    {
        switch (indicator.Kind)
        {
            case IocKind.PeExport:
                // No attribute type for an export name: a YARA rule that can be deployed, plus the raw string as evidence.
                yield return ("yara", "Payload installation", StixPatterns.For(indicator).Pattern, true);
                yield return ("pattern-in-file", "Payload installation", indicator.Value, false);
                break;
            case IocKind.Md5:
                yield return ("md5", "Payload delivery", indicator.Value, true);
                break;
            case IocKind.Sha1:
                yield return ("sha1", "Payload delivery", indicator.Value, true);
                break;
            case IocKind.Sha256:
                yield return ("sha256", "Payload delivery", indicator.Value, true);
                break;
            case IocKind.Ipv4 or IocKind.Ipv6:
                yield return ("ip-dst", "Network activity", indicator.Value, true);
                break;
            case IocKind.Domain:
                yield return ("domain", "Network activity", indicator.Value, true);
                break;
            case IocKind.Url:
                yield return ("url", "Network activity", indicator.Value, true);
                break;
            case IocKind.Email:
                yield return ("email-src", "Payload delivery", indicator.Value, true);
                break;
            case IocKind.FileName:
                yield return ("filename", "Payload delivery", indicator.Value, true);
                break;
            case IocKind.RegistryKey:
                yield return ("regkey", "Persistence mechanism", indicator.Value, true);
                break;
            case IocKind.Mutex:
                yield return ("mutex", "Artifacts dropped", indicator.Value, true);
                break;
            case IocKind.Cve:
                yield return ("vulnerability", "External analysis", indicator.Value, false);
                break;
        }
    }
}
