using System.Net;
using Semitori.Sigma.Events;
using Semitori.Sigma.Matching;

namespace Semitori.Sigma.Modifiers;

/// <summary><c>cidr</c>: the field is an IPv4 or IPv6 address inside the network.</summary>
internal sealed class CidrMatcher : IValueMatcher
{
    private readonly IPNetwork _network;

    private CidrMatcher(IPNetwork network) => _network = network;

    public static CidrMatcher? TryCreate(string text)
        => IPNetwork.TryParse(text.Trim(), out IPNetwork network) ? new CidrMatcher(network) : null;

    public bool Matches(object? value, IEvent evt)
    {
        string? text = EventText.ToText(value);
        if (text is null)
        {
            return false;
        }

        // Sysmon and Security logs write IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) for IPv4 peers.
        if (!IPAddress.TryParse(text.Trim(), out IPAddress? address))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6 && _network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            address = address.MapToIPv4();
        }

        return _network.Contains(address);
    }
}
