using System.Net;
using System.Net.Sockets;

namespace Aggregator.Core.Fetching;

/// <summary>
/// Keeps fetches off internal networks (server-side request forgery): only public unicast addresses may
/// be connected to. It runs when a connection is made (<see cref="ConnectAsync"/> is the handler's
/// ConnectCallback), so it covers redirects and DNS answers that change between check and use: the
/// address checked is the address connected to.
/// </summary>
public static class AddressGuard
{
    /// <summary>True for addresses a fetch must not reach: loopback, private, link-local, unique-local, multicast, unspecified and other special ranges.</summary>
    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => IsRefusedV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => IsRefusedV6(address),
            _ => true,
        };
    }

    private static bool IsRefusedV4(byte[] b) =>
        b[0] == 0                                       // 0.0.0.0/8 "this network", unspecified
        || b[0] == 10                                   // 10.0.0.0/8 private
        || b[0] == 127                                  // 127.0.0.0/8 loopback
        || (b[0] == 100 && (b[1] & 0xC0) == 64)         // 100.64.0.0/10 carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                 // 169.254.0.0/16 link-local (cloud metadata)
        || (b[0] == 172 && (b[1] & 0xF0) == 16)         // 172.16.0.0/12 private
        || (b[0] == 192 && b[1] == 0 && b[2] == 0)      // 192.0.0.0/24 protocol assignments
        || (b[0] == 192 && b[1] == 0 && b[2] == 2)      // 192.0.2.0/24 documentation
        || (b[0] == 192 && b[1] == 168)                 // 192.168.0.0/16 private
        || (b[0] == 198 && (b[1] & 0xFE) == 18)         // 198.18.0.0/15 benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)   // 198.51.100.0/24 documentation
        || (b[0] == 203 && b[1] == 0 && b[2] == 113)    // 203.0.113.0/24 documentation
        || b[0] >= 224;                                 // 224/4 multicast, 240/4 reserved, broadcast

    private static bool IsRefusedV6(IPAddress a)
    {
        if (a.Equals(IPAddress.IPv6Any) || a.Equals(IPAddress.IPv6Loopback)) return true;
        if (a.IsIPv6LinkLocal || a.IsIPv6SiteLocal || a.IsIPv6Multicast || a.IsIPv6UniqueLocal) return true;
        var b = a.GetAddressBytes();
        // IPv4-compatible (::a.b.c.d, deprecated) and NAT64 (64:ff9b::/96) embed an IPv4 address: judge that.
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0) return IsRefusedV4(b[12..]);
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0)
            return IsRefusedV4(b[12..]);
        if (b[0] == 0x20 && b[1] == 0x02) return IsRefusedV4(b[2..6]);        // 6to4 2002::/16
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return true; // 2001:db8::/32 documentation
        if (b[0] == 0x01 && b[1] == 0x00 && b.AsSpan(2, 6).IndexOfAnyExcept((byte)0) < 0) return true; // 100::/64 discard
        return (b[0] & 0xE0) != 0x20;                                          // only 2000::/3 is global unicast
    }

    /// <summary>
    /// A SocketsHttpHandler.ConnectCallback: resolves the host, drops refused addresses (unless
    /// <paramref name="allowPrivate"/>), and connects to what is left.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endPoint, bool allowPrivate, CancellationToken cancellationToken)
    {
        IPAddress[] addresses = IPAddress.TryParse(endPoint.Host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(endPoint.Host, cancellationToken);
        var allowed = allowPrivate ? addresses : addresses.Where(a => !IsRefused(a)).ToArray();
        if (allowed.Length == 0)
            throw new AddressRefusedException(addresses.Length == 0
                ? $"{endPoint.Host} did not resolve to any address"
                : $"refused to connect to {endPoint.Host} ({string.Join(", ", addresses.Select(a => a.ToString()))}): not a public address");

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(address, endPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
