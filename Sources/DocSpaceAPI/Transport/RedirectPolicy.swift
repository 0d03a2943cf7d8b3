import Foundation

/// Which redirects the transport follows: only within the same origin (scheme, host, port),
/// or the upgrade from `http` to `https` on the same host.
///
/// An HTTP stack left to itself follows any redirect, and URLSession on Linux was measured
/// sending the `Authorization` header along to the new host. A redirect elsewhere is not followed: the
/// caller gets the 3xx and a message naming the new address to configure instead.
public enum RedirectPolicy {
    public static func allows(from old: URL, to new: URL) -> Bool {
        guard let oldHost = old.host?.lowercased(), let newHost = new.host?.lowercased(), oldHost == newHost,
            let oldScheme = old.scheme?.lowercased(), let newScheme = new.scheme?.lowercased()
        else { return false }
        let oldPort = old.port ?? defaultPort(oldScheme)
        let newPort = new.port ?? defaultPort(newScheme)
        if oldScheme == newScheme { return oldPort == newPort }
        return oldScheme == "http" && newScheme == "https" && oldPort == 80 && newPort == 443
    }

    private static func defaultPort(_ scheme: String) -> Int? {
        switch scheme {
        case "http": 80
        case "https": 443
        default: nil
        }
    }
}
